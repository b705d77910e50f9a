import { describe, expect, it } from 'vitest';
import { daysBefore, formatTimeOfDay, parseTimeOfDay, placeTimeOfDay, typedTime } from './time-of-day';

// Local times, so that the tests mean the same in any time zone.
const local = (day: number, h: number, m: number) => new Date(2026, 10, day, h, m).getTime();

describe('a time of day typed quickly', () => {
  it('reads 1005, 10:05, 10.05, 10：05, 9:5, 905 and a bare hour', () => {
    for (const s of ['1005', '10:05', '10.05', '10：05', ' 10 05 '])
      expect(parseTimeOfDay(s), s).toEqual({ hours: 10, minutes: 5 });
    expect(parseTimeOfDay('9:5')).toEqual({ hours: 9, minutes: 5 });
    expect(parseTimeOfDay('905')).toEqual({ hours: 9, minutes: 5 });
    expect(parseTimeOfDay('0005')).toEqual({ hours: 0, minutes: 5 });
    expect(parseTimeOfDay('10')).toEqual({ hours: 10, minutes: 0 });
    expect(parseTimeOfDay('7')).toEqual({ hours: 7, minutes: 0 });
  });

  it('refuses what is not a time of day', () => {
    for (const s of ['', '2400', '10:60', '12345', 'abc', '10:', ':05', '1o05', '-1:00'])
      expect(parseTimeOfDay(s), s).toBeNull();
  });

  it('is today’s time when that is not in the future', () => {
    const now = local(22, 10, 20);
    expect(placeTimeOfDay({ hours: 10, minutes: 5 }, now)).toBe(local(22, 10, 5));
    // A minute of clock drift still counts as now.
    expect(placeTimeOfDay({ hours: 10, minutes: 21 }, now)).toBe(local(22, 10, 21));
  });

  it('is yesterday’s when today’s would be in the future', () => {
    const now = local(22, 0, 10);
    expect(placeTimeOfDay({ hours: 23, minutes: 50 }, now)).toBe(local(21, 23, 50));
    expect(typedTime('2350', now)).toBe(local(21, 23, 50));
  });

  it('lands within the case’s span when one of the last days puts it there', () => {
    // The case ran yesterday 14:00–18:00 and is documented this morning at 09:00.
    const now = local(22, 9, 0);
    const span = { from: local(21, 14, 0), to: local(21, 18, 0) };
    expect(placeTimeOfDay({ hours: 15, minutes: 30 }, now, span)).toBe(local(21, 15, 30));
    // 08:00 is in no day's span: today's, the latest not in the future.
    expect(placeTimeOfDay({ hours: 8, minutes: 0 }, now, span)).toBe(local(22, 8, 0));
    // A case still in its room: its span runs to now.
    const open = { from: local(21, 22, 0), to: null };
    expect(placeTimeOfDay({ hours: 23, minutes: 0 }, now, open)).toBe(local(21, 23, 0));
    expect(placeTimeOfDay({ hours: 8, minutes: 30 }, now, open)).toBe(local(22, 8, 30));
  });

  it('formats and counts days back in local time', () => {
    expect(formatTimeOfDay(local(22, 9, 5))).toBe('09:05');
    expect(daysBefore(local(22, 0, 1), local(22, 23, 59))).toBe(0);
    expect(daysBefore(local(21, 23, 59), local(22, 0, 1))).toBe(1);
    expect(typedTime('nonsense', local(22, 9, 0))).toBeNull();
  });
});
