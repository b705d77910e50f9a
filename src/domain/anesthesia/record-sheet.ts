// The printed record (麻醉记录单): its time axis from room entry to exit on the customary 5-minute
// grid, four hours to a page, as many pages as the case needs — anything recorded outside entry–exit
// (a manual reading before 入室, a case still in the room) widens it, so nothing recorded is left off —
// and what a column or a cell of numbers shows (docs/clinical-decisions.md, issue 9).
import { downsample, type ReadingSeries } from './downsample';
import { formatVital, roundVital } from './vital-format';

export const SHEET_COLUMN_MS = 5 * 60_000;
export const SHEET_PAGE_MS = 4 * 3_600_000;

export type SheetPage = { from: number; to: number; last: boolean };

export function sheetPages(times: {
  inRoomAt: number | null;
  outOfRoomAt: number | null;
  recorded: readonly number[];
}): SheetPage[] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const t of [times.inRoomAt, times.outOfRoomAt, ...times.recorded]) {
    if (t === null || !Number.isFinite(t)) continue;
    first = Math.min(first, t);
    last = Math.max(last, t);
  }
  if (first > last) return [];
  const start = Math.floor(first / SHEET_COLUMN_MS) * SHEET_COLUMN_MS;
  const end = Math.max(start + SHEET_COLUMN_MS, Math.ceil(last / SHEET_COLUMN_MS) * SHEET_COLUMN_MS);
  const pages: SheetPage[] = [];
  for (let from = start; from < end; from += SHEET_PAGE_MS)
    pages.push({ from, to: from + SHEET_PAGE_MS, last: from + SHEET_PAGE_MS >= end });
  return pages;
}

/** A time belongs to the page that starts at or before it; the right edge belongs to the last page only. */
export const onPage = (page: SheetPage, t: number): boolean =>
  t >= page.from && (t < page.to || (page.last && t === page.to));

/** Every source of some parameters as one series (each reading keeps its id). */
export function mergeSources(
  readings: readonly ReadingSeries[],
  params: readonly string[],
): ReadingSeries | null {
  const parts = readings.filter((s) => params.includes(s.param));
  if (parts.length === 0) return null;
  return {
    ...parts[0]!,
    t: parts.flatMap((s) => s.t),
    value: parts.flatMap((s) => s.value),
    id: parts.flatMap((s) => s.id),
    artefact: parts.flatMap((s) => s.artefact),
  };
}

/** A column (or cell) of the sheet: its valid readings' count, extremes and last value. */
export type SheetCell = { n: number; min: number; max: number; last: number };

/** The series' cells by start time (epoch-aligned, `widthMs` wide); artefact-marked readings are left out. */
export function columnCells(s: ReadingSeries | null, widthMs: number): Map<number, SheetCell> {
  const out = new Map<number, SheetCell>();
  if (!s) return out;
  const { buckets: b } = downsample(s, widthMs);
  b.t.forEach((t, i) => {
    out.set(t, { n: b.n[i]!, min: b.min[i]!, max: b.max[i]!, last: b.last[i]! });
  });
  return out;
}

/** Whether a cell's readings differ at clinical precision (the sheet then shows their range). */
export const spansRange = (param: string, c: SheetCell): boolean =>
  roundVital(param, c.min) !== roundVital(param, c.max);

/** A cell of numbers: "min–max" when its readings differ at clinical precision, else the one value. */
export const cellText = (param: string, c: SheetCell): string =>
  spansRange(param, c)
    ? `${formatVital(param, c.min)}–${formatVital(param, c.max)}`
    : formatVital(param, c.last);

/** The numeric rows' cells: 15 minutes wide. */
export const NUMERIC_MS = 15 * 60_000;

/** Rows of numbers under the graph: the first parameter present in each 15-minute cell is printed. */
const NUMERIC_ROWS: { label: string; params: string[] }[] = [
  { label: 'SpO2 %', params: ['spo2'] },
  { label: 'EtCO2 mmHg', params: ['etco2'] },
  { label: 'MAP mmHg', params: ['art_mean', 'nibp_mean'] },
  { label: 'RR /min', params: ['rr'] },
  { label: 'T ℃', params: ['temp'] },
  { label: 'CVP mmHg', params: ['cvp'] },
  { label: 'PAP mmHg', params: ['pa_mean'] },
];

/**
 * What the sheet draws of the vitals, for the whole case: 5-minute columns of pressures (arterial and
 * cuff apart), heart rate (pulse rate without ECG) and temperature, and the numeric rows.
 */
export function sheetVitals(r: readonly ReadingSeries[]) {
  // The temperature probe with the most readings is the one drawn and printed.
  const temps = r
    .filter((s) => s.param === 'temp')
    .sort((a, b) => b.t.length - a.t.length || a.channel.localeCompare(b.channel));
  const five = (params: string[]) => columnCells(mergeSources(r, params), SHEET_COLUMN_MS);
  const has = (p: string) => r.some((s) => s.param === p && s.t.length > 0);
  const numericRows = NUMERIC_ROWS.filter((row) => row.params.some(has)).map((row) => ({
    label: row.label,
    cells: row.params.map((p) => ({
      param: p,
      cells: columnCells(p === 'temp' ? (temps[0] ?? null) : mergeSources(r, [p]), NUMERIC_MS),
    })),
  }));
  return {
    sys: { art: five(['art_sys']), cuff: five(['nibp_sys']) },
    dia: { art: five(['art_dia']), cuff: five(['nibp_dia']) },
    hr: five(has('hr') ? ['hr'] : ['pr']),
    temp: columnCells(temps[0] ?? null, SHEET_COLUMN_MS),
    numericRows,
  };
}
