// The QC period: a month, a quarter, a year or a custom range of local calendar days (both ends included),
// as the picker offers it and the routes take it (`from`, `to` as YYYY-MM-DD); the default is the last
// complete month, and the monthly report is the month the period ends in.
import dayjs, { type Dayjs } from 'dayjs';

export const PERIOD_KINDS = ['month', 'quarter', 'year', 'range'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type Period = { kind: PeriodKind; from: string; to: string };

const DAY = 'YYYY-MM-DD';
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const fmt = (d: Dayjs) => d.format(DAY);

/** The month, quarter or year holding `anchor` (a YYYY-MM-DD day); a range is that one day. */
export function presetPeriod(kind: PeriodKind, anchor: string): Period {
  const d = dayjs(anchor);
  switch (kind) {
    case 'month':
      return { kind, from: fmt(d.startOf('month')), to: fmt(d.endOf('month')) };
    case 'quarter': {
      const first = d.startOf('month').month(Math.floor(d.month() / 3) * 3);
      return { kind, from: fmt(first), to: fmt(first.add(2, 'month').endOf('month')) };
    }
    case 'year':
      return { kind, from: fmt(d.startOf('year')), to: fmt(d.endOf('year')) };
    case 'range':
      return { kind, from: fmt(d), to: fmt(d) };
  }
}

/** The last month that has ended before `today` (YYYY-MM-DD). */
export const lastCompleteMonth = (today: string): Period =>
  presetPeriod('month', fmt(dayjs(today).startOf('month').subtract(1, 'day')));

/** The kind a from–to pair is: a whole month, quarter or year, else a custom range. */
export function kindOf(from: string, to: string): PeriodKind {
  for (const kind of ['month', 'quarter', 'year'] as const) {
    const p = presetPeriod(kind, from);
    if (p.from === from && p.to === to) return kind;
  }
  return 'range';
}

/** The same kind of period moved to hold `anchor` (the picker's new month, quarter or year). */
export const movedTo = (period: Period, anchor: Dayjs): Period =>
  period.kind === 'range' ? period : presetPeriod(period.kind, fmt(anchor));

/** The report month (YYYY-MM) of a period: the month of its last day. */
export const reportMonth = (period: { to: string }): string => period.to.slice(0, 7);

const validDay = (s: string | null): s is string => !!s && ISO_DAY.test(s) && fmt(dayjs(s)) === s;

/**
 * The period of a page's search (`from`, `to`, and `period` for a custom range that happens to be a whole
 * month); the last complete month when the search holds none or a reversed one.
 */
export function periodOfSearch(search: URLSearchParams, today: string): Period {
  const from = search.get('from');
  const to = search.get('to');
  if (!validDay(from) || !validDay(to) || from > to) return lastCompleteMonth(today);
  const asked = search.get('period');
  return { kind: asked === 'range' ? 'range' : kindOf(from, to), from, to };
}
