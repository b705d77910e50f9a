// The national bed statistics (床位统计) of a period and a set of wards, and their month-by-month series with
// the balance of ward occupancies for "before and after 全科一张床", exactly by china-standards.md §3.
// A figure whose denominator is zero is null (unknown), never 0.
import { type CalendarDate, type DatePeriod, dateOfDay, periodDays } from '../quality/bed-days';
import {
  buildWardDaySeries,
  type SeriesTotals,
  sumSeries,
  type WardDaySeries,
} from './bed-statistics-series';
import type { BedHistory } from './census-history';

/** The nine figures of GET /api/v1/beds/statistics (issue 13 §5), occupancy as a fraction. */
export type BedStatisticsFigures = {
  /** 实际开放总床日数 (§3). */
  openBedDays: number;
  /** 实际占用总床日数, same-day stays = 1 (§3). */
  occupiedBedDays: number;
  /** 平均开放病床数 = open bed-days / days; null for a period with no census day. */
  averageOpenBeds: number | null;
  /** 病床使用率 = occupied / open bed-days (fraction); null without open bed-days. */
  occupancy: number | null;
  /** 病床周转次数 = discharges / average open beds; null without open beds. */
  turnover: number | null;
  /** 平均病床工作日 = occupied bed-days / average open beds; null without open beds. */
  averageBedWorkingDays: number | null;
  /** 出院人数, counted to the ward of the final segment. */
  discharges: number;
  /** 出院者占用总床日数: Σ (discharge − admission date), 0 → 1 (§3). */
  dischargedBedDays: number;
  /** 出院者平均住院日 = discharged bed-days / discharges; null without discharges. */
  averageLengthOfStay: number | null;
};

export type BedStatistics = BedStatisticsFigures & {
  /** Census days counted: the period's days, cut at the history's asOf. */
  days: number;
  /** Admissions left out for an inconsistent history (census-history.ts bedHistoryIssues says why). */
  skippedAdmissions: number;
};

/** The §3 formulas on totals. */
export function figuresOf(t: SeriesTotals): BedStatisticsFigures & { days: number } {
  // §3 平均开放病床数 = 实际开放总床日数 / 本期日历日数.
  const averageOpenBeds = t.days === 0 ? null : t.openBedDays / t.days;
  const perBed = averageOpenBeds === null || averageOpenBeds === 0 ? null : averageOpenBeds;
  return {
    openBedDays: t.openBedDays,
    occupiedBedDays: t.occupiedBedDays,
    averageOpenBeds,
    // §3 病床使用率 = 实际占用总床日数 / 实际开放总床日数.
    occupancy: t.openBedDays === 0 ? null : t.occupiedBedDays / t.openBedDays,
    // §3 病床周转次数 = 出院人数 / 平均开放病床数.
    turnover: perBed === null ? null : t.discharges / perBed,
    // §3 平均病床工作日 = 实际占用总床日数 / 平均开放病床数.
    averageBedWorkingDays: perBed === null ? null : t.occupiedBedDays / perBed,
    discharges: t.discharges,
    dischargedBedDays: t.dischargedBedDays,
    // §3 出院者平均住院日 = 出院者占用总床日数 / 出院人数.
    averageLengthOfStay: t.discharges === 0 ? null : t.dischargedBedDays / t.discharges,
    days: t.days,
  };
}

const allWards = (series: WardDaySeries): number[] => series.wards.map((_, i) => i);

/**
 * The bed statistics of a period (both ends included) for a set of wards: absent or null = every ward of the
 * history; an empty list selects none (china-standards.md §3).
 */
export function bedStatistics(
  history: BedHistory,
  period: DatePeriod,
  wards?: readonly string[] | null,
): BedStatistics {
  const series = buildWardDaySeries(history, period, wards);
  const figures = figuresOf(sumSeries(series, allWards(series), 0, series.days - 1));
  return { ...figures, skippedAdmissions: series.skipped.length };
}

