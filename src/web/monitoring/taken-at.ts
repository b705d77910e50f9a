// When a set was taken, as the form holds it: a time of day typed quickly ("1005": today's 10:05, or
// yesterday's when today's is still to come) and, when needed, the date it was on. Empty: now.
import type { TimeValue } from '../shared/TimeOfDayInput';

export type TakenAt = { time: TimeValue; day: string | null };
export const TAKEN_NOW: TakenAt = { time: null, day: null };

/** The instant (ms); null for now; 'invalid' while the time is not one, or a date has no time. */
export function takenAtOf(v: TakenAt): number | null | 'invalid' {
  if (v.time === 'invalid') return 'invalid';
  if (v.day === null) return v.time;
  if (v.time === null) return 'invalid';
  const [y, m, d] = v.day.split('-').map(Number) as [number, number, number];
  const at = new Date(v.time);
  at.setFullYear(y, m - 1, d);
  return at.getTime();
}
