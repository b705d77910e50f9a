import { describe, expect, it } from 'vitest';
import {
  pacuDelayed,
  pacuHypothermia,
  psychRepeatDue,
  readyForDischarge,
  reintubatedWithin6h,
  unplannedIcu,
} from './pacu';

const MIN = 60_000;

describe('PACU and post-op quality points (china-standards.md §1)', () => {
  it('AQI-IDP-18: more than 120 minutes, an open stay counted to now', () => {
    expect(pacuDelayed(0, 120 * MIN, 0)).toBe(false);
    expect(pacuDelayed(0, 120 * MIN + 1, 0)).toBe(true);
    expect(pacuDelayed(0, null, 121 * MIN)).toBe(true);
    expect(pacuDelayed(null, null, 999 * MIN)).toBe(false);
  });

  it('AQI-IHP-17: below 36.0 ℃', () => {
    expect(pacuHypothermia(36.0)).toBe(false);
    expect(pacuHypothermia(35.9)).toBe(true);
    expect(pacuHypothermia(null)).toBeNull();
  });

  it('Aldrete ≥ 9 to leave the PACU', () => {
    expect(readyForDischarge(8)).toBe(false);
    expect(readyForDischarge(9)).toBe(true);
    expect(readyForDischarge(null)).toBeNull();
  });

  it('AQI-IUR-19: within 6 h of extubation, not before it', () => {
    expect(reintubatedWithin6h(0, [360 * MIN])).toBe(true);
    expect(reintubatedWithin6h(0, [360 * MIN + 1])).toBe(false);
    expect(reintubatedWithin6h(10 * MIN, [5 * MIN])).toBe(false);
    expect(reintubatedWithin6h(null, [5 * MIN])).toBe(false);
  });

  it('AQI-IUI-20: ICU without a plan', () => {
    expect(unplannedIcu('icu', false)).toBe(true);
    expect(unplannedIcu('icu', true)).toBe(false);
    expect(unplannedIcu('ward', false)).toBe(false);
  });

  it('PHQ-9/GAD-7 again after surgery when they flagged the patient before it, until repeated', () => {
    expect(psychRepeatDue(['phq9.high'], false)).toBe(true);
    expect(psychRepeatDue(['phq9.item9'], false)).toBe(true);
    expect(psychRepeatDue(['gad7.high'], false)).toBe(true);
    expect(psychRepeatDue(['gad7.high'], true)).toBe(false);
    expect(psychRepeatDue(['stopbang.high'], false)).toBe(false);
    expect(psychRepeatDue([], false)).toBe(false);
  });
});
