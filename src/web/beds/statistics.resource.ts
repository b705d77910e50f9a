// The bed statistics' data: the nine figures of the chosen months, the monthly table with the balance, the
// midnight census of a date and the Excel file; and what the page holds in its search (months, wards, the
// month the bed pool started, the census date).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { BedCensusResponse, BedFigures, BedMonthlyResponse } from '../../api/beds-statistics';
import { api, query } from '../shared/api';

/** Figures are replayed from the stored history; they change with admissions, not by the second. */
const FIGURES_STALE_MS = 60_000;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type StatisticsFilter = {
  /** YYYY-MM, both ends included. */
  from: string;
  to: string;
  /** Ward codes; none = every ward the user may see. */
  wards: string[];
  /** The month the bed pool (全科一张床) started, marked on the charts; null = not marked. */
  pool: string | null;
  /** The census date, YYYY-MM-DD. */
  date: string;
};

/** The last month that has ended before `today`. */
const lastCompleteMonth = (today: string) =>
  dayjs(today).startOf('month').subtract(1, 'day').format('YYYY-MM');

/** The page's search as a filter; by default the twelve months ending with the last complete one. */
export function filterOfSearch(search: URLSearchParams, today: string): StatisticsFilter {
  const last = lastCompleteMonth(today);
  const askedFrom = search.get('from') ?? '';
  const askedTo = search.get('to') ?? '';
  const valid = MONTH.test(askedFrom) && MONTH.test(askedTo) && askedFrom <= askedTo;
  const pool = search.get('pool') ?? '';
  const date = search.get('date') ?? '';
  const yesterday = dayjs(today).subtract(1, 'day').format('YYYY-MM-DD');
  return {
    from: valid ? askedFrom : dayjs(`${last}-01`).subtract(11, 'month').format('YYYY-MM'),
    to: valid ? askedTo : last,
    wards: (search.get('wards') ?? '').split(',').filter((w) => /^[A-Za-z0-9-]{1,32}$/.test(w)),
    pool: MONTH.test(pool) ? pool : null,
    date: DAY.test(date) && dayjs(date).format('YYYY-MM-DD') === date && date <= today ? date : yesterday,
  };
}

export function searchOfFilter(f: StatisticsFilter): Record<string, string> {
  const out: Record<string, string> = { from: f.from, to: f.to, date: f.date };
  if (f.wards.length > 0) out.wards = f.wards.join(',');
  if (f.pool !== null) out.pool = f.pool;
  return out;
}

/** The first and last day of the months (the nine figures' period). */
export const periodOfMonths = (f: Pick<StatisticsFilter, 'from' | 'to'>) => ({
  from: `${f.from}-01`,
  to: dayjs(`${f.to}-01`).endOf('month').format('YYYY-MM-DD'),
});

const wardsParam = (wards: readonly string[]) => (wards.length > 0 ? wards.join(',') : undefined);

export const statisticsKeys = {
  figures: (f: StatisticsFilter) => ['beds', 'statistics', f.from, f.to, f.wards] as const,
  monthly: (f: StatisticsFilter) => ['beds', 'statistics', 'monthly', f.from, f.to, f.wards] as const,
  census: (date: string, wards: readonly string[]) => ['beds', 'census', date, wards] as const,
};

export const useBedFigures = (f: StatisticsFilter) =>
  useQuery({
    queryKey: statisticsKeys.figures(f),
    queryFn: () =>
      api.get<BedFigures>(
        `/api/v1/beds/statistics${query({ ...periodOfMonths(f), wards: wardsParam(f.wards) })}`,
      ),
    staleTime: FIGURES_STALE_MS,
    placeholderData: keepPreviousData,
  });

export const useBedMonthly = (f: StatisticsFilter) =>
  useQuery({
    queryKey: statisticsKeys.monthly(f),
    queryFn: () =>
      api.get<BedMonthlyResponse>(
        `/api/v1/beds/statistics/monthly${query({ from: f.from, to: f.to, wards: wardsParam(f.wards) })}`,
      ),
    staleTime: FIGURES_STALE_MS,
    placeholderData: keepPreviousData,
  });

export const useBedCensus = (date: string, wards: readonly string[]) =>
  useQuery({
    queryKey: statisticsKeys.census(date, wards),
    queryFn: () =>
      api.get<BedCensusResponse>(`/api/v1/beds/census${query({ date, wards: wardsParam(wards) })}`),
    staleTime: FIGURES_STALE_MS,
  });

/** The monthly bed report (病床使用情况月报) the browser downloads. */
export const statisticsXlsxUrl = (f: StatisticsFilter) =>
  `/api/v1/beds/statistics/export.xlsx${query({ from: f.from, to: f.to, wards: wardsParam(f.wards) })}`;

/** The mean spread of the months before and from the month the pool started (null without such months). */
export function spreadBeforeAfter(
  months: BedMonthlyResponse['months'],
  pool: string | null,
): { before: number | null; after: number | null; nBefore: number; nAfter: number } | null {
  if (pool === null) return null;
  const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
  const known = months.filter((m) => m.balance.spread !== null);
  const before = known.filter((m) => m.month < pool).map((m) => m.balance.spread!);
  const after = known.filter((m) => m.month >= pool).map((m) => m.balance.spread!);
  return { before: mean(before), after: mean(after), nBefore: before.length, nAfter: after.length };
}
