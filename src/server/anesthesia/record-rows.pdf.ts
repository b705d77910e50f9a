// The drug and fluid rows above the vitals on the printed record: a bolus's dose and a fluid's volume
// as a number at its time, an infusion as a line with its rate at each change (and again at the page's
// left edge while it runs on), the case total on the right. Rows that do not fit are counted in red.
import type { SheetRow } from '../../domain/anesthesia/record-sheet';
import { FLUID_LABELS } from '../../domain/anesthesia/record-vocabulary';
import { formatAmount, formatTotal } from '../../domain/anesthesia/vital-format';
import type { RecordDocumentInput } from './record.pdf';
import {
  FRAME,
  GRID_W,
  hline,
  INK,
  LABEL_W,
  label,
  MUTED,
  RED,
  RIGHT_W,
  vline,
  WIDTH,
} from './record-draw.pdf';
import type { GridFrame } from './record-grid.pdf';

export const ROW_H = 11;
const TEXT_SIZE = 6;
// About the width of a digit at TEXT_SIZE in the CJK font's Latin face.
const DIGIT_W = TEXT_SIZE * 0.56;

/** "丙泊酚 mg", "晶体液 ml": the row's name and the unit its numbers are in. */
export function rowLabel(r: SheetRow, input: RecordDocumentInput): string {
  if (r.kind === 'drug') {
    const d = input.drugs.find((x) => x.drug === r.code);
    const unit = input.totals.find((t) => t.drug === r.code)?.unit || r.unit;
    return `${d?.name ?? r.code} ${unit}`;
  }
  return `${FLUID_LABELS[r.code as keyof typeof FLUID_LABELS]?.[input.locale] ?? r.code} ml`;
}

/** The height of the rows when at most `room` fit (one of them then counts the rest). */
export const rowsHeight = (count: number, room: number): number => Math.max(1, Math.min(count, room)) * ROW_H;

/** Draws the rows from `top`, at most `room` of them. */
export function drawRows(
  f: GridFrame,
  rows: readonly (SheetRow & { label: string })[],
  top: number,
  room: number,
): void {
  const shown = rows.length > room ? rows.slice(0, Math.max(0, room - 1)) : rows;
  const hidden = rows.length - shown.length;
  const inPage = (t: number) => t >= f.page.from && t <= f.page.to;
  shown.forEach((row, i) => {
    const y = top + i * ROW_H;
    if (i > 0) f.canvas.push(hline(0, WIDTH, y, 0.25));
    // Outputs (blood loss, urine, drainage) start below a firmer line.
    if (i > 0 && row.direction === 'out' && shown[i - 1]!.direction !== 'out')
      f.canvas.push(hline(0, WIDTH, y, 0.5, FRAME));
    f.labels.push(label({ x: 2, y: y + 2.5, text: row.label, size: 6.2 }));
    if (row.total !== null)
      f.labels.push(
        label({
          x: LABEL_W + GRID_W + RIGHT_W - 2,
          y: y + 2.5,
          text: row.kind === 'drug' ? formatTotal(row.total) : formatAmount(row.total),
          size: 6.2,
          w: RIGHT_W - 3,
          align: 'right',
          bold: true,
        }),
      );
    let textEnd = Number.NEGATIVE_INFINITY;
    const say = (x: number, text: string, color = INK) => {
      const at = Math.max(x + 1, textEnd + 1.5);
      textEnd = at + text.length * DIGIT_W;
      f.labels.push(label({ x: at, y: y + 0.8, text, size: TEXT_SIZE, color }));
    };
    for (const m of row.marks) {
      if (!inPage(m.at) || (m.at === f.page.to && !f.page.last)) continue;
      f.canvas.push(vline(f.x(m.at), y + 6, y + ROW_H - 1, 0.9, INK));
      say(f.x(m.at), formatAmount(m.amount));
    }
    for (const s of row.lines) {
      if (s.to < f.page.from || s.from > f.page.to) continue;
      const x1 = f.x(Math.max(s.from, f.page.from));
      const x2 = f.x(Math.min(s.to, f.page.to));
      f.canvas.push(hline(x1, x2, y + ROW_H - 2.5, 1.1, INK));
      if (s.from >= f.page.from) {
        f.canvas.push(vline(x1, y + 5.5, y + ROW_H - 1, 0.9, INK));
        say(x1, `${formatAmount(s.rate)}/h`);
      } else say(x1, `${formatAmount(s.rate)}/h`, MUTED);
      // An end tick where the infusion stopped; one still running just reaches the print's time.
      if (!s.running && s.to <= f.page.to) f.canvas.push(vline(x2, y + 5.5, y + ROW_H - 1, 0.9, INK));
    }
  });
  if (hidden)
    f.labels.push(
      label({
        x: 2,
        y: top + shown.length * ROW_H + 2.5,
        text: f.say('record.grid.hidden', { n: hidden }),
        size: 6,
        color: RED,
      }),
    );
  if (!rows.length)
    f.labels.push(label({ x: 2, y: top + 2.5, text: f.say('record.grid.noRows'), size: 6.2, color: MUTED }));
}
