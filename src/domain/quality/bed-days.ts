// Hospital bed statistics of a period from admission/discharge dates and the wards' open beds, by the NHC
// health-statistics definitions (china-standards.md §3). Calendar dates only: every date is turned into a day
// number with Date.UTC on its Y-M-D parts, so no time zone can shift a day.

/** A local calendar date, YYYY-MM-DD. */
export type CalendarDate = string;

/** A reporting period, both ends included. */
export type DatePeriod = { from: CalendarDate; to: CalendarDate };

/** One hospital stay, counted under one ward (the ward of the stay, 病区). */
export type BedStay = {
  admissionDate: CalendarDate;
  /** null = not discharged by the data cut-off (still in hospital). */
  dischargeDate: CalendarDate | null;
  ward: string;
};

/** Open beds of a ward over a validity period; both ends included, null = unbounded on that side. */
export type OpenBedPeriod = {
  ward: string;
  openBeds: number;
  validFrom: CalendarDate | null;
  validTo: CalendarDate | null;
};

export type BedStatistics = {
  /** 实际占用总床日数: patients present at each midnight of the period, plus 1 per same-day stay (§3). */
  occupiedBedDays: number;
  /** 实际开放总床日数: Σ days Σ wards of the open beds valid that day (§3). */
  openBedDays: number;
  /** Days in the period, both ends included. */
  days: number;
  /** 平均开放病床数 = open bed-days / days (§3). */
  averageOpenBeds: number;
  /** 病床使用率 = occupied / open bed-days, a fraction; null without open bed-days (§3). */
  occupancy: number | null;
  /** 出院人数: stays discharged within the period. */
  discharges: number;
  /** 出院者占用总床日数: Σ LOS of those discharges, LOS = discharge − admission date, 0 → 1 (§3). */
  sumLosDays: number;
  /** 出院者平均住院日 = sumLosDays / discharges; null without discharges (§3). */
  averageLengthOfStay: number | null;
  /** 病床周转次数 = discharges / average open beds; null without open beds (§3). */
  turnover: number | null;
  /** 平均病床工作日 = occupied bed-days / average open beds; null without open beds (§3). */
  averageBedWorkingDays: number | null;
  /** Stays discharged before their admission date: left out of every figure, counted here for correction. */
  invalidStays: number;
};

const DAY_MS = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function badDate(s: unknown): never {
  throw new RangeError(`日期须为有效的 YYYY-MM-DD / date must be a valid YYYY-MM-DD: ${String(s)}`);
}

function digits(s: string, start: number, length: number): number {
  let v = 0;
  for (let i = start; i < start + length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

// Day number of the first of each month seen, from Date.UTC(y, m − 1, 1): a memo that halves the cost of
// parsing 200,000 dates; the value does not depend on anything but the key.
const monthStart = new Map<number, number>();

/** Days since 1970-01-01 of a calendar date (Date.UTC on its Y-M-D parts); throws on anything but a real date. */
export function dayNumber(date: CalendarDate): number {
  if (
    typeof date !== 'string' ||
    date.length !== 10 ||
    date.charCodeAt(4) !== 45 ||
    date.charCodeAt(7) !== 45
  ) {
    badDate(date);
  }
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 2);
  const d = digits(date, 8, 2);
  // Years below 1000 are rejected: they are data errors, and Date.UTC maps years 0–99 to 1900–1999.
  if (y < 1000 || m < 1 || m > 12 || d < 1) badDate(date);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (d > (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!)) badDate(date);
  const key = y * 12 + m;
  let start = monthStart.get(key);
  if (start === undefined) {
    start = Date.UTC(y, m - 1, 1) / DAY_MS;
    monthStart.set(key, start);
  }
  return start + d - 1;
}

/** The calendar date of a day number (inverse of dayNumber). */
export function dateOfDay(day: number): CalendarDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar date `days` days after `date` (negative = before). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateOfDay(dayNumber(date) + days);
}

/** Day numbers of a period; throws when `to` is before `from`. */
export function periodDays(period: DatePeriod): { first: number; last: number } {
  const first = dayNumber(period.from);
  const last = dayNumber(period.to);
  if (last < first) {
    throw new RangeError(
      `统计期结束日早于开始日 / period ends before it starts: ${period.from} – ${period.to}`,
    );
  }
  return { first, last };
}

const inWards = (wards: ReadonlySet<string> | null | undefined, ward: string): boolean =>
  wards === null || wards === undefined || wards.has(ward);

/**
 * Occupied bed-days of each day of the period (index 0 = `from`), with the discharge counts, in
 * O(stays + days) through a day-difference array.
 */
