// The printed record (麻醉记录单): its time axis from room entry to exit on the customary 5-minute
// grid, four hours to a page, as many pages as the case needs — anything recorded outside entry–exit
// (a manual reading before 入室, a case still in the room) widens it, so nothing recorded is left off —
// and what a column or a cell of numbers shows (docs/clinical-decisions.md, issue 9).
import type { LocalText } from '../common/field-messages';
import type { ReadingSeries } from './downsample';
import { FLUIDS_IN, FLUIDS_OUT, type FluidDirection } from './record-vocabulary';
import { formatVital, roundVital } from './vital-format';

export const SHEET_COLUMN_MS = 5 * 60_000;
export const SHEET_PAGE_MS = 4 * 3_600_000;
export const SHEET_COLUMNS_PER_PAGE = SHEET_PAGE_MS / SHEET_COLUMN_MS;

export type SheetPage = { from: number; to: number; last: boolean };

/**
 * The pages of the axis. A case in the room and not yet out (`outOfRoomAt` null) runs up to `now`, so
 * a record printed during the case shows everything to the minute it was printed.
 */
export function sheetPages(times: {
  inRoomAt: number | null;
  outOfRoomAt: number | null;
  recorded: readonly number[];
  now?: number;
}): SheetPage[] {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const live =
    times.inRoomAt !== null &&
    times.outOfRoomAt === null &&
    times.now !== undefined &&
    times.now > times.inRoomAt
      ? [times.now]
      : [];
  for (const t of [times.inRoomAt, times.outOfRoomAt, ...times.recorded, ...live]) {
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

/** Grid pages a span needs at 5-minute columns, four hours to a page. */
export const sheetPageCount = (from: number, to: number): number => {
  const start = Math.floor(from / SHEET_COLUMN_MS) * SHEET_COLUMN_MS;
  const end = Math.max(start + SHEET_COLUMN_MS, Math.ceil(to / SHEET_COLUMN_MS) * SHEET_COLUMN_MS);
  return Math.ceil((end - start) / SHEET_PAGE_MS);
};

/** An event's number as printed on the axis and in its legend: ① … ㊿, then (51). */
export function eventNumber(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x245f + n);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return `(${n})`;
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

/**
 * The series' cells by start time (epoch-aligned, `widthMs` wide); artefact-marked readings are left out.
 * The last reading is the latest (by time, then id), as downsample.ts takes it; one pass without the
 * extremes' ids, which paper does not need (an 8-hour case at 1 Hz is a quarter of a million readings).
 */
export function columnCells(s: ReadingSeries | null, widthMs: number): Map<number, SheetCell> {
  type Acc = SheetCell & { lastT: number; lastId: number };
  const accs = new Map<number, Acc>();
  if (!s) return new Map();
  // Readings come in time order: the previous reading's cell is almost always this one's.
  let key = Number.NaN;
  let c: Acc | undefined;
  for (let i = 0; i < s.t.length; i++) {
    if (s.artefact[i]) continue;
    const t = s.t[i]!;
    const v = s.value[i]!;
    const id = s.id[i]!;
    const k = Math.floor(t / widthMs) * widthMs;
    if (k !== key) {
      key = k;
      c = accs.get(k);
      if (!c) {
        accs.set(k, { n: 1, min: v, max: v, last: v, lastT: t, lastId: id });
        c = accs.get(k);
        continue;
      }
    }
    const a = c!;
    a.n += 1;
    if (v < a.min) a.min = v;
    if (v > a.max) a.max = v;
    if (t > a.lastT || (t === a.lastT && id > a.lastId)) {
      a.last = v;
      a.lastT = t;
      a.lastId = id;
    }
  }
  return new Map(
    [...accs]
      .sort(([x], [y]) => x - y)
      .map(([k, a]) => [k, { n: a.n, min: a.min, max: a.max, last: a.last }]),
  );
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
const NUMERIC_ROWS: { label: LocalText; params: string[] }[] = [
  { label: { 'zh-CN': 'SpO2 %', 'en-US': 'SpO2 %' }, params: ['spo2'] },
  { label: { 'zh-CN': 'EtCO2 mmHg', 'en-US': 'EtCO2 mmHg' }, params: ['etco2'] },
  { label: { 'zh-CN': '体温 ℃', 'en-US': 'Temp ℃' }, params: ['temp'] },
  { label: { 'zh-CN': '平均压 mmHg', 'en-US': 'MAP mmHg' }, params: ['art_mean', 'nibp_mean'] },
  { label: { 'zh-CN': '呼吸 次/分', 'en-US': 'RR /min' }, params: ['rr'] },
  { label: { 'zh-CN': 'CVP mmHg', 'en-US': 'CVP mmHg' }, params: ['cvp'] },
  { label: { 'zh-CN': '肺动脉压 mmHg', 'en-US': 'PAP mmHg' }, params: ['pa_mean'] },
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

/** A drug entry or a fluid entry as the sheet reads it (times in epoch ms). */
export type SheetDrugEntry = {
  drug: string;
  kind: 'bolus' | 'infusion';
  dose: number | null;
  rate: number | null;
  unit: string;
  startAt: number;
  endAt: number | null;
};
export type SheetFluidEntry = { kind: string; direction: FluidDirection; volumeMl: number; at: number };

/** One row of the grid above the vitals: a drug or a kind of fluid, with its marks and its case total. */
export type SheetRow = {
  kind: 'drug' | 'fluid';
  /** The drug's code or the fluid's kind. */
  code: string;
  unit: string;
  direction: FluidDirection | null;
  /** Boluses and volumes: a number at its time. */
  marks: { at: number; amount: number }[];
  /** Infusion segments: a line from its start to its end (or `until` while it runs), with its rate. */
  lines: { from: number; to: number; rate: number; running: boolean }[];
  total: number | null;
};

/**
 * The rows above the vitals: one per drug in the order first given, then the fluids in, then out, each in
 * the vocabulary's order (crystalloid … autologous, blood loss, urine, drainage).
 */
export function sheetRows(o: {
  drugs: readonly SheetDrugEntry[];
  fluids: readonly SheetFluidEntry[];
  totals: ReadonlyMap<string, number>;
  until: number;
}): SheetRow[] {
  const byDrug = new Map<string, SheetDrugEntry[]>();
  for (const d of [...o.drugs].sort((a, b) => a.startAt - b.startAt))
    byDrug.set(d.drug, [...(byDrug.get(d.drug) ?? []), d]);
  const drugRows = [...byDrug].map(
    ([code, entries]): SheetRow => ({
      kind: 'drug',
      code,
      unit: entries[0]!.unit,
      direction: null,
      marks: entries.filter((d) => d.kind === 'bolus').map((d) => ({ at: d.startAt, amount: d.dose ?? 0 })),
      lines: entries
        .filter((d) => d.kind === 'infusion')
        .map((d) => ({
          from: d.startAt,
          to: Math.max(d.startAt, d.endAt ?? o.until),
          rate: d.rate ?? 0,
          running: d.endAt === null,
        })),
      total: o.totals.get(code) ?? null,
    }),
  );
  const order: readonly string[] = [...FLUIDS_IN, ...FLUIDS_OUT];
  const kinds = [...new Set(o.fluids.map((f) => `${f.direction}:${f.kind}`))].sort(
    (a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b),
  );
  const fluidRows = kinds.map((key): SheetRow => {
    const entries = o.fluids.filter((f) => `${f.direction}:${f.kind}` === key).sort((a, b) => a.at - b.at);
    return {
      kind: 'fluid',
      code: entries[0]!.kind,
      unit: 'ml',
      direction: entries[0]!.direction,
      marks: entries.map((f) => ({ at: f.at, amount: f.volumeMl })),
      lines: [],
      total: entries.reduce((a, f) => a + f.volumeMl, 0),
    };
  });
  return [...drugRows, ...fluidRows];
}

const rank = (order: readonly string[], key: string): number => {
  const [direction, kind] = key.split(':') as [string, string];
  const i = order.indexOf(kind);
  return (direction === 'in' ? 0 : 100) + (i < 0 ? 99 : i);
};
