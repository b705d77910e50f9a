// The printed record's grid pages (麻醉记录单): four hours to a page on 5-minute columns from room entry
// to exit (a case still in the room: to the minute it is printed), as many pages as the case needs. On
// each page, top to bottom: the time axis, the numbered events, the drugs and fluids (record-rows.pdf.ts),
// the vitals on the mmHg and ℃ scales and the rows of numbers (record-vitals.pdf.ts), then the page's
// event legend. The layout decision: docs/clinical-decisions.md (issue 9, the printed 麻醉记录单).
import type { CanvasElement, Content } from 'pdfmake/interfaces';
import { type RecordMessageKey, recordText } from '../../domain/anesthesia/messages';
import {
  eventNumber,
  onPage,
  SHEET_COLUMN_MS,
  SHEET_PAGE_MS,
  type SheetPage,
  sheetPages,
  sheetRows,
  sheetVitals,
} from '../../domain/anesthesia/record-sheet';
import type { Locale } from '../../domain/common/field-messages';
import { siteDateTime } from '../platform/pdf';
import type { RecordDocumentInput } from './record.pdf';
import {
  FRAME,
  GRID_LINE,
  GRID_W,
  HOUR_LINE,
  LABEL_W,
  label,
  lineHeight,
  linesOf,
  MARGIN,
  MUTED,
  PAGE_H,
  RED,
  vline,
  WIDTH,
} from './record-draw.pdf';
import { headerHeight } from './record-header.pdf';
import { drawRows, ROW_H, rowLabel, rowsHeight } from './record-rows.pdf';
import { drawVitals, GRAPH_MAX_H, GRAPH_MIN_H, NUM_H } from './record-vitals.pdf';

const AXIS_H = 12;
const MARK_H = 12;
const LEGEND_COLUMNS = 3;
const LEGEND_SIZE = 7;
const SYMBOLS_SIZE = 6;

/** What a page draws on: its time scale, and the canvas and text laid over it. */
export type GridFrame = {
  page: SheetPage;
  locale: Locale;
  x: (t: number) => number;
  hm: (t: number) => string;
  /** "2026-11-22" of an instant, in the site's time zone. */
  day: (t: number) => string;
  canvas: CanvasElement[];
  labels: Content[];
  say: (key: RecordMessageKey, params?: Record<string, string | number>) => string;
};

/** What the grid pages draw, computed once for the whole case. */
function sheetData(input: RecordDocumentInput, until: number) {
  const rows = sheetRows({
    drugs: input.drugs.map((d) => ({
      ...d,
      kind: d.kind === 'infusion' ? 'infusion' : 'bolus',
      startAt: d.startAt.getTime(),
      endAt: d.endAt?.getTime() ?? null,
    })),
    fluids: input.fluids.map((f) => ({
      kind: f.kind,
      direction: f.direction === 'out' ? 'out' : 'in',
      volumeMl: f.volumeMl,
      at: f.at.getTime(),
    })),
    totals: new Map(input.totals.map((t) => [t.drug, t.total])),
    until,
  });
  return {
    vitals: sheetVitals(input.readings),
    rows: rows.map((r) => ({ ...r, label: rowLabel(r, input) })),
    events: [...input.events]
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((e, i) => ({ ...e, n: i + 1, t: e.at.getTime() })),
  };
}

export type SheetData = ReturnType<typeof sheetData>;

function drawAxis(f: GridFrame, bottom: number, numTop: number): void {
  const { page, x, hm } = f;
  for (let t = page.from; t <= page.to; t += SHEET_COLUMN_MS) {
    const quarter = /:(00|15|30|45)$/.test(hm(t));
    const hour = hm(t).endsWith(':00');
    // 5-minute lines stop above the numeric rows, which are read in 15-minute cells.
    f.canvas.push(
      vline(
        x(t),
        AXIS_H,
        quarter ? bottom : numTop,
        hour ? 0.8 : quarter ? 0.45 : 0.2,
        hour ? HOUR_LINE : GRID_LINE,
      ),
    );
    if (quarter && t < page.to)
      f.labels.push(
        t === page.from
          ? label({ x: x(t) + 1, y: 3, text: hm(t), size: 6, bold: hour })
          : label({ x: x(t), y: 3, text: hm(t), w: 26, align: 'center', size: 6, bold: hour }),
      );
  }
  f.labels.push(
    label({ x: 2, y: 3, text: f.day(page.from), size: 6, bold: true }),
    label({ x: LABEL_W + GRID_W + 2, y: 3, text: f.say('record.grid.total'), size: 6 }),
  );
}

