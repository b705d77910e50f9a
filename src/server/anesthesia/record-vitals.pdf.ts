// The vitals on the printed record: 0–240 mmHg (and beats/min) on the left, 30–42 ℃ on the right (1 ℃ to
// a 20 mmHg line), each 5-minute column's last reading as its symbol (∨ systolic, ∧ diastolic — the
// arterial line where it ran, else the cuff — ● heart rate, ○ temperature) with a whisker from its minimum
// to its maximum when they differ at clinical precision; under the graph, rows of numbers every 15 minutes.
import {
  cellText,
  NUMERIC_MS,
  SHEET_COLUMN_MS,
  type SheetCell,
  spansRange,
} from '../../domain/anesthesia/record-sheet';
import { roundVital } from '../../domain/anesthesia/vital-format';
import {
  BLUE,
  diastolicMark,
  GRID_LINE,
  GRID_W,
  HOUR_LINE,
  heartRateMark,
  hline,
  LABEL_W,
  label,
  MUTED,
  PURPLE,
  RED,
  systolicMark,
  temperatureMark,
  vline,
  WIDTH,
} from './record-draw.pdf';
import type { GridFrame, SheetData } from './record-grid.pdf';

export const GRAPH_MAX_H = 312; // 13 pt to 10 mmHg
export const GRAPH_MIN_H = 168; // 7 pt to 10 mmHg
export const NUM_H = 10;
const MMHG_MAX = 240;
const TEMP_MIN = 30; // ℃ at 0 mmHg; 1 ℃ per 20 mmHg, so 42 ℃ at the top

type Graph = { top: number; height: number; numTop: number };

function drawScales(f: GridFrame, g: Graph, gy: (v: number) => number): void {
  const right = LABEL_W + GRID_W;
  for (let v = 0; v <= MMHG_MAX; v += 10) {
    const major = v % 20 === 0;
    f.canvas.push(
      hline(LABEL_W, right, gy(v), v % 100 === 0 ? 0.7 : major ? 0.4 : 0.15, major ? HOUR_LINE : GRID_LINE),
    );
    if (!major || v === 0 || v === MMHG_MAX) continue;
    f.canvas.push(
      hline(LABEL_W - 3, LABEL_W, gy(v), 0.5, MUTED),
      hline(right, right + 3, gy(v), 0.5, PURPLE),
    );
    f.labels.push(
      label({ x: LABEL_W - 4, y: gy(v) - 2.6, text: String(v), size: 6, w: 20, align: 'right' }),
      label({ x: right + 4, y: gy(v) - 2.6, text: String(TEMP_MIN + v / 20), size: 6, color: PURPLE }),
    );
  }
  f.labels.push(
    label({ x: LABEL_W - 3, y: g.top + 2, text: 'mmHg', size: 5.5, w: 24, align: 'right' }),
    label({
      x: LABEL_W - 3,
      y: g.top + 8,
      text: f.say('record.grid.perMinute'),
      size: 5.5,
      w: 24,
      align: 'right',
    }),
    label({ x: right + 4, y: g.top + 2, text: '℃', size: 6.5, color: PURPLE, bold: true }),
  );
  // The symbol key, in the label column beside the graph.
  const key: {
    draw: (x: number, y: number) => ReturnType<typeof systolicMark>;
    text: string;
    color: string;
  }[] = [
    { draw: systolicMark, text: f.say('record.grid.key.systolic'), color: RED },
    { draw: diastolicMark, text: f.say('record.grid.key.diastolic'), color: RED },
    { draw: heartRateMark, text: f.say('record.grid.key.heartRate'), color: BLUE },
    { draw: temperatureMark, text: f.say('record.grid.key.temperature'), color: PURPLE },
  ];
  key.forEach((k, i) => {
    const y = g.top + 22 + i * 12;
    const mark = k.draw(7, y + (i === 0 ? 2 : i === 1 ? -2 : 0));
    f.canvas.push(mark);
    f.labels.push(label({ x: 13, y: y - 2.8, text: k.text, size: 6, color: k.color }));
  });
}

