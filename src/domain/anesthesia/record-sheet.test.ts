import { describe, expect, it } from 'vitest';
import type { ReadingSeries } from './downsample';
import {
  cellText,
  columnCells,
  mergeSources,
  onPage,
  SHEET_COLUMN_MS,
  SHEET_PAGE_MS,
  sheetPages,
} from './record-sheet';

const T0 = Date.parse('2026-11-22T00:00:00Z');
const H = 3_600_000;
const M = 60_000;

describe('the printed record’s time axis', () => {
  it('runs from room entry to exit, four hours a page, as many pages as the case needs', () => {
    const pages = sheetPages({ inRoomAt: T0, outOfRoomAt: T0 + 8 * H, recorded: [T0 + 8 * H - 1000] });
    expect(pages).toEqual([
      { from: T0, to: T0 + 4 * H, last: false },
      { from: T0 + 4 * H, to: T0 + 8 * H, last: true },
    ]);
    // The exit on the right edge of the last page is printed there, not on a page of its own.
    expect(onPage(pages[1]!, T0 + 8 * H)).toBe(true);
    expect(onPage(pages[0]!, T0 + 4 * H)).toBe(false);
    expect(onPage(pages[1]!, T0 + 4 * H)).toBe(true);
  });

  it('adds a page one millisecond past four hours and starts on the 5-minute mark before entry', () => {
    expect(sheetPages({ inRoomAt: T0, outOfRoomAt: T0 + 4 * H, recorded: [] })).toHaveLength(1);
    expect(sheetPages({ inRoomAt: T0, outOfRoomAt: T0 + 4 * H + 1, recorded: [] })).toHaveLength(2);
    const [page] = sheetPages({ inRoomAt: T0 + 7 * M, outOfRoomAt: T0 + 50 * M, recorded: [] });
    expect(page).toEqual({ from: T0 + 5 * M, to: T0 + 5 * M + SHEET_PAGE_MS, last: true });
  });

  it('widens the axis to readings outside entry–exit and follows a case still in the room', () => {
    const early = sheetPages({ inRoomAt: T0, outOfRoomAt: T0 + H, recorded: [T0 - 12 * M] });
    expect(early[0]!.from).toBe(T0 - 15 * M);
    const open = sheetPages({ inRoomAt: T0, outOfRoomAt: null, recorded: [T0 + 5 * H] });
    expect(open).toHaveLength(2);
    expect(open[1]!.last).toBe(true);
  });

  it('has no pages when nothing is recorded, and one column for a single instant', () => {
    expect(sheetPages({ inRoomAt: null, outOfRoomAt: null, recorded: [] })).toEqual([]);
    expect(sheetPages({ inRoomAt: T0, outOfRoomAt: null, recorded: [] })).toHaveLength(1);
  });
});

const series = (param: string, points: [number, number, boolean?][], first = 1): ReadingSeries => ({
  param,
  channel: '',
  deviceId: null,
  unit: 'x',
  t: points.map(([m]) => T0 + m * M),
  value: points.map(([, v]) => v),
  id: points.map((_, i) => first + i),
  artefact: points.map(([, , a]) => a ?? false),
});

describe('what a column and a cell of numbers show', () => {
  it('keeps each 5-minute column’s extremes and last valid reading, artefacts left out', () => {
    const cells = columnCells(
      series('art_sys', [
        [0, 120],
        [1, 38],
        [2, 300, true],
        [4, 118],
        [5, 110],
      ]),
      SHEET_COLUMN_MS,
    );
    expect([...cells]).toEqual([
      [T0, { n: 3, min: 38, max: 120, last: 118 }],
      [T0 + 5 * M, { n: 1, min: 110, max: 110, last: 110 }],
    ]);
    expect(columnCells(null, SHEET_COLUMN_MS).size).toBe(0);
  });

  it('prints a cell as its range only when the readings differ at clinical precision', () => {
    expect(cellText('temp', { n: 3, min: 36.04, max: 36.049, last: 36.04 })).toBe('36.0');
    expect(cellText('temp', { n: 3, min: 36.04, max: 36.05, last: 36.05 })).toBe('36.0–36.1');
    expect(cellText('spo2', { n: 900, min: 85, max: 99, last: 98 })).toBe('85–99');
    expect(cellText('spo2', { n: 1, min: 97, max: 97, last: 97 })).toBe('97');
  });

  it('merges every source of a parameter, or nothing when there is none', () => {
    const merged = mergeSources(
      [series('temp', [[0, 36]]), series('temp', [[1, 35]], 5), series('hr', [[0, 70]])],
      ['temp'],
    );
    expect(merged).toMatchObject({ param: 'temp', value: [36, 35], id: [1, 5] });
    expect(mergeSources([series('hr', [[0, 70]])], ['temp'])).toBeNull();
  });
});
