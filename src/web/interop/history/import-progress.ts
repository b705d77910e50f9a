// How far a history import is, from the polled state and the live progress events: the bar's percentage, the
// state with an event's progress merged in (never backwards), counts, and a file's size with its unit.
import type { ImportState, InteropHistoryEvent } from '../../../api/interop-history';
import type { Locale } from '../../../domain/common/field-messages';

type Progress = ImportState['progress'];

/** The bar: whole percent of rows done; 100 only once the import is done, 0 before the total is known. */
export function percentDone(progress: Progress, status: ImportState['status']): number {
  if (status === 'done') return 100;
  if (progress.total <= 0) return 0;
  const p = Math.floor((progress.done * 100) / progress.total);
  return Math.max(0, Math.min(status === 'running' ? 99 : 100, p));
}

/**
 * The state with a live event's progress, when the event is this import's and not behind what is shown. The
 * status stays the polled one: a finished import's counts or problems come with the next read of it.
 */
export function withProgress(state: ImportState, event: InteropHistoryEvent): ImportState {
  if (event.id !== state.id || state.status !== 'running') return state;
  if (event.total === state.progress.total && event.done <= state.progress.done) return state;
  return { ...state, progress: { done: event.done, total: event.total } };
}

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** Bytes as B, KB, MB or GB (1024-based) with one decimal above bytes. */
export function fileSize(bytes: number, locale: Locale): string {
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  const digits = u === 0 ? 0 : 1;
  const n = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${n.format(v)} ${UNITS[u]}`;
}

/** A whole count as the language groups it (12,345). */
export const count = (v: number, locale: Locale): string => new Intl.NumberFormat(locale).format(v);