export function drawVitals(f: GridFrame, data: SheetData, g: Graph): void {
  const gy = (v: number) => g.top + ((MMHG_MAX - Math.max(0, Math.min(MMHG_MAX, v))) / MMHG_MAX) * g.height;
  const ty = (celsius: number) => gy((celsius - TEMP_MIN) * 20);
  drawScales(f, g, gy);
  const v = data.vitals;
  const cx = (t: number) => f.x(t + SHEET_COLUMN_MS / 2);
  const inPage = (t: number) => t + SHEET_COLUMN_MS > f.page.from && t < f.page.to;
  const whisker = (t: number, param: string, c: SheetCell, y: (v: number) => number, color: string) => {
    if (spansRange(param, c)) f.canvas.push(vline(cx(t), y(c.max), y(c.min), 0.45, color));
  };
  const columns = new Set([
    ...v.sys.art.keys(),
    ...v.sys.cuff.keys(),
    ...v.dia.art.keys(),
    ...v.dia.cuff.keys(),
  ]);
  for (const t of [...columns].filter(inPage)) {
    const sys = v.sys.art.get(t) ?? v.sys.cuff.get(t);
    const dia = v.dia.art.get(t) ?? v.dia.cuff.get(t);
    if (sys) {
      whisker(t, 'art_sys', sys, gy, RED);
      f.canvas.push(systolicMark(cx(t), gy(roundVital('art_sys', sys.last))));
    }
    if (dia) {
      whisker(t, 'art_dia', dia, gy, RED);
      f.canvas.push(diastolicMark(cx(t), gy(roundVital('art_dia', dia.last))));
    }
  }
  for (const [t, c] of v.hr) {
    if (!inPage(t)) continue;
    whisker(t, 'hr', c, gy, BLUE);
    f.canvas.push(heartRateMark(cx(t), gy(roundVital('hr', c.last))));
  }
  const temps = [...v.temp].filter(([t]) => inPage(t));
  for (const [t, c] of temps) whisker(t, 'temp', c, ty, PURPLE);
  if (temps.length > 1)
    f.canvas.push({
      type: 'polyline',
      points: temps.map(([t, c]) => ({ x: cx(t), y: ty(roundVital('temp', c.last)) })),
      lineWidth: 0.6,
      lineColor: PURPLE,
    });
  for (const [t, c] of temps) f.canvas.push(temperatureMark(cx(t), ty(roundVital('temp', c.last))));
  drawNumbers(f, data, g.numTop);
}

/** The rows of numbers, one 15-minute cell each: the value, or "min–max" where the readings differ. */
function drawNumbers(f: GridFrame, data: SheetData, top: number): void {
  data.vitals.numericRows.forEach((row, i) => {
    const y = top + i * NUM_H;
    if (i > 0) f.canvas.push(hline(0, WIDTH, y, 0.25));
    f.labels.push(label({ x: 2, y: y + 2.2, text: row.label[f.locale], size: 6.2 }));
    const start = f.page.from - (f.page.from % NUMERIC_MS);
    for (let t = start; t < f.page.to; t += NUMERIC_MS) {
      if (t + NUMERIC_MS <= f.page.from) continue;
      const hit = row.cells.map((p) => ({ param: p.param, c: p.cells.get(t) })).find((p) => p.c);
      if (!hit?.c) continue;
      const text = cellText(hit.param, hit.c);
      const from = Math.max(f.page.from, t);
      const to = Math.min(f.page.to, t + NUMERIC_MS);
      f.labels.push(
        label({
          x: f.x((from + to) / 2),
          y: y + 2.2,
          text,
          size: text.length > 6 ? 5.2 : 6,
          w: 30,
          align: 'center',
        }),
      );
    }
  });
}
