import { describe, expect, it } from 'vitest';
import type { ReadingSeries } from './downsample';
import {
  cellText,
  columnCells,
  eventNumber,
  mergeSources,
  onPage,
  SHEET_COLUMN_MS,
  SHEET_COLUMNS_PER_PAGE,
  SHEET_PAGE_MS,
  sheetPageCount,
  sheetPages,
  sheetRows,
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

  it('runs a case still in the room up to the minute it is printed', () => {
    const live = sheetPages({
      inRoomAt: T0,
      outOfRoomAt: null,
      recorded: [T0 + H],
      now: T0 + 4 * H + 20 * M,
    });
    expect(live).toHaveLength(2);
    expect(live[1]).toEqual({ from: T0 + 4 * H, to: T0 + 8 * H, last: true });
    // A finished case ends at its exit, whenever it is printed.
    expect(sheetPages({ inRoomAt: T0, outOfRoomAt: T0 + H, recorded: [], now: T0 + 9 * H })).toHaveLength(1);
  });

  it('counts pages of 48 five-minute columns', () => {
    expect(SHEET_COLUMNS_PER_PAGE).toBe(48);
    expect(sheetPageCount(T0, T0 + 8 * H)).toBe(2);
    expect(sheetPageCount(T0 + 7 * M, T0 + 4 * H + 3 * M)).toBe(1);
    expect(sheetPageCount(T0, T0 + 8 * H + 1)).toBe(3);
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

describe('the events’ numbers and the rows above the vitals', () => {
  it('numbers events ① to ㊿, then in brackets', () => {
    expect([1, 20, 21, 35, 36, 50, 51].map(eventNumber)).toEqual(['①', '⑳', '㉑', '㉟', '㊱', '㊿', '(51)']);
  });

  it('gives each drug one row in the order first given, then the fluids in and out in the vocabulary’s order', () => {
    const rows = sheetRows({
      drugs: [
        {
          drug: 'remifentanil',
          kind: 'infusion',
          dose: null,
          rate: 600,
          unit: 'μg',
          startAt: T0 + 15 * M,
          endAt: T0 + H,
        },
        {
          drug: 'propofol',
          kind: 'bolus',
          dose: 120,
          rate: null,
          unit: 'mg',
          startAt: T0 + 10 * M,
          endAt: null,
        },
        {
          drug: 'remifentanil',
          kind: 'infusion',
          dose: null,
          rate: 400,
          unit: 'μg',
          startAt: T0 + H,
          endAt: null,
        },
      ],
      fluids: [
        { kind: 'urine', direction: 'out', volumeMl: 100, at: T0 + H },
        { kind: 'crystalloid', direction: 'in', volumeMl: 500, at: T0 + 20 * M },
        { kind: 'blood_loss', direction: 'out', volumeMl: 200, at: T0 + 50 * M },
        { kind: 'crystalloid', direction: 'in', volumeMl: 500, at: T0 + 2 * H },
      ],
      totals: new Map([
        ['propofol', 120],
        ['remifentanil', 1350],
      ]),
      until: T0 + 3 * H,
    });
    expect(rows.map((r) => r.code)).toEqual([
      'propofol',
      'remifentanil',
      'crystalloid',
      'blood_loss',
      'urine',
    ]);
    expect(rows[0]).toMatchObject({ marks: [{ at: T0 + 10 * M, amount: 120 }], lines: [], total: 120 });
    // A running infusion runs to `until` (出室, or the print).
    expect(rows[1]!.lines).toEqual([
      { from: T0 + 15 * M, to: T0 + H, rate: 600, running: false },
      { from: T0 + H, to: T0 + 3 * H, rate: 400, running: true },
    ]);
    expect(rows[2]).toMatchObject({ direction: 'in', total: 1000, unit: 'ml' });
    expect(rows[3]).toMatchObject({ direction: 'out', total: 200 });
  });
});