function occupancyByDay(
  first: number,
  last: number,
  stays: readonly BedStay[],
  wards: ReadonlySet<string> | null | undefined,
): { byDay: Int32Array; discharges: number; sumLosDays: number; invalidStays: number } {
  const days = last - first + 1;
  const diff = new Int32Array(days + 1);
  let discharges = 0;
  let sumLosDays = 0;
  let invalidStays = 0;
  for (const s of stays) {
    if (!inWards(wards, s.ward)) continue;
    const a = dayNumber(s.admissionDate);
    const b = s.dischargeDate === null ? null : dayNumber(s.dischargeDate);
    if (b !== null && b < a) {
      invalidStays++;
      continue;
    }
    // §3 midnight census: present at the midnight ending day d when admission ≤ d < discharge (or not discharged);
    // §3: admitted and leaving before that midnight (admission = discharge) = 1 occupied bed-day, on that day.
    const lo = Math.max(a, first);
    const hi = Math.min(b === null ? last : b === a ? a : b - 1, last);
    if (lo <= hi) {
      diff[lo - first]! += 1;
      diff[hi - first + 1]! -= 1;
    }
    if (b !== null && b >= first && b <= last) {
      discharges++;
      // §3 出院者占用总床日数: LOS = discharge − admission date; a same-day stay counts 1 day.
      sumLosDays += b - a === 0 ? 1 : b - a;
    }
  }
  const byDay = new Int32Array(days);
  let running = 0;
  for (let i = 0; i < days; i++) {
    running += diff[i]!;
    byDay[i] = running;
  }
  return { byDay, discharges, sumLosDays, invalidStays };
}

/**
 * Open beds of each day of the period (index 0 = `from`), summed over the selected wards. Within one ward, when
 * several periods cover the same day, the one with the latest `validFrom` applies (a later configuration
 * supersedes an earlier one that was never closed; ties: the later row). A period whose `validTo` is before its
 * `validFrom` covers no day.
 */
function openBedsByDay(
  first: number,
  last: number,
  openBeds: readonly OpenBedPeriod[],
  wards: ReadonlySet<string> | null | undefined,
): Float64Array {
  const days = last - first + 1;
  const byWard = new Map<string, { start: number; end: number; beds: number; order: number }[]>();
  openBeds.forEach((o, order) => {
    if (!inWards(wards, o.ward)) return;
    if (!Number.isFinite(o.openBeds) || o.openBeds < 0) {
      throw new RangeError(
        `开放床位数须为非负数 / open beds must be a non-negative number: ${o.ward} ${o.openBeds}`,
      );
    }
    const start = o.validFrom === null ? Number.NEGATIVE_INFINITY : dayNumber(o.validFrom);
    const end = o.validTo === null ? Number.POSITIVE_INFINITY : dayNumber(o.validTo);
    const list = byWard.get(o.ward) ?? [];
    list.push({ start, end, beds: o.openBeds, order });
    byWard.set(o.ward, list);
  });
  const total = new Float64Array(days);
  const ward = new Float64Array(days);
  for (const list of byWard.values()) {
    ward.fill(0);
    // Paint in ascending validFrom (then row order): the latest-starting period is painted last and wins.
    list.sort((x, y) => (x.start === y.start ? x.order - y.order : x.start < y.start ? -1 : 1));
    for (const p of list) {
      const lo = Math.max(p.start, first);
      const hi = Math.min(p.end, last);
      if (lo <= hi) ward.fill(p.beds, lo - first, hi - first + 1);
    }
    for (let i = 0; i < days; i++) total[i]! += ward[i]!;
  }
  return total;
}

/**
 * The bed statistics of a period (china-standards.md §3) for the selected wards (`wards` absent or null = all
 * wards; an empty set selects none). Stays and open beds of other wards are ignored.
 */
export function bedStatistics(
  period: DatePeriod,
  stays: readonly BedStay[],
  openBeds: readonly OpenBedPeriod[],
  wards?: ReadonlySet<string> | null,
): BedStatistics {
  const { first, last } = periodDays(period);
  const days = last - first + 1;
  const occ = occupancyByDay(first, last, stays, wards);
  const open = openBedsByDay(first, last, openBeds, wards);
  let occupiedBedDays = 0;
  for (let i = 0; i < days; i++) occupiedBedDays += occ.byDay[i]!;
  let openBedDays = 0;
  for (let i = 0; i < days; i++) openBedDays += open[i]!;
  // §3 平均开放病床数 = 实际开放总床日数 / 本期日历日数.
  const averageOpenBeds = openBedDays / days;
  return {
    occupiedBedDays,
    openBedDays,
    days,
    averageOpenBeds,
    // §3 病床使用率 = 实际占用总床日数 / 实际开放总床日数.
    occupancy: openBedDays === 0 ? null : occupiedBedDays / openBedDays,
    discharges: occ.discharges,
    sumLosDays: occ.sumLosDays,
    // §3 出院者平均住院日 = 出院者占用总床日数 / 出院人数.
    averageLengthOfStay: occ.discharges === 0 ? null : occ.sumLosDays / occ.discharges,
    // §3 病床周转次数 = 出院人数 / 平均开放病床数.
    turnover: averageOpenBeds === 0 ? null : occ.discharges / averageOpenBeds,
    // §3 平均病床工作日 = 实际占用总床日数 / 平均开放病床数.
    averageBedWorkingDays: averageOpenBeds === 0 ? null : occupiedBedDays / averageOpenBeds,
    invalidStays: occ.invalidStays,
  };
}
