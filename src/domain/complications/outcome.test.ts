import { describe, expect, it } from 'vitest';
import { day28Window, diedWithin24h, isDay28Due, outcomeOnDay28 } from './outcome';

describe('the 28-day outcome', () => {
  const day = 86_400_000;
  it('is known from hospital data, else unknown (a follow-up call)', () => {
    expect(outcomeOnDay28({ anesthesiaEnd: 0, deathAt: 10 * day, dischargedAt: null })).toBe('died');
    expect(outcomeOnDay28({ anesthesiaEnd: 0, deathAt: 29 * day, dischargedAt: null })).toBe('alive');
    expect(outcomeOnDay28({ anesthesiaEnd: 0, deathAt: null, dischargedAt: null })).toBe('alive');
    expect(outcomeOnDay28({ anesthesiaEnd: 0, deathAt: null, dischargedAt: 30 * day })).toBe('alive');
    expect(outcomeOnDay28({ anesthesiaEnd: 0, deathAt: null, dischargedAt: 9 * day })).toBe('unknown');
    expect(isDay28Due(0, 28 * day - 1)).toBe(false);
    expect(isDay28Due(0, 28 * day)).toBe(true);
    expect(diedWithin24h(0, day)).toBe(true);
    expect(diedWithin24h(0, day + 1)).toBe(false);
  });
});

describe('the day-28 sweep window', () => {
  it('covers operations that ended between 28 and 28 + look-back days ago', () => {
    const day = 86_400_000;
    expect(day28Window(100 * day, 14)).toEqual({ endedFrom: 58 * day, endedUntil: 72 * day });
  });
});
