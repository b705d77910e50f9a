import { describe, expect, it } from 'vitest';
import { responseFor } from './escalation';
import { alertsAfterCorrection, setChanges } from './observation-corrections';
import { observationTimeText } from './observation-fields';
import { scoreSet } from './observation-scoring';
import { enteredLate, observationTimeProblem } from './observation-time';

const MIN = 60_000;
const NOW = Date.parse('2026-11-22T10:00:00Z');
const BASE = {
  respirationRate: 16,
  spo2: 97,
  onOxygen: false,
  systolicBp: 120,
  pulse: 75,
  consciousness: 'A' as const,
  temperature: 37,
};

describe('when a ward set may be said to have been taken', () => {
  const operated = {
    inRoomAt: NOW - 6 * 60 * MIN,
    outOfRoomAt: NOW - 3 * 60 * MIN,
    scheduledStart: NOW - 7 * 60 * MIN,
  };

  it('refuses the future beyond two minutes of clock skew', () => {
    expect(observationTimeProblem(NOW + 2 * MIN, operated, NOW)).toBeNull();
    expect(observationTimeProblem(NOW + 2 * MIN + 1, operated, NOW)).toEqual({ problem: 'in_future' });
  });

  it('refuses the time the patient was in theatre, and keeps the ward’s sets before and after', () => {
    expect(observationTimeProblem(operated.inRoomAt - MIN, operated, NOW)).toBeNull();
    expect(observationTimeProblem(operated.inRoomAt, operated, NOW)).toEqual({
      problem: 'in_theatre',
      from: operated.inRoomAt,
      to: operated.outOfRoomAt,
    });
    expect(observationTimeProblem(operated.outOfRoomAt, operated, NOW)).toBeNull();
    const inRoom = { ...operated, outOfRoomAt: null };
    expect(observationTimeProblem(NOW, inRoom, NOW)).toMatchObject({ problem: 'in_theatre', to: null });
  });

  it('takes a pre-operative baseline on a scheduled case, not a mistyped week-old date', () => {
    const scheduled = { inRoomAt: null, outOfRoomAt: null, scheduledStart: NOW + 24 * 60 * MIN };
    expect(observationTimeProblem(NOW - 2 * 24 * 60 * MIN, scheduled, NOW)).toBeNull();
    expect(observationTimeProblem(NOW - 7 * 24 * 60 * MIN, scheduled, NOW)).toEqual({
      problem: 'before_case',
    });
  });

  it('says a refused time in both languages with the theatre times', () => {
    const time = (at: number) => new Date(at).toISOString().slice(11, 16);
    const p = { problem: 'in_theatre' as const, from: operated.inRoomAt, to: null };
    expect(observationTimeText(p, 'zh-CN', time)).toBe(
      '患者此时在手术室（入室 04:00，出室 尚未出室），术中生命体征记在麻醉记录单上',
    );
    expect(observationTimeText({ problem: 'in_future' }, 'en-US', time)).toBe('Cannot be in the future');
  });

  it('marks a set entered five minutes or more after it was taken', () => {
    expect(enteredLate(NOW - 5 * MIN, NOW)).toBe(true);
    expect(enteredLate(NOW - 4 * MIN, NOW)).toBe(false);
  });
});

describe('correcting a set', () => {
  it('finds what a correction changes: the time, and each value given that differs', () => {
    const before = { takenAt: NOW, values: BASE };
    expect(setChanges(before, { values: { ...BASE, respirationRate: 15 } })).toEqual(['respirationRate']);
    expect(setChanges(before, { takenAt: NOW - MIN, values: { pulse: 75 } })).toEqual(['takenAt']);
    expect(setChanges(before, { values: { temperature: null } })).toEqual(['temperature']);
    expect(setChanges(before, { takenAt: NOW, values: {} })).toEqual([]);
  });

  it('rescores the set and sets the next due time from when it was taken (RCP Chart 4)', () => {
    const typo = scoreSet({ ...BASE, respirationRate: 35 }, 1, NOW);
    expect(typo).toMatchObject({ complete: true, total: 3, band: 'low_medium', redScore: true });
    expect(typo.nextDueAt).toBe(NOW + 60 * MIN);
    const fixed = scoreSet(BASE, 1, NOW - 30 * MIN);
    expect(fixed).toMatchObject({ total: 0, band: 'low', redScore: false, response: { alert: null } });
    expect(fixed.nextDueAt).toBe(NOW - 30 * MIN + 720 * MIN);
    const incomplete = scoreSet({ ...BASE, consciousness: null }, 1, NOW);
    expect(incomplete).toMatchObject({ complete: false, total: null, nextDueAt: null, response: null });
  });

  it('withdraws the alerts the corrected set no longer calls for and raises the one it does', () => {
    const urgent = { id: 'a1', type: 'urgent' as const };
    const overdue = { id: 'a2', type: 'overdue' as const };
    const now = { response: responseFor('low', '12h'), nextDueAt: NOW + 600 * MIN };
    expect(alertsAfterCorrection([urgent, overdue], now, NOW)).toEqual({
      withdraw: ['a1', 'a2'],
      raise: null,
    });
    const worse = { response: responseFor('high', 'continuous'), nextDueAt: NOW - 20 * MIN };
    expect(alertsAfterCorrection([urgent, overdue], worse, NOW)).toEqual({
      withdraw: ['a1'],
      raise: 'emergency',
    });
    const same = { response: responseFor('medium', '1h'), nextDueAt: NOW + 60 * MIN };
    expect(alertsAfterCorrection([urgent], same, NOW)).toEqual({ withdraw: [], raise: null });
  });

  it('a voided set calls for nothing: every alert it stood behind is withdrawn', () => {
    const alerts = [
      { id: 'a1', type: 'emergency' as const },
      { id: 'a2', type: 'overdue' as const },
    ];
    expect(alertsAfterCorrection(alerts, null, NOW)).toEqual({ withdraw: ['a1', 'a2'], raise: null });
  });
});
