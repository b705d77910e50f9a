// The list columns of cases.csv (history-import.md §3): `complications` (name:grade;…), `temp_series`
// (dt=dec;…, times strictly increasing) and `cardiac_arrest_times` (dt;…). Every bad item is reported.
import type { Instant } from '../../quality/facts';
import { type CellReader, instantOrMessage, temperatureOrMessage } from './cells';
import { MSG } from './messages';
import { CLAVIEN_GRADES, type ClavienGrade, type Complication, type TempReading } from './types';

const GRADES: ReadonlyMap<string, ClavienGrade> = new Map(CLAVIEN_GRADES.map((g) => [g, g]));

/** `name:grade` items joined by `;`; the grade is the text after the last `:` (`death:sepsis:V`). */
export function readComplications(cells: CellReader, i: number): Complication[] {
  const s = cells.text(i);
  if (s === null) return [];
  const out: Complication[] = [];
  let ok = true;
  for (const item of s.split(';')) {
    const colon = item.lastIndexOf(':');
    const grade = colon < 0 ? undefined : GRADES.get(item.slice(colon + 1));
    if (colon <= 0 || grade === undefined) {
      cells.invalid(i, item === '' ? MSG.listItem(s) : MSG.complication(item));
      ok = false;
      continue;
    }
    out.push({ name: item.slice(0, colon), grade });
  }
  return ok ? out : [];
}

/** `dt=dec` items joined by `;`, times strictly increasing, temperatures as in `pacu_first_temp_c`. */
export function readTempSeries(cells: CellReader, i: number): TempReading[] {
  const s = cells.raw(i);
  if (s === '') return [];
  const out: TempReading[] = [];
  let ok = true;
  let last: number | null = null;
  for (const item of s.split(';')) {
    const eq = item.indexOf('=');
    if (eq < 0) {
      cells.invalid(i, item === '' ? MSG.listItem(s) : MSG.tempItem(item));
      ok = false;
      continue;
    }
    const at = instantOrMessage(item.slice(0, eq));
    const celsius = temperatureOrMessage(item.slice(eq + 1));
    if (typeof at !== 'number') cells.invalid(i, at);
    if (typeof celsius !== 'number') cells.invalid(i, celsius);
    if (typeof at !== 'number' || typeof celsius !== 'number') {
      ok = false;
      continue;
    }
    if (last !== null && at <= last) {
      cells.invalid(i, MSG.tempOrder(item));
      ok = false;
    }
    last = at;
    out.push({ at, celsius });
  }
  return ok ? out : [];
}

/** Date-times joined by `;`; null when the cell is empty (time unknown). */
export function readInstants(cells: CellReader, i: number): Instant[] | null {
  const s = cells.raw(i);
  if (s === '') return null;
  const out: Instant[] = [];
  for (const item of s.split(';')) {
    const at = instantOrMessage(item);
    if (typeof at === 'number') out.push(at);
    else cells.invalid(i, item === '' ? MSG.listItem(s) : at);
  }
  return cells.isBad(i) ? null : out;
}
