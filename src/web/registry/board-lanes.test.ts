import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../api/registry';
import { DEFAULT_AXIS, fitAxis, hourLabel, lanes, ticks } from './board-lanes';

const day = dayjs('2026-11-22');
/** An instant on the board's day, "HH:mm" local (hours past 24 are the next day). */
const at = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return day.startOf('day').add(h, 'hour').add(m, 'minute').toISOString();
};
const kase = (
  id: string,
  start: string,
  times: Partial<Record<string, string>> = {},
  over: Partial<Case> = {},
) =>
  ({
    id,
    scheduledStart: at(start),
    status: times.out_of_room ? 'out_of_room' : times.in_room ? 'in_room' : 'scheduled',
    times: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v ? at(v) : null])),
    ...over,
  }) as Case;
const noon = dayjs(at('12:00'));

describe('fitAxis', () => {
  it('shows the working day when there are no cases', () => {
    expect(fitAxis([], day, noon)).toEqual(DEFAULT_AXIS);
  });

  it('runs from the earliest start to the latest end, 30 minutes either side, on whole hours', () => {
    const cases = [kase('a', '08:30'), kase('b', '14:10', { in_room: '14:20', out_of_room: '18:45' })];
    expect(fitAxis(cases, day, noon)).toEqual({ start: 8, end: 20 });
  });

  it('follows a night: cases from midnight to four are not piled into a 07:00 column', () => {
    const cases = [
      kase('a', '00:10', { in_room: '00:20', out_of_room: '03:10' }),
      kase('b', '01:30', { in_room: '01:40', out_of_room: '04:23' }),
    ];
    expect(fitAxis(cases, day, dayjs(at('05:00')))).toEqual({ start: 0, end: 8 });
    const { placed } = lanes(cases, day, { start: 0, end: 8 }, dayjs(at('05:00')));
    expect(placed.map((p) => Math.round(p.left))).toEqual([4, 21]);
  });

  it('runs past midnight for a case that goes on into the next day', () => {
    const cases = [kase('a', '16:00'), kase('b', '22:00', { in_room: '22:10' })];
    const now = dayjs(at('26:30'));
    expect(fitAxis(cases, day, now)).toEqual({ start: 15, end: 27 });
  });

  it('is at least eight hours long, widened on both sides', () => {
    expect(fitAxis([kase('a', '10:00')], day, noon)).toEqual({ start: 7, end: 15 });
    expect(fitAxis([kase('a', '00:30')], day, noon)).toEqual({ start: 0, end: 8 });
  });

  it('draws a running case to now once it passes its expected two hours', () => {
    const running = kase('a', '08:00', { in_room: '08:00' });
    expect(fitAxis([running], day, dayjs(at('15:00')))).toEqual({ start: 7, end: 16 });
    const { placed } = lanes([running], day, { start: 7, end: 16 }, dayjs(at('15:00')));
    expect(placed[0]!.width).toBeCloseTo((7 / 9) * 100);
  });
});

describe('lanes', () => {
  it('stacks overlapping cases of a room and keeps the others on one lane', () => {
    const axis = { start: 8, end: 18 };
    const cases = [kase('a', '08:00'), kase('b', '09:00'), kase('c', '12:00')];
    const { placed, count } = lanes(cases, day, axis, noon);
    expect(placed.map((p) => [p.c.id, p.lane])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
    expect(count).toBe(2);
    expect(placed[0]).toMatchObject({ left: 0, width: 20 });
  });
});

describe('ticks', () => {
  it('labels every hour of a short axis and every second or third of a long one', () => {
    expect(ticks({ start: 8, end: 12 }).map((t) => [t.hour, t.left, t.label])).toEqual([
      [8, 0, true],
      [9, 25, true],
      [10, 50, true],
      [11, 75, true],
      [12, 100, true],
    ]);
    expect(ticks({ start: 7, end: 23 }).filter((t) => t.label).length).toBe(9);
    expect(
      ticks({ start: 0, end: 30 })
        .filter((t) => t.label)
        .map((t) => t.hour),
    ).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
  });

  it('names an hour after midnight as the next day', () => {
    expect(hourLabel(7)).toEqual({ time: '07:00', nextDay: false });
    expect(hourLabel(26)).toEqual({ time: '02:00', nextDay: true });
  });
});
