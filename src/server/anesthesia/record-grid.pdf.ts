// The printed record's grid pages (麻醉记录单): one page per four hours of the case from room entry
// to exit on a 5-minute grid — numbered events on the time axis, drugs and fluids on the grid above,
// vitals below on mmHg and ℃ scales with ∨ ∧ ● (each 5-minute column shows its last reading and, as a
// whisker, its minimum to maximum), numeric rows every 15 minutes. Numbers at their clinical precision.
import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { recordText } from '../../domain/anesthesia/messages';
import {
  cellText,
  NUMERIC_MS,
  onPage,
  SHEET_COLUMN_MS,
  SHEET_PAGE_MS,
  type SheetCell,
  type SheetPage,
  sheetPages,
  sheetVitals,
  spansRange,
} from '../../domain/anesthesia/record-sheet';
import { FLUID_LABELS } from '../../domain/anesthesia/record-vocabulary';
import { roundVital } from '../../domain/anesthesia/vital-format';
import { siteDateTime } from '../platform/pdf';
import type { RecordDocumentInput } from './record.pdf';

export const PAGE_H = 841.89;
export const MARGIN: [number, number, number, number] = [28, 40, 28, 36];
const WIDTH = 595.28 - MARGIN[0] - MARGIN[2];
const LABEL_W = 66;
const TOTAL_W = 32;
const GRID_W = WIDTH - LABEL_W - TOTAL_W;
const ROW_H = 10;
const AXIS_H = 11;
const MARK_H = 10;
const GRAPH_MAX = 240; // mmHg and /min at the top of the vitals graph
const TEMP_MIN = 30; // ℃ at the bottom; 1 ℃ per 20 mmHg line, so 42 ℃ at the top
const FIRST_PAGE_HEADER = 150; // title and case table above the first grid
const LEGEND_RESERVE = 44;
const GRID_LINE = '#b8b8b8';
const RED = '#cf1322';
const BLUE = '#1d39c4';
const PURPLE = '#722ed1';

export const circled = (n: number): string => (n <= 20 ? String.fromCodePoint(0x245f + n) : `(${n})`);

type Label = {
  x: number;
  y: number;
  text: string;
  size?: number;
  w?: number;
  align?: 'left' | 'center' | 'right';
  color?: string;
  bold?: boolean;
};

function label(l: Label): Content {
  const style = {
    fontSize: l.size ?? 6,
    color: l.color ?? '#000000',
    bold: l.bold ?? false,
    lineHeight: 1,
  };
  // Left-aligned text needs no box; centred and right-aligned text is set in a box of width `w`.
  if ((l.align ?? 'left') === 'left') return { text: l.text, ...style, relativePosition: { x: l.x, y: l.y } };
  const w = l.w ?? 60;
  return {
    columns: [{ width: w, text: l.text, alignment: l.align, ...style }],
    relativePosition: { x: l.align === 'center' ? l.x - w / 2 : l.x - w, y: l.y },
  };
}

const hline = (x1: number, x2: number, y: number, w = 0.3, color = GRID_LINE): CanvasElement => ({
  type: 'line',
  x1,
  y1: y,
  x2,
  y2: y,
  lineWidth: w,
  lineColor: color,
});
const vline = (x: number, y1: number, y2: number, w = 0.3, color = GRID_LINE): CanvasElement => ({
  type: 'line',
  x1: x,
  y1,
  x2: x,
  y2,
  lineWidth: w,
  lineColor: color,
});

/** What the grid pages draw, computed once for the whole case. */
function sheetData(input: RecordDocumentInput) {
  const drugRows = [...new Map(input.drugs.map((d) => [d.drug, d])).values()].map((d) => ({
    drug: d.drug,
    label: `${d.name} ${input.totals.find((t) => t.drug === d.drug)?.unit ?? d.unit}`,
    entries: input.drugs.filter((x) => x.drug === d.drug),
    total: input.totals.find((t) => t.drug === d.drug)?.total ?? null,
  }));
  const fluidRows = [...new Set(input.fluids.map((f) => f.kind))].map((kind) => {
    const entries = input.fluids.filter((f) => f.kind === kind);
    return {
      label: `${FLUID_LABELS[kind as keyof typeof FLUID_LABELS]?.[input.locale] ?? kind} ml`,
      entries,
      total: entries.reduce((a, f) => a + f.volumeMl, 0),
    };
  });
  return {
    ...sheetVitals(input.readings),
    drugRows,
    fluidRows,
    events: [...input.events].sort((a, b) => a.at.getTime() - b.at.getTime()),
  };
}

type SheetData = ReturnType<typeof sheetData>;

