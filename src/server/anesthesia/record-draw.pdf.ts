// Drawing on the printed record's grid: A4 geometry, colours, lines, positioned text and the chart's
// symbols as vector shapes (∨ systolic, ∧ diastolic, ● heart rate, ○ temperature), so they sit exactly
// on their value whatever the font holds.
import type { CanvasElement, Content } from 'pdfmake/interfaces';

export const PAGE_H = 841.89;
export const PAGE_W = 595.28;
export const MARGIN: [number, number, number, number] = [28, 40, 28, 36];
export const WIDTH = PAGE_W - MARGIN[0] - MARGIN[2];
/** The grid's columns: row labels and the mmHg scale, the time grid, the totals and the ℃ scale. */
export const LABEL_W = 74;
export const RIGHT_W = 32;
export const GRID_W = WIDTH - LABEL_W - RIGHT_W;

export const INK = '#000000';
export const FRAME = '#404040';
export const GRID_LINE = '#bfbfbf';
export const HOUR_LINE = '#7f7f7f';
export const MUTED = '#595959';
export const RED = '#cf1322';
export const BLUE = '#1d39c4';
export const PURPLE = '#722ed1';

/** A line of text in the CJK font takes about 1.45 em (Noto Sans CJK's ascent, descent and gap). */
export const lineHeight = (size: number): number => size * 1.45;

/** About how wide a text is: a CJK character an em, anything else a little over half. */
export const textWidth = (text: string, size: number): number =>
  [...text].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? size : size * 0.56), 0);

/** About how many lines a text takes in a box `width` wide. */
export const linesOf = (text: string, size: number, width: number): number =>
  Math.max(1, Math.ceil(textWidth(text, size) / width));

export type Label = {
  x: number;
  y: number;
  text: string;
  size?: number;
  /** The box a centred or right-aligned text is set in. */
  w?: number;
  align?: 'left' | 'center' | 'right';
  color?: string;
  bold?: boolean;
};

/** Text at a point of the grid (top-left of its line, or the box's centre/right edge). */
export function label(l: Label): Content {
  const style = { fontSize: l.size ?? 6, color: l.color ?? INK, bold: l.bold ?? false, lineHeight: 1 };
  if ((l.align ?? 'left') === 'left') return { text: l.text, ...style, relativePosition: { x: l.x, y: l.y } };
  const w = l.w ?? 60;
  return {
    columns: [{ width: w, text: l.text, alignment: l.align, ...style }],
    relativePosition: { x: l.align === 'center' ? l.x - w / 2 : l.x - w, y: l.y },
  };
}

export const hline = (x1: number, x2: number, y: number, w = 0.3, color = GRID_LINE): CanvasElement => ({
  type: 'line',
  x1,
  y1: y,
  x2,
  y2: y,
  lineWidth: w,
  lineColor: color,
});

export const vline = (x: number, y1: number, y2: number, w = 0.3, color = GRID_LINE): CanvasElement => ({
  type: 'line',
  x1: x,
  y1,
  x2: x,
  y2,
  lineWidth: w,
  lineColor: color,
});

const S = 2.4; // half-width of a symbol, pt

/** ∨: the systolic pressure, its point at the value. */
export const systolicMark = (x: number, y: number): CanvasElement => ({
  type: 'polyline',
  points: [
    { x: x - S, y: y - S * 1.4 },
    { x, y },
    { x: x + S, y: y - S * 1.4 },
  ],
  lineWidth: 0.8,
  lineColor: RED,
});

/** ∧: the diastolic pressure, its point at the value. */
export const diastolicMark = (x: number, y: number): CanvasElement => ({
  type: 'polyline',
  points: [
    { x: x - S, y: y + S * 1.4 },
    { x, y },
    { x: x + S, y: y + S * 1.4 },
  ],
  lineWidth: 0.8,
  lineColor: RED,
});

/** ●: the heart rate. */
export const heartRateMark = (x: number, y: number): CanvasElement => ({
  type: 'ellipse',
  x,
  y,
  r1: 1.5,
  r2: 1.5,
  color: BLUE,
});

/** ○: the temperature, on the ℃ scale. */
export const temperatureMark = (x: number, y: number): CanvasElement => ({
  type: 'ellipse',
  x,
  y,
  r1: 1.3,
  r2: 1.3,
  color: '#ffffff',
  lineColor: PURPLE,
  lineWidth: 0.6,
});
