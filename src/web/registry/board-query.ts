// The OR board's day and filters as they live in the address (?date=&q=&room=&status=&surgeon=&anesthesiologist=),
// so a refresh, a shared link or a printed sheet keeps them. The server applies the filters.
import type { BoardFilter } from '../../api/registry';
import { CASE_STATUSES, type CaseStatus } from '../../domain/registry/case-status';

export const FILTER_KEYS = ['q', 'room', 'status', 'surgeon', 'anesthesiologist'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const isStatus = (v: string): v is CaseStatus => (CASE_STATUSES as readonly string[]).includes(v);

/** The filters in the address; an unknown status is dropped rather than refused. */
export function filterFromParams(params: URLSearchParams): BoardFilter {
  const filter: BoardFilter = {};
  const text = (key: Exclude<FilterKey, 'status'>) => {
    const v = params.get(key)?.trim();
    if (v) filter[key] = v;
  };
  text('q');
  text('room');
  text('surgeon');
  text('anesthesiologist');
  const status = params.get('status');
  if (status && isStatus(status)) filter.status = status;
  return filter;
}

/** The address with one filter set (or removed when empty), the rest kept. */
export function withFilter(params: URLSearchParams, key: FilterKey | 'date', value: string | undefined) {
  const next = new URLSearchParams(params);
  if (value?.trim()) next.set(key, value);
  else next.delete(key);
  return next;
}

/** The address without any filter, the day kept. */
export function withoutFilters(params: URLSearchParams) {
  const next = new URLSearchParams(params);
  for (const key of FILTER_KEYS) next.delete(key);
  return next;
}

export const hasFilters = (filter: BoardFilter): boolean => FILTER_KEYS.some((k) => !!filter[k]);

/** The query string of the day and its filters, for the board and its printed and exported sheets. */
export function boardSearch(date: string, filter: BoardFilter): string {
  const q = new URLSearchParams({ date });
  for (const key of FILTER_KEYS) {
    const v = filter[key];
    if (v) q.set(key, v);
  }
  return q.toString();
}
