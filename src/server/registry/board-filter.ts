// The OR board's filters over the day's cases: one function for the board, its printed schedule and its
// Excel export, so each shows the same cases. A user who may not see patients (the public screen) is
// not matched on the name or MRN either, so the search box cannot reveal who is on the list.
import type { BoardFilter } from '../../api/registry';
import { namePinyin } from '../../domain/registry/pinyin';

export type FilterableCase = {
  orRoom: string;
  status: string;
  surgeon: string;
  anesthesiologists: string[];
  patientName: string;
  patientMrn: string;
};

const norm = (s: string) => s.trim().toLowerCase();

/** Whether a name matches the search: its characters, or its pinyin initials or full pinyin from the start. */
function nameMatches(name: string, q: string): boolean {
  if (norm(name).includes(q)) return true;
  if (!/^[a-z]+$/.test(q)) return false;
  const { initials, full } = namePinyin(name);
  return initials.startsWith(q) || full.startsWith(q);
}

function searchMatches(c: FilterableCase, q: string, identified: boolean): boolean {
  if (nameMatches(c.surgeon, q)) return true;
  if (!identified) return false;
  return nameMatches(c.patientName, q) || norm(c.patientMrn).includes(q);
}

export function matchesBoardFilter(c: FilterableCase, f: BoardFilter, identified: boolean): boolean {
  const q = norm(f.q ?? '');
  if (q && !searchMatches(c, q, identified)) return false;
  if (f.room && c.orRoom !== f.room) return false;
  if (f.status && c.status !== f.status) return false;
  if (f.surgeon && c.surgeon !== f.surgeon) return false;
  if (f.anesthesiologist && !c.anesthesiologists.includes(f.anesthesiologist)) return false;
  return true;
}

/** Whether any filter narrows the day (an empty search box does not). */
export const isFiltered = (f: BoardFilter): boolean =>
  !!(f.q?.trim() || f.room || f.status || f.surgeon || f.anesthesiologist);

const byChinese = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

/** The surgeons and anesthesiologists of the day, for the filter lists. */
export function facetsOf(cases: readonly FilterableCase[]): {
  surgeons: string[];
  anesthesiologists: string[];
} {
  const surgeons = new Set(cases.map((c) => c.surgeon).filter(Boolean));
  const anesthesiologists = new Set(cases.flatMap((c) => c.anesthesiologists).filter(Boolean));
  return {
    surgeons: [...surgeons].sort(byChinese),
    anesthesiologists: [...anesthesiologists].sort(byChinese),
  };
}
