import { describe, expect, it } from 'vitest';
import { seededRandom } from '../common/random';
import { dayNumber } from '../quality/bed-days';
import {
  censusMidnight,
  lastCensusDayAt,
  nightsCovered,
  shanghaiDateOf,
  shanghaiDayOf,
  startOfShanghaiDay,
} from './census-time';

const at = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+08:00`);

describe('Asia/Shanghai calendar days', () => {
  it('00:00 local belongs to the new day, 23:59:59.999 to the old one', () => {
    expect(shanghaiDateOf(at('2024-03-01 00:00'))).toBe('2024-03-01');
    expect(shanghaiDateOf(new Date(at('2024-03-01 00:00').getTime() - 1))).toBe('2024-02-29');
    expect(shanghaiDateOf(new Date('2024-02-29T16:00:00Z'))).toBe('2024-03-01');
    expect(shanghaiDateOf(new Date('2024-02-29T15:59:59Z'))).toBe('2024-02-29');
    expect(shanghaiDayOf(at('2024-07-01 12:00'))).toBe(dayNumber('2024-07-01'));
  });

  it('agrees with the IANA Asia/Shanghai zone of the runtime on 2,000 instants from 1992 to 2040', () => {
    const rand = seededRandom(13);
    const fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const lo = Date.UTC(1992, 0, 1);
    const hi = Date.UTC(2040, 0, 1);
    for (let i = 0; i < 2000; i++) {
      const t = new Date(lo + Math.floor(rand() * (hi - lo)));
      expect(shanghaiDateOf(t)).toBe(fmt.format(t));
    }
  });

  it('start of day and the census midnight (24:00 of the date = 00:00 of the next day)', () => {
    expect(startOfShanghaiDay('2024-02-29').toISOString()).toBe('2024-02-28T16:00:00.000Z');
    expect(censusMidnight('2024-02-29').toISOString()).toBe('2024-02-29T16:00:00.000Z');
    expect(censusMidnight('2024-12-31').getTime()).toBe(startOfShanghaiDay('2025-01-01').getTime());
  });

  it('refuses instants before 1991-09-15 (PRC daylight saving) and invalid dates', () => {
    expect(() => shanghaiDateOf(new Date('1991-07-01T00:00:00Z'))).toThrow(RangeError);
    expect(shanghaiDateOf(new Date('1991-09-15T00:00:00+08:00'))).toBe('1991-09-15');
    expect(() => shanghaiDateOf(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('census days a segment covers (from < 24:00 ≤ to)', () => {
  it('an afternoon-to-next-morning segment covers exactly one midnight', () => {
    const n = nightsCovered(at('2024-07-10 15:00'), at('2024-07-11 09:00'));
    expect(n).toEqual({ first: dayNumber('2024-07-10'), last: dayNumber('2024-07-10') });
  });

  it('leaving at exactly 00:00 still counts the midnight that just ended; arriving at 00:00 does not', () => {
    expect(nightsCovered(at('2024-07-10 10:00'), at('2024-07-11 00:00'))).toEqual({
      first: dayNumber('2024-07-10'),
      last: dayNumber('2024-07-10'),
    });
    const arriving = nightsCovered(at('2024-07-11 00:00'), at('2024-07-11 18:00'));
    expect(arriving.last).toBeLessThan(arriving.first);
  });

  it('a same-day segment covers none; an open one runs on without end', () => {
    const n = nightsCovered(at('2024-07-10 08:00'), at('2024-07-10 20:00'));
    expect(n.last - n.first + 1).toBe(0);
    expect(nightsCovered(at('2024-07-10 08:00'), null)).toEqual({
      first: dayNumber('2024-07-10'),
      last: Number.POSITIVE_INFINITY,
    });
  });

  it('the last census day known at an instant is the day before its local date', () => {
    expect(lastCensusDayAt(at('2024-08-01 00:00'))).toBe(dayNumber('2024-07-31'));
    expect(lastCensusDayAt(at('2024-07-31 23:59'))).toBe(dayNumber('2024-07-30'));
    expect(lastCensusDayAt(null)).toBe(Number.POSITIVE_INFINITY);
  });
});