function gridPage(input: RecordDocumentInput, data: SheetData, page: SheetPage, available: number): Content {
  const { timeZone: tz, locale } = input;
  const x = (t: number) => LABEL_W + ((t - page.from) / SHEET_PAGE_MS) * GRID_W;
  const hm = (t: number) => siteDateTime(new Date(t), tz).slice(11);
  const canvas: CanvasElement[] = [];
  const labels: Content[] = [];
  const numericH = data.numericRows.length * ROW_H;
  // The graph gives way to drug rows down to 160 pt; rows that still do not fit are listed as one.
  const fixed = AXIS_H + MARK_H + numericH + AXIS_H;
  const wanted = data.drugRows.length + data.fluidRows.length;
  const graphH = Math.max(160, Math.min(GRAPH_MAX, available - fixed - wanted * ROW_H));
  const rowRoom = Math.floor((available - fixed - graphH) / ROW_H);
  const allRows = [
    ...data.drugRows.map((d) => ({ kind: 'drug' as const, d })),
    ...data.fluidRows.map((f) => ({ kind: 'fluid' as const, f })),
  ];
  const shown = allRows.length > rowRoom ? allRows.slice(0, Math.max(0, rowRoom - 1)) : allRows;
  const hidden = allRows.length - shown.length;
  const rowsH = (shown.length + (hidden ? 1 : 0)) * ROW_H;
  const rowsTop = AXIS_H + MARK_H;
  const graphTop = rowsTop + rowsH;
  const numTop = graphTop + graphH;
  const bottom = numTop + numericH;
  const gy = (v: number) =>
    graphTop + ((GRAPH_MAX - Math.max(0, Math.min(GRAPH_MAX, v))) / GRAPH_MAX) * graphH;
  const ty = (celsius: number) => gy((celsius - TEMP_MIN) * 20);

  // Frame, time lines (5 min thin, 15 min, hour thick) and the time labels at each quarter hour.
  canvas.push({ type: 'rect', x: 0, y: 0, w: WIDTH, h: bottom, lineWidth: 0.6, lineColor: '#595959' });
  for (const y of [AXIS_H, rowsTop, graphTop, numTop]) canvas.push(hline(0, WIDTH, y, 0.6, '#595959'));
  canvas.push(vline(LABEL_W, 0, bottom, 0.6, '#595959'), vline(LABEL_W + GRID_W, 0, bottom, 0.6, '#595959'));
  for (let t = page.from; t <= page.to; t += SHEET_COLUMN_MS) {
    const quarter = /:(00|15|30|45)$/.test(hm(t));
    const hour = hm(t).endsWith(':00');
    // 5-minute lines stop above the numeric rows, which are read in 15-minute cells.
    canvas.push(
      vline(
        x(t),
        AXIS_H,
        quarter ? bottom : numTop,
        hour ? 0.7 : quarter ? 0.4 : 0.15,
        hour ? '#8c8c8c' : GRID_LINE,
      ),
    );
    // Quarter-hour labels centred on their line; the first one starts at the grid's left edge.
    if (quarter && t < page.to)
      labels.push(
        t === page.from
          ? label({ x: x(t) + 1, y: 2, text: hm(t), size: 5.5, bold: hour })
          : label({ x: x(t), y: 2, text: hm(t), w: 26, align: 'center', size: 5.5, bold: hour }),
      );
  }
  labels.push(
    label({ x: 2, y: 2, text: siteDateTime(new Date(page.from), tz).slice(0, 10), size: 6, w: LABEL_W - 4 }),
    label({ x: 2, y: AXIS_H + 2, text: recordText('record.grid.events', locale), size: 6 }),
    label({
      x: LABEL_W + GRID_W + 2,
      y: 2,
      text: recordText('record.grid.total', locale),
      size: 6,
      w: TOTAL_W - 4,
      align: 'left',
    }),
  );

  // Numbered events on the time axis, each with a dashed line down through the grid.
  let markX = Number.NEGATIVE_INFINITY;
  data.events.forEach((e, i) => {
    const t = e.at.getTime();
    if (!onPage(page, t)) return;
    // Events close together keep their lines at their times; their numbers step aside.
    markX = Math.max(x(t), markX + 7);
    labels.push(label({ x: markX, y: AXIS_H + 1, text: circled(i + 1), w: 14, align: 'center', size: 7 }));
    canvas.push({ ...vline(x(t), rowsTop, numTop, 0.5, '#595959'), dash: { length: 1.5, space: 1.5 } });
  });

  // Drugs and fluids: boluses and volumes as numbers at their time, infusions as a line with the rate.
  shown.forEach((row, i) => {
    const y = rowsTop + i * ROW_H;
    canvas.push(hline(0, WIDTH, y + ROW_H, 0.2));
    const rowLabel = row.kind === 'drug' ? row.d.label : row.f.label;
    const total = row.kind === 'drug' ? row.d.total : row.f.total;
    labels.push(label({ x: 2, y: y + 2, text: rowLabel, size: 6, w: LABEL_W - 4 }));
    if (total !== null)
      labels.push(
        label({
          x: LABEL_W + GRID_W + TOTAL_W - 2,
          y: y + 2,
          text: String(total),
          size: 6,
          w: TOTAL_W - 4,
          align: 'right',
        }),
      );
    let textEnd = Number.NEGATIVE_INFINITY;
    const mark = (t: number, text: string) => {
      canvas.push(vline(x(t), y + 6, y + ROW_H - 1, 0.8, '#000000'));
      const at = Math.max(x(t) + 1, textEnd + 1.5);
      textEnd = at + text.length * 3;
      labels.push(label({ x: at, y: y + 0.8, text, size: 5.5, w: 30 }));
    };
    if (row.kind === 'fluid') {
      for (const f of row.f.entries)
        if (onPage(page, f.at.getTime())) mark(f.at.getTime(), String(f.volumeMl));
      return;
    }
    for (const d of row.d.entries) {
      const start = d.startAt.getTime();
      if (d.kind === 'bolus') {
        if (onPage(page, start)) mark(start, String(d.dose ?? ''));
        continue;
      }
      const end = d.endAt?.getTime() ?? input.caseInfo.outOfRoomAt?.getTime() ?? input.printedAt.getTime();
      if (end < page.from || start > page.to) continue;
      const x1 = x(Math.max(start, page.from));
      const x2 = x(Math.min(end, page.to));
      canvas.push(hline(x1, x2, y + ROW_H - 2.5, 1, '#000000'));
      if (onPage(page, start)) mark(start, `${d.rate}/h`);
    }
  });
  if (hidden)
    labels.push(
      label({
        x: 2,
        y: rowsTop + shown.length * ROW_H + 2,
        text: recordText('record.grid.hidden', locale, { n: hidden }),
        size: 6,
        w: WIDTH - 4,
        color: RED,
      }),
    );

  // Vitals: scales on the left, 20 mmHg and 1 ℃ to a line.
  for (let v = 0; v <= GRAPH_MAX; v += 20) {
    canvas.push(hline(LABEL_W, LABEL_W + GRID_W, gy(v), v % 100 === 0 ? 0.6 : 0.4));
    if (v > 0 && v < GRAPH_MAX) {
      labels.push(
        label({ x: LABEL_W - 2, y: gy(v) - 2.5, text: String(v), size: 5.5, w: 20, align: 'right' }),
      );
      labels.push(
        label({
          x: 22,
          y: gy(v) - 2.5,
          text: String(TEMP_MIN + v / 20),
          size: 5.5,
          w: 16,
          align: 'right',
          color: PURPLE,
        }),
      );
    }
  }
  labels.push(
    label({ x: LABEL_W - 2, y: graphTop + 2, text: 'mmHg\n/min', size: 5.5, w: 22, align: 'right' }),
    label({ x: 22, y: graphTop + 2, text: '℃', size: 6, w: 16, align: 'right', color: PURPLE }),
  );
  const inPage = (t: number) => t + SHEET_COLUMN_MS > page.from && t < page.to;
  const whisker = (t: number, param: string, c: SheetCell, y: (v: number) => number, color: string) => {
    if (spansRange(param, c)) canvas.push(vline(x(t + SHEET_COLUMN_MS / 2), y(c.max), y(c.min), 0.4, color));
  };
  const columns = new Set([
    ...data.sys.art.keys(),
    ...data.sys.cuff.keys(),
    ...data.dia.art.keys(),
    ...data.dia.cuff.keys(),
  ]);
  for (const t of [...columns].filter(inPage)) {
    const cx = x(t + SHEET_COLUMN_MS / 2);
    // The arterial line where it ran in that column, else the cuff.
    const sys = data.sys.art.get(t) ?? data.sys.cuff.get(t);
    const dia = data.dia.art.get(t) ?? data.dia.cuff.get(t);
    if (sys) {
      whisker(t, 'art_sys', sys, gy, RED);
      const py = gy(roundVital('art_sys', sys.last));
      canvas.push({
        type: 'polyline',
        points: [
          { x: cx - 2.2, y: py - 3.2 },
          { x: cx, y: py },
          { x: cx + 2.2, y: py - 3.2 },
        ],
        lineWidth: 0.8,
        lineColor: RED,
      });
    }
    if (dia) {
      whisker(t, 'art_dia', dia, gy, RED);
      const py = gy(roundVital('art_dia', dia.last));
      canvas.push({
        type: 'polyline',
        points: [
          { x: cx - 2.2, y: py + 3.2 },
          { x: cx, y: py },
          { x: cx + 2.2, y: py + 3.2 },
        ],
        lineWidth: 0.8,
        lineColor: RED,
      });
    }
  }
  for (const [t, c] of data.hr) {
    if (!inPage(t)) continue;
    whisker(t, 'hr', c, gy, BLUE);
    canvas.push({
      type: 'ellipse',
      x: x(t + SHEET_COLUMN_MS / 2),
      y: gy(roundVital('hr', c.last)),
      r1: 1.4,
      r2: 1.4,
      color: BLUE,
    });
  }
  const tempPoints = [...data.temp].filter(([t]) => inPage(t));
  for (const [t, c] of tempPoints) whisker(t, 'temp', c, ty, PURPLE);
  if (tempPoints.length > 1)
    canvas.push({
      type: 'polyline',
      points: tempPoints.map(([t, c]) => ({
        x: x(t + SHEET_COLUMN_MS / 2),
        y: ty(roundVital('temp', c.last)),
      })),
      lineWidth: 0.8,
      lineColor: PURPLE,
    });
  for (const [t, c] of tempPoints)
    canvas.push({
      type: 'ellipse',
      x: x(t + SHEET_COLUMN_MS / 2),
      y: ty(roundVital('temp', c.last)),
      r1: 1,
      r2: 1,
      color: '#ffffff',
      lineColor: PURPLE,
      lineWidth: 0.5,
    });

  // Numbers every 15 minutes.
  data.numericRows.forEach((row, i) => {
    const y = numTop + i * ROW_H;
    if (i > 0) canvas.push(hline(0, WIDTH, y, 0.2));
    labels.push(label({ x: 2, y: y + 2, text: row.label, size: 6, w: LABEL_W - 4 }));
    for (let t = page.from - (page.from % NUMERIC_MS); t < page.to; t += NUMERIC_MS) {
      const hit = row.cells.map((p) => ({ param: p.param, c: p.cells.get(t) })).find((p) => p.c);
      if (!hit?.c || t + NUMERIC_MS <= page.from) continue;
      const text = cellText(hit.param, hit.c);
      const cx = x(
        Math.max(page.from, t) + Math.min(NUMERIC_MS, t + NUMERIC_MS - Math.max(page.from, t)) / 2,
      );
      labels.push(
        label({ x: cx, y: y + 2.2, text, size: text.length > 6 ? 5 : 5.5, w: 30, align: 'center' }),
      );
    }
  });

  const legend = data.events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => onPage(page, e.at.getTime()))
    .map(
      ({ e, i }) =>
        `${circled(i + 1)} ${hm(e.at.getTime())} ${e.label}${e.text ? recordText('record.grid.eventText', locale, { text: e.text }) : ''}`,
    )
    .join('    ');
  return {
    stack: [
      { stack: [...labels, { canvas }], unbreakable: true },
      {
        text: recordText('record.grid.legend', locale),
        fontSize: 6,
        color: '#595959',
        margin: [0, 3, 0, 0],
      },
      {
        text: legend
          ? recordText('record.grid.eventList', locale, { events: legend })
          : recordText('record.grid.noEvents', locale),
        fontSize: 7,
        margin: [0, 2, 0, 0],
      },
    ],
  };
}

/** Every grid page of the case (none when nothing is recorded yet). */
export function gridPages(input: RecordDocumentInput): Content[] {
  const c = input.caseInfo;
  const recorded = [
    ...input.readings.flatMap((s) => (s.t.length ? [s.t[0]!, s.t.at(-1)!] : [])),
    ...input.events.map((e) => e.at.getTime()),
    ...input.drugs.flatMap((d) => [d.startAt.getTime(), ...(d.endAt ? [d.endAt.getTime()] : [])]),
    ...input.fluids.map((f) => f.at.getTime()),
  ];
  const pages = sheetPages({
    inRoomAt: c.inRoomAt?.getTime() ?? null,
    outOfRoomAt: c.outOfRoomAt?.getTime() ?? null,
    recorded,
  });
  const data = sheetData(input);
  const room = PAGE_H - MARGIN[1] - MARGIN[3] - LEGEND_RESERVE;
  return pages.map((page, i) => ({
    stack: [gridPage(input, data, page, i === 0 ? room - FIRST_PAGE_HEADER : room)],
    ...(i > 0 ? { pageBreak: 'before' as const } : {}),
  }));
}
