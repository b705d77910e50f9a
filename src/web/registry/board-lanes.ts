// Where each case of a day sits on the OR board: a time axis fitted to the day's cases (whole hours,
// from the earliest start to the latest end with a margin, past midnight when cases run into the
// night), each case's span on it, and overlapping cases of one room stacked in lanes.
import dayjs, { type Dayjs } from 'dayjs';
import type { Case } from '../../api/registry';

export const LANE_HEIGHT = 66;
const MIN_CARD_PERCENT = 9;
/** How long a case that has not left the room is drawn, from its start. */
const EXPECTED_MINUTES = 120;
const MARGIN_MINUTES = 30;
/** The shortest axis, so a day of one short case does not stretch it over the whole width. */
const MIN_HOURS = 8;
/** Cases running on into the next day show until noon of it at most. */
const LATEST_HOUR = 36;
/** The axis of a day without cases: the working day. */
export const DEFAULT_AXIS: Axis = { start: 8, end: 18 };

/** The axis in hours from the day's midnight; `end` past 24 is the next day. */
export type Axis = { start: number; end: number };

/** When a case begins and ends on the board: in-room to out-of-room, else as scheduled or still running. */
function caseSpan(c: Case, now: Dayjs): { start: Dayjs; end: Dayjs } {
  const start = dayjs(c.times.in_room ?? c.scheduledStart);
  if (c.times.out_of_room) return { start, end: dayjs(c.times.out_of_room) };
  const expected = start.add(EXPECTED_MINUTES, 'minute');
  const running = !!c.times.in_room && c.status !== 'cancelled';
  return { start, end: running && now.isAfter(expected) ? now : expected };
}

const hoursFrom = (origin: Dayjs, d: Dayjs) => d.diff(origin, 'minute') / 60;

/** The day's axis: earliest start − 30 min to latest end + 30 min, on whole hours, at least 8 hours. */
export function fitAxis(cases: readonly Case[], day: Dayjs, now: Dayjs = dayjs()): Axis {
  if (cases.length === 0) return DEFAULT_AXIS;
  const midnight = day.startOf('day');
  const spans = cases.map((c) => caseSpan(c, now));
  const first = Math.min(...spans.map((s) => hoursFrom(midnight, s.start)));
  const last = Math.max(...spans.map((s) => hoursFrom(midnight, s.end)));
  let start = Math.max(0, Math.floor(first - MARGIN_MINUTES / 60));
  let end = Math.min(LATEST_HOUR, Math.max(start + 1, Math.ceil(last + MARGIN_MINUTES / 60)));
  const missing = MIN_HOURS - (end - start);
  if (missing > 0) {
    start = Math.max(0, start - Math.ceil(missing / 2));
    end = Math.min(LATEST_HOUR, Math.max(end, start + MIN_HOURS));
  }
  return { start, end };
}

export type Tick = { hour: number; left: number; label: boolean };

/** The hour lines of the axis; every hour labelled on a short axis, every second or third on longer ones. */
export function ticks(axis: Axis): Tick[] {
  const hours = axis.end - axis.start;
  const every = hours <= 12 ? 1 : hours <= 24 ? 2 : 3;
  return Array.from({ length: hours + 1 }, (_, i) => ({
    hour: axis.start + i,
    left: (i / hours) * 100,
    label: i % every === 0,
  }));
}

/** "08:00"; an hour past midnight as the next day's ("02:00" with `nextDay`). */
export const hourLabel = (hour: number): { time: string; nextDay: boolean } => ({
  time: `${String(hour % 24).padStart(2, '0')}:00`,
  nextDay: hour >= 24,
});

/** Where a case sits on the axis, in percent of the width. */
function place(c: Case, day: Dayjs, axis: Axis, now: Dayjs): { left: number; width: number } {
  const { start, end } = caseSpan(c, now);
  const origin = day.startOf('day').add(axis.start, 'hour');
  const toPercent = (d: Dayjs) => (hoursFrom(origin, d) / (axis.end - axis.start)) * 100;
  const left = Math.min(100 - MIN_CARD_PERCENT, Math.max(0, toPercent(start)));
  return { left, width: Math.max(MIN_CARD_PERCENT, Math.min(100 - left, toPercent(end) - left)) };
}

/** Stacks overlapping cards of one room into lanes. */
export function lanes(cases: readonly Case[], day: Dayjs, axis: Axis, now: Dayjs = dayjs()) {
  const placed: { c: Case; left: number; width: number; lane: number }[] = [];
  const laneEnds: number[] = [];
  for (const c of [...cases].sort((a, b) => a.scheduledStart.localeCompare(b.scheduledStart))) {
    const s = place(c, day, axis, now);
    let lane = laneEnds.findIndex((end) => end <= s.left);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = s.left + s.width;
    placed.push({ c, ...s, lane });
  }
  return { placed, count: Math.max(1, laneEnds.length) };
}