/** Numbered events on the axis, each with a dashed line down through the rows and the graph. */
function drawEvents(f: GridFrame, data: SheetData, numTop: number): void {
  f.labels.push(label({ x: 2, y: AXIS_H + 2.5, text: f.say('record.grid.events'), size: 6.5, bold: true }));
  let markX = Number.NEGATIVE_INFINITY;
  for (const e of data.events) {
    if (!onPage(f.page, e.t)) continue;
    // Events close together keep their lines at their times; their numbers step aside.
    markX = Math.max(f.x(e.t), markX + 8);
    f.labels.push(
      label({ x: markX, y: AXIS_H + 1.5, text: eventNumber(e.n), w: 14, align: 'center', size: 8 }),
    );
    f.canvas.push({
      ...vline(f.x(e.t), AXIS_H + MARK_H, numTop, 0.5, MUTED),
      dash: { length: 1.5, space: 1.5 },
    });
  }
}

/**
 * A case still in the room, printed during it: the time printed marked on the axis and what lies after
 * it greyed, so that an empty stretch reads as "not yet", not as "nothing happened".
 */
function drawNow(f: GridFrame, now: number | null, numTop: number, bottom: number): void {
  if (now === null || now < f.page.from || now >= f.page.to) return;
  const x = f.x(now);
  // The grey goes under everything else drawn; the line over it.
  f.canvas.unshift({
    type: 'rect',
    x,
    y: AXIS_H + MARK_H,
    w: LABEL_W + GRID_W - x,
    h: bottom - AXIS_H - MARK_H,
    color: '#f0f0f0',
  });
  f.canvas.push({ ...vline(x, AXIS_H, numTop, 0.8, RED), dash: { length: 3, space: 2 } });
  f.labels.push(
    label({
      x: x + 2,
      y: AXIS_H + 2.5,
      text: f.say('record.grid.now', { at: f.hm(now) }),
      size: 6,
      color: RED,
    }),
  );
}

/** The page's events as a legend under the grid: number, time and name, three to a line. */
function legend(f: GridFrame, data: SheetData): Content[] {
  const items = legendItems(f, data);
  const symbols: Content = {
    text: f.say('record.grid.legend'),
    fontSize: SYMBOLS_SIZE,
    color: MUTED,
    margin: [0, 3, 0, 0],
  };
  if (!items.length)
    return [symbols, { text: f.say('record.grid.noEvents'), fontSize: 7, margin: [0, 2, 0, 0] }];
  const body: string[][] = [];
  for (let i = 0; i < items.length; i += LEGEND_COLUMNS)
    body.push(Array.from({ length: LEGEND_COLUMNS }, (_, k) => items[i + k] ?? ''));
  return [
    symbols,
    {
      table: { widths: Array(LEGEND_COLUMNS).fill('*'), body },
      layout: {
        defaultBorder: false,
        hLineWidth: () => 0,
        vLineWidth: () => 0,
        paddingLeft: () => 0,
        paddingTop: () => 0.5,
        paddingBottom: () => 0.5,
      },
      fontSize: LEGEND_SIZE,
      margin: [0, 2, 0, 0],
    },
  ];
}

const legendItems = (f: GridFrame, data: SheetData): string[] =>
  data.events
    .filter((e) => onPage(f.page, e.t))
    .map(
      (e) =>
        `${eventNumber(e.n)} ${f.hm(e.t)} ${e.label}${e.text ? f.say('record.grid.eventText', { text: e.text }) : ''}`,
    );