/** How evenly the wards are used in a month: over the wards whose occupancy is known. */
export type WardBalance = {
  /** Wards with a known occupancy (open bed-days > 0). */
  wardsCompared: number;
  /** Highest − lowest ward occupancy (fraction); null with fewer than two wards to compare. */
  spread: number | null;
  /** Population standard deviation of the ward occupancies; null with fewer than two wards. */
  standardDeviation: number | null;
  highest: { ward: string; occupancy: number } | null;
  lowest: { ward: string; occupancy: number } | null;
};

export type WardMonthStatistics = { ward: string } & BedStatisticsFigures & { days: number };

export type MonthStatistics = {
  /** YYYY-MM. */
  month: string;
  /** The part of the month inside the requested period. */
  period: DatePeriod;
  /** In the order of the selected wards. */
  wards: readonly WardMonthStatistics[];
  /** The selected wards together. */
  department: BedStatisticsFigures & { days: number };
  balance: WardBalance;
};

export type MonthlyWardStatistics = {
  months: readonly MonthStatistics[];
  skippedAdmissions: number;
};

/** Spread and population standard deviation of ward occupancies (the pool's balance, issue 13 §5). */
export function wardBalance(rows: readonly { ward: string; occupancy: number | null }[]): WardBalance {
  const known = rows.filter((r): r is { ward: string; occupancy: number } => r.occupancy !== null);
  if (known.length === 0) {
    return { wardsCompared: 0, spread: null, standardDeviation: null, highest: null, lowest: null };
  }
  let highest = known[0]!;
  let lowest = known[0]!;
  let sum = 0;
  for (const r of known) {
    if (r.occupancy > highest.occupancy) highest = r;
    if (r.occupancy < lowest.occupancy) lowest = r;
    sum += r.occupancy;
  }
  const mean = sum / known.length;
  let squares = 0;
  for (const r of known) squares += (r.occupancy - mean) ** 2;
  const comparable = known.length >= 2;
  return {
    wardsCompared: known.length,
    spread: comparable ? highest.occupancy - lowest.occupancy : null,
    standardDeviation: comparable ? Math.sqrt(squares / known.length) : null,
    highest: { ward: highest.ward, occupancy: highest.occupancy },
    lowest: { ward: lowest.ward, occupancy: lowest.occupancy },
  };
}

/** Calendar months touching the period, each cut to the period: [first, last] day numbers. */
function monthsOf(first: number, last: number): { month: string; first: number; last: number }[] {
  const months: { month: string; first: number; last: number }[] = [];
  let day = first;
  while (day <= last) {
    const date: CalendarDate = dateOfDay(day);
    const y = Number(date.slice(0, 4));
    const m = Number(date.slice(5, 7));
    const nextMonth = Date.UTC(y, m, 1) / 86_400_000;
    const end = Math.min(nextMonth - 1, last);
    months.push({ month: date.slice(0, 7), first: day, last: end });
    day = end + 1;
  }
  return months;
}

/**
 * Month-by-month statistics per ward and for the selected wards together, with the balance of the ward
 * occupancies (china-standards.md §3 per month; issue 13 §5 "before and after 全科一张床"). Months are
 * calendar months cut to the period; a month after the history's asOf has days 0 and null ratios.
 */
export function monthlyWardStatistics(
  history: BedHistory,
  period: DatePeriod,
  wards?: readonly string[] | null,
): MonthlyWardStatistics {
  const { first, last } = periodDays(period);
  const series = buildWardDaySeries(history, period, wards);
  const every = allWards(series);
  const months = monthsOf(first, last).map((m): MonthStatistics => {
    const lo = m.first - first;
    const hi = m.last - first;
    const rows = series.wards.map(
      (ward, w): WardMonthStatistics => ({ ward, ...figuresOf(sumSeries(series, [w], lo, hi)) }),
    );
    return {
      month: m.month,
      period: { from: dateOfDay(m.first), to: dateOfDay(m.last) },
      wards: rows,
      department: figuresOf(sumSeries(series, every, lo, hi)),
      balance: wardBalance(rows),
    };
  });
  return { months, skippedAdmissions: series.skipped.length };
}
