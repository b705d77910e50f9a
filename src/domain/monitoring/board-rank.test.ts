import { describe, expect, it } from 'vitest';
import { type BedStanding, bedStanding, type RankInput, rankBeds } from './board-rank';

const NOW = Date.parse('2026-11-22T02:00:00Z');
const MIN = 60_000;
const quietBed = { openAlerts: [], nextDueAt: NOW + 60 * MIN, acknowledged: false };

describe('a bed’s standing on the ward board (RCP 2017 Charts 3–4)', () => {
  it('is its most severe open alert: NEWS2 ≥ 7, then 5–6, then a single 3', () => {
    expect(bedStanding({ ...quietBed, openAlerts: ['red_score', 'emergency', 'urgent'] }, NOW)).toBe(
      'emergency',
    );
    expect(bedStanding({ ...quietBed, openAlerts: ['red_score', 'urgent'] }, NOW)).toBe('urgent');
    expect(bedStanding({ ...quietBed, openAlerts: ['red_score'] }, NOW)).toBe('red_score');
  });

  it('an open clinical alert outranks an overdue set, even with an acknowledged one beside it', () => {
    expect(
      bedStanding({ openAlerts: ['overdue', 'urgent'], nextDueAt: NOW - MIN, acknowledged: true }, NOW),
    ).toBe('urgent');
  });

  it('is overdue from the due time (before the overdue alert’s grace) or with an open overdue alert', () => {
    expect(bedStanding({ ...quietBed, nextDueAt: NOW }, NOW)).toBe('overdue');
    expect(bedStanding({ ...quietBed, nextDueAt: NOW + 1 }, NOW)).toBe('quiet');
    expect(bedStanding({ ...quietBed, openAlerts: ['overdue'] }, NOW)).toBe('overdue');
  });

  it('an overdue set outranks an acknowledged story; the story outranks a quiet bed', () => {
    expect(bedStanding({ openAlerts: [], nextDueAt: NOW - MIN, acknowledged: true }, NOW)).toBe('overdue');
    expect(bedStanding({ ...quietBed, acknowledged: true }, NOW)).toBe('acknowledged');
    expect(bedStanding({ ...quietBed, nextDueAt: null }, NOW)).toBe('quiet');
  });
});

describe('the ward board’s order', () => {
  const bed = (
    code: string,
    standing: BedStanding,
    total: number | null,
    nextDueAt: number | null = null,
  ) => ({
    code,
    k: { standing, total, nextDueAt } satisfies RankInput,
  });
  const order = (beds: ReturnType<typeof bed>[]) => rankBeds(beds, (b) => b.k).map((b) => b.code);

  it('puts emergency, urgent, single 3, overdue, acknowledged, then the rest — an overdue NEWS2 0 below an emergency', () => {
    expect(
      order([
        bed('1', 'quiet', 4),
        bed('2', 'acknowledged', 13),
        bed('3', 'overdue', 0, NOW - 30 * MIN),
        bed('4', 'red_score', 3),
        bed('5', 'urgent', 5),
        bed('6', 'emergency', 7),
        bed('7', 'quiet', null),
      ]),
    ).toEqual(['6', '5', '4', '3', '2', '1', '7']);
  });

  it('within a standing: the higher NEWS2 first, a bed without a score last', () => {
    expect(order([bed('1', 'emergency', 7), bed('2', 'emergency', 13), bed('3', 'emergency', null)])).toEqual(
      ['2', '1', '3'],
    );
  });

  it('overdue beds of the same NEWS2: the longest overdue first', () => {
    expect(
      order([
        bed('1', 'overdue', 0, NOW - 5 * MIN),
        bed('2', 'overdue', 0, NOW - 90 * MIN),
        bed('3', 'overdue', 2, NOW),
      ]),
    ).toEqual(['3', '2', '1']);
  });

  it('quiet beds keep the order they came in (bed code), whatever their score; the input is unchanged', () => {
    const beds = [bed('1', 'quiet', 0), bed('2', 'quiet', 4), bed('3', 'quiet', null)];
    expect(order(beds)).toEqual(['1', '2', '3']);
    expect(beds.map((b) => b.code)).toEqual(['1', '2', '3']);
  });
});