/** The height the legend under the grid will take, so that grid and legend share one page. */
function legendHeight(f: GridFrame, data: SheetData): number {
  const items = legendItems(f, data);
  const column = WIDTH / LEGEND_COLUMNS - 4;
  let rows = 0;
  for (let i = 0; i < items.length; i += LEGEND_COLUMNS)
    rows += Math.max(...items.slice(i, i + LEGEND_COLUMNS).map((t) => linesOf(t, LEGEND_SIZE, column)));
  const symbols = linesOf(f.say('record.grid.legend'), SYMBOLS_SIZE, WIDTH) * lineHeight(SYMBOLS_SIZE);
  // Margins, a line's cell padding, and a few points to spare.
  return 3 + symbols + 2 + Math.max(1, rows) * (lineHeight(LEGEND_SIZE) + 1) + 12;
}

function gridPage(input: RecordDocumentInput, data: SheetData, page: SheetPage, available: number): Content {
  const f: GridFrame = {
    page,
    locale: input.locale,
    x: (t) => LABEL_W + ((t - page.from) / SHEET_PAGE_MS) * GRID_W,
    hm: (t) => siteDateTime(new Date(t), input.timeZone).slice(11),
    day: (t) => siteDateTime(new Date(t), input.timeZone).slice(0, 10),
    canvas: [],
    labels: [],
    say: (key, params) => recordText(key, input.locale, params),
  };
  const numericH = data.vitals.numericRows.length * NUM_H;
  const room = available - legendHeight(f, data) - AXIS_H - MARK_H - numericH;
  // The graph gives way to the drug and fluid rows down to its minimum; rows that still do not fit are
  // counted in one line (and listed in full in the summary that follows the grid pages).
  const graphH = Math.max(GRAPH_MIN_H, Math.min(GRAPH_MAX_H, room - Math.max(1, data.rows.length) * ROW_H));
  const rowRoom = Math.max(1, Math.floor((room - graphH) / ROW_H));
  const rowsTop = AXIS_H + MARK_H;
  const rowsH = rowsHeight(data.rows.length, rowRoom);
  const graphTop = rowsTop + rowsH;
  const numTop = graphTop + graphH;
  const bottom = numTop + numericH;

  f.canvas.unshift(
    { type: 'rect', x: 0, y: 0, w: WIDTH, h: bottom, lineWidth: 0.7, lineColor: FRAME },
    ...[AXIS_H, rowsTop, graphTop, numTop].map(
      (y): CanvasElement => ({
        type: 'line',
        x1: 0,
        y1: y,
        x2: WIDTH,
        y2: y,
        lineWidth: 0.6,
        lineColor: FRAME,
      }),
    ),
    vline(LABEL_W, 0, bottom, 0.6, FRAME),
    vline(LABEL_W + GRID_W, 0, bottom, 0.6, FRAME),
  );
  drawNow(f, input.caseInfo.outOfRoomAt ? null : input.printedAt.getTime(), numTop, bottom);
  drawAxis(f, bottom, numTop);
  drawEvents(f, data, numTop);
  drawRows(f, data.rows, rowsTop, rowRoom);
  drawVitals(f, data, { top: graphTop, height: graphH, numTop });
  // The lines first and the text over them; the last, empty canvas gives the grid its height.
  const grid: Content = {
    stack: [
      { canvas: f.canvas, relativePosition: { x: 0, y: 0 } },
      ...f.labels,
      { canvas: [{ type: 'line', x1: 0, y1: bottom, x2: 0, y2: bottom, lineWidth: 0 }] },
    ],
    unbreakable: true,
  };
  return { stack: [grid, ...legend(f, data)] };
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
  const now = input.printedAt.getTime();
  const pages = sheetPages({
    inRoomAt: c.inRoomAt?.getTime() ?? null,
    outOfRoomAt: c.outOfRoomAt?.getTime() ?? null,
    recorded,
    now,
  });
  const data = sheetData(input, c.outOfRoomAt?.getTime() ?? now);
  const room = PAGE_H - MARGIN[1] - MARGIN[3];
  return pages.map((page, i) => ({
    stack: [gridPage(input, data, page, i === 0 ? room - headerHeight(input) : room)],
    ...(i > 0 ? { pageBreak: 'before' as const } : {}),
  }));
}
