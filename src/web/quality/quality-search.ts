// What the QC pages are looking at — the edition, the period and the wards — read from and written to
// the page's search, so that a drill-down, a reload and the way back show the same figures; and the
// routes' query strings built from it (the routes take exactly edition, from, to, wards).
import { EDITIONS } from '../../api/quality';
import type { Term } from '../../domain/quality/compute';
import type { Edition } from '../../domain/quality/types';
import { query } from '../shared/api';
import { type Period, periodOfSearch, reportMonth } from './period';

export type QualityFilter = { edition: Edition; period: Period; wards: string[] };

const WARD_CODE = /^[A-Za-z0-9-]{1,32}$/;

const isEdition = (s: string | null): s is Edition => EDITIONS.some((e) => e === s);

export function filterOfSearch(search: URLSearchParams, today: string): QualityFilter {
  const edition = search.get('edition');
  const wards = (search.get('wards') ?? '').split(',').filter((w) => WARD_CODE.test(w));
  return {
    edition: isEdition(edition) ? edition : '2022',
    period: periodOfSearch(search, today),
    wards: [...new Set(wards)],
  };
}

const wardsParam = (wards: readonly string[]) => (wards.length ? wards.join(',') : undefined);

/** The parameters of the figures' routes. */
export const apiParams = (f: QualityFilter) => ({
  edition: f.edition,
  from: f.period.from,
  to: f.period.to,
  wards: wardsParam(f.wards),
});

/** The page search of a filter (`period=range` keeps a custom range that is a whole month a range). */
export const pageSearch = (f: QualityFilter, extra: Record<string, string | undefined> = {}): string =>
  query({ ...apiParams(f), period: f.period.kind === 'range' ? 'range' : undefined, ...extra });

export const dashboardUrl = (f: QualityFilter, tab?: string) => `/quality${pageSearch(f, { tab })}`;

export const casesUrl = (f: QualityFilter, code: string, term: Term) =>
  `/quality/indicators/${encodeURIComponent(code)}/cases${pageSearch(f, { term })}`;

export const episodeUrl = (id: string) => `/quality/episodes/${encodeURIComponent(id)}`;

/** The files the browser downloads: the indicators table, one term's cases, the monthly report. */
export const qualityDownloads = {
  indicators: (f: QualityFilter) => `/api/v1/quality/indicators.xlsx${query(apiParams(f))}`,
  cases: (f: QualityFilter, code: string, term: Term) =>
    `/api/v1/quality/indicators/${encodeURIComponent(code)}/cases.xlsx${query({ ...apiParams(f), term })}`,
  report: (f: QualityFilter) =>
    `/api/v1/quality/report.pdf${query({ edition: f.edition, month: reportMonth(f.period), wards: wardsParam(f.wards) })}`,
};
