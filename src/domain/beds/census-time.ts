// Instants ↔ Asia/Shanghai calendar days for the midnight census. China Standard Time is UTC+08:00 without
// daylight saving since 1991-09-15 (IANA tz database, zone Asia/Shanghai, rule PRC: DST 1986–1991, none
// since), so a fixed +8 h offset is exact for every instant from then on; earlier instants are refused.
// Calendar dates are the day numbers of src/domain/quality/bed-days.ts (days since 1970-01-01).
import { type CalendarDate, dateOfDay, dayNumber } from '../quality/bed-days';

const DAY_MS = 86_400_000;
/** UTC+08:00, fixed (IANA Asia/Shanghai: no DST after 1991). */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
/** 1991-09-15 00:00 local, the end of the last PRC daylight-saving period (IANA tz, Asia/Shanghai). */
const FIXED_OFFSET_SINCE_MS = Date.UTC(1991, 8, 14, 15, 0, 0);

function checkInstant(t: Date): number {
  const ms = t instanceof Date ? t.getTime() : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new RangeError(`时间无效 / invalid instant: ${String(t)}`);
  }
  if (ms < FIXED_OFFSET_SINCE_MS) {
    throw new RangeError(
      `1991-09-15 之前的时间不在固定时区 UTC+8 内 / instants before 1991-09-15 are outside fixed UTC+8: ${t.toISOString()}`,
    );
  }
  return ms;
}

/** Day number (bed-days.ts dayNumber scale) of the Asia/Shanghai calendar day that contains the instant. */
export function shanghaiDayOf(t: Date): number {
  return Math.floor((checkInstant(t) + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** The Asia/Shanghai calendar date (YYYY-MM-DD) of an instant; 00:00:00 local belongs to the new day. */
export function shanghaiDateOf(t: Date): CalendarDate {
  return dateOfDay(shanghaiDayOf(t));
}

/** 00:00 Asia/Shanghai at the start of a calendar date. */
export function startOfShanghaiDay(date: CalendarDate): Date {
  return new Date(dayNumber(date) * DAY_MS - SHANGHAI_OFFSET_MS);
}

/**
 * The census instant of a date: 24:00 of that date in Asia/Shanghai (= 00:00 of the next day), the NHC
 * midnight at which the day's inpatients are counted (china-standards.md §3).
 */
export function censusMidnight(date: CalendarDate): Date {
  return new Date((dayNumber(date) + 1) * DAY_MS - SHANGHAI_OFFSET_MS);
}

/**
 * The days D whose census midnight (24:00 of D) a stay segment [from, to] covers, as day numbers
 * { first, last } (last < first = none). A segment is present at 24:00 of D when from < 24:00 ≤ to: a move
 * at exactly 00:00 belongs to the new day, so the patient who leaves at 00:00 is still counted at the midnight
 * that just ended and the one who arrives at 00:00 is not (china-standards.md §3, census at 24:00). This makes
 * the covered days exactly localDate(from) ≤ D < localDate(to), the calendar rule of bed-days.ts.
 * `to` null = still there: `last` is +Infinity.
 */
export function nightsCovered(from: Date, to: Date | null): { first: number; last: number } {
  const first = shanghaiDayOf(from);
  const last = to === null ? Number.POSITIVE_INFINITY : shanghaiDayOf(to) - 1;
  return { first, last };
}

/**
 * The last day whose census midnight is known at `asOf` (24:00 of D ≤ asOf), or +Infinity without asOf.
 */
export function lastCensusDayAt(asOf: Date | null | undefined): number {
  if (asOf === null || asOf === undefined) return Number.POSITIVE_INFINITY;
  return shanghaiDayOf(asOf) - 1;
}
