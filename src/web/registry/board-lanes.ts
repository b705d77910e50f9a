// Where each case of a day sits on the OR board: its span on the 07:00–23:00 timeline, in lanes.
import dayjs, { type Dayjs } from 'dayjs';
import type { Case } from '../../api/registry';

export const DAY_START_HOUR = 7;
export const DAY_HOURS = 16; // 07:00–23:00
export const LANE_HEIGHT = 66;
const MIN_CARD_PERCENT = 9;
export const HOURS = Array.from({ length: DAY_HOURS + 1 }, (_, h) => h);

/** Where a case sits on the day's timeline, in percent of the width. */
function span(c: Case, day: Dayjs): { left: number; width: number } {
  const start = dayjs(c.times.in_room ?? c.scheduledStart);
  const end = c.times.out_of_room ? dayjs(c.times.out_of_room) : start.add(2, 'hour');
  const origin = day.startOf('day').add(DAY_START_HOUR, 'hour');
  const toPercent = (d: Dayjs) => (d.diff(origin, 'minute') / (DAY_HOURS * 60)) * 100;
  const left = Math.min(100 - MIN_CARD_PERCENT, Math.max(0, toPercent(start)));
  return { left, width: Math.max(MIN_CARD_PERCENT, Math.min(100 - left, toPercent(end) - toPercent(start))) };
}

/** Stacks overlapping cards of one room into lanes. */
export function lanes(cases: Case[], day: Dayjs) {
  const placed: { c: Case; left: number; width: number; lane: number }[] = [];
  const laneEnds: number[] = [];
  for (const c of [...cases].sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart))) {
    const s = span(c, day);
    let lane = laneEnds.findIndex((end) => end <= s.left);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = s.left + s.width;
    placed.push({ c, ...s, lane });
  }
  return { placed, count: Math.max(1, laneEnds.length) };
}
