// The history of a ward's open beds (实际开放床位) at each census midnight: regular beds, closures, and extra
// beds (加床), by the NHC definition (china-standards.md §3). All dates are calendar dates in Asia/Shanghai and
// every range includes both ends: a bed counted "from D1 to D2" is counted at the midnights ending D1 … D2.
import { type CalendarDate, dateOfDay, dayNumber, type OpenBedPeriod } from '../quality/bed-days';

export type { OpenBedPeriod };

/**
 * Why beds are closed. §3: beds closed for disinfection or minor repair stay open beds; beds closed for ward
 * extension or major repair are not open.
 */
export type ClosureReason = 'disinfection' | 'minor_repair' | 'extension' | 'major_repair';

/** `beds` beds of a ward closed at the midnights ending `from` … `to` (null = not reopened). */
export type BedClosure = {
  ward: string;
  beds: number;
  reason: ClosureReason;
  from: CalendarDate;
  to: CalendarDate | null;
};

/** `beds` extra beds (加床) in place at the midnights ending `from` … `to` (null = still in place). */
export type ExtraBedPlacement = {
  ward: string;
  beds: number;
  from: CalendarDate;
  to: CalendarDate | null;
};

export type BedCountHistory = {
  /** Regular (编制) beds; within a ward the period with the latest validFrom applies (as in bed-days.ts). */
  regular: readonly OpenBedPeriod[];
  closures: readonly BedClosure[];
  extraBeds: readonly ExtraBedPlacement[];
};

/** §3: closed for disinfection or minor repair = still an open bed; extension or major repair = not open. */
export function closureKeepsBedsOpen(reason: ClosureReason): boolean {
  return reason === 'disinfection' || reason === 'minor_repair';
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The same day `months` calendar months later; a day past the month's end falls on its last day. */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  dayNumber(date);
  const y0 = Number(date.slice(0, 4));
  const m0 = Number(date.slice(5, 7)) - 1 + months;
  const y = y0 + Math.floor(m0 / 12);
  const m = ((m0 % 12) + 12) % 12;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const last = m === 1 && leap ? 29 : DAYS_IN_MONTH[m]!;
  const d = Math.min(Number(date.slice(8, 10)), last);
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The first census date at which an extra bed placed on `placedFrom` counts as an open bed (§3: extra beds in
 * place for more than six months are open beds, temporary ones are not). Reading: at 24:00 of the date six
 * calendar months after placement, the bed has been in place for more than six months (it was placed at some
 * time of `placedFrom`; the nights placedFrom … that date are six months and one night), so it counts as open
 * from that date on, for as long as it stays; before that it is a temporary extra bed. The judgement uses only
 * the history up to the census date, so a past month's figures never change when a bed later stays on, and a
 * bed still in place needs no forecast. A removed and re-placed bed starts a new placement.
 */
export function extraBedOpenFrom(placedFrom: CalendarDate): CalendarDate {
  return addCalendarMonths(placedFrom, 6);
}

function checkCount(what: string, ward: string, beds: number): void {
  if (!Number.isInteger(beds) || beds < 0) {
    throw new RangeError(`${what}须为非负整数 / ${what} must be a non-negative integer: ${ward} ${beds}`);
  }
}

const clip = (from: CalendarDate | null, to: CalendarDate | null, first: number, last: number) => ({
  lo: Math.max(from === null ? Number.NEGATIVE_INFINITY : dayNumber(from), first),
  hi: Math.min(to === null ? Number.POSITIVE_INFINITY : dayNumber(to), last),
});

/**
 * Open beds of each ward at each census day first … last (day numbers), index 0 = `first`:
 * regular beds − beds closed for extension or major repair + extra beds in place for more than six months
 * (china-standards.md §3). Throws when closures leave fewer than zero beds.
 */
export function openBedsByWard(
  history: BedCountHistory,
  wards: readonly string[],
  first: number,
  last: number,
): Map<string, Int32Array> {
  const days = Math.max(0, last - first + 1);
  const result = new Map<string, Int32Array>(wards.map((w) => [w, new Int32Array(days)]));
  if (days === 0) return result;
  const regular = new Map<string, { start: number; period: OpenBedPeriod; order: number }[]>();
  history.regular.forEach((period, order) => {
    checkCount('开放床位数 / open beds', period.ward, period.openBeds);
    if (!result.has(period.ward)) return;
    const start = period.validFrom === null ? Number.NEGATIVE_INFINITY : dayNumber(period.validFrom);
    const list = regular.get(period.ward) ?? [];
    list.push({ start, period, order });
    regular.set(period.ward, list);
  });
  for (const [ward, list] of regular) {
    const beds = result.get(ward)!;
    // As bed-days.ts: paint in ascending validFrom (then row order), so the latest-starting period wins.
    list.sort((x, y) => (x.start === y.start ? x.order - y.order : x.start < y.start ? -1 : 1));
    for (const { period } of list) {
      const { lo, hi } = clip(period.validFrom, period.validTo, first, last);
      if (lo <= hi) beds.fill(period.openBeds, lo - first, hi - first + 1);
    }
  }
  const diff = new Map<string, Int32Array>(wards.map((w) => [w, new Int32Array(days + 1)]));
  const add = (ward: string, from: CalendarDate, to: CalendarDate | null, delta: number) => {
    const d = diff.get(ward);
    if (d === undefined) return;
    const { lo, hi } = clip(from, to, first, last);
    if (lo > hi) return;
    d[lo - first]! += delta;
    d[hi - first + 1]! -= delta;
  };
  for (const c of history.closures) {
    checkCount('停用床位数 / closed beds', c.ward, c.beds);
    // §3: beds closed for disinfection or minor repair are still open beds.
    if (!closureKeepsBedsOpen(c.reason)) add(c.ward, c.from, c.to, -c.beds);
  }
  for (const e of history.extraBeds) {
    checkCount('加床数 / extra beds', e.ward, e.beds);
    if (e.to !== null && dayNumber(e.to) < dayNumber(e.from)) continue;
    // §3: extra beds in place for more than six months are open beds (extraBedOpenFrom); temporary ones are not.
    const openFrom = extraBedOpenFrom(e.from);
    if (e.to === null || dayNumber(openFrom) <= dayNumber(e.to)) add(e.ward, openFrom, e.to, e.beds);
  }
  for (const [ward, beds] of result) {
    const d = diff.get(ward)!;
    let running = 0;
    for (let i = 0; i < days; i++) {
      running += d[i]!;
      const v = beds[i]! + running;
      if (v < 0) {
        throw new RangeError(
          `停用床位多于开放床位 / more beds closed than open: ${ward} ${dateOfDay(first + i)}`,
        );
      }
      beds[i] = v;
    }
  }
  return result;
}

/** Open beds of one ward at 24:00 of `date` (§3), e.g. for the bed board's occupancy now. */
export function openBedsOn(history: BedCountHistory, ward: string, date: CalendarDate): number {
  const day = dayNumber(date);
  return openBedsByWard(history, [ward], day, day).get(ward)![0]!;
}
