import { describe, expect, it } from 'vitest';
import { monthlyWardStatistics, wardBalance } from './bed-statistics';
import { historyOf, localTime, regularBeds, type StaySpec } from './census-stays.fixture';

// Three wards of 2 beds. Before February: W1 half full, W2 full, W3 empty. On 1 February at 15:00 one W2
// patient moves to W3 (the pool evens out): from that night every ward is half full.
const stays: StaySpec[] = [
  { id: 'A1', moves: [['W1', 'W1-01', '2024-01-01 10:00']], out: null },
  { id: 'A2', moves: [['W2', 'W2-01', '2024-01-01 10:00']], out: null },
  {
    id: 'A3',
    moves: [
      ['W2', 'W2-02', '2024-01-01 10:00'],
      ['W3', 'W3-01', '2024-02-01 15:00'],
    ],
    out: null,
  },
];
const beds = { regular: [regularBeds('W1', 2), regularBeds('W2', 2), regularBeds('W3', 2)] };
const PERIOD = { from: '2024-01-15', to: '2024-03-10' };

describe('monthly statistics per ward and the balance of the pool (issue 13 §5)', () => {
  it('months are cut to the period, each with its wards, department and balance', () => {
    const { months, skippedAdmissions } = monthlyWardStatistics(historyOf(stays, beds), PERIOD);
    expect(skippedAdmissions).toBe(0);
    expect(months.map((m) => [m.month, m.period])).toEqual([
      ['2024-01', { from: '2024-01-15', to: '2024-01-31' }],
      ['2024-02', { from: '2024-02-01', to: '2024-02-29' }],
      ['2024-03', { from: '2024-03-01', to: '2024-03-10' }],
    ]);
    const jan = months[0]!;
    expect(jan.wards.map((w) => [w.ward, w.days, w.openBedDays, w.occupiedBedDays, w.occupancy])).toEqual([
      ['W1', 17, 34, 17, 0.5],
      ['W2', 17, 34, 34, 1],
      ['W3', 17, 34, 0, 0],
    ]);
    expect(jan.department).toMatchObject({ days: 17, openBedDays: 102, occupiedBedDays: 51, occupancy: 0.5 });
    expect(jan.balance).toEqual({
      wardsCompared: 3,
      spread: 1,
      standardDeviation: Math.sqrt(0.5 / 3),
      highest: { ward: 'W2', occupancy: 1 },
      lowest: { ward: 'W3', occupancy: 0 },
    });
    for (const m of months.slice(1)) {
      expect(m.wards.map((w) => w.occupancy)).toEqual([0.5, 0.5, 0.5]);
      expect(m.balance).toMatchObject({ wardsCompared: 3, spread: 0, standardDeviation: 0 });
    }
    expect(months[2]!.department).toMatchObject({ days: 10, openBedDays: 60, occupiedBedDays: 30 });
  });

  it('the monthly figures add up to those of the whole period', () => {
    const h = historyOf(stays, beds);
    const { months } = monthlyWardStatistics(h, PERIOD);
    const sum = (k: 'openBedDays' | 'occupiedBedDays' | 'discharges') =>
      months.reduce((n, m) => n + m.department[k], 0);
    expect(sum('openBedDays')).toBe(6 * 56);
    expect(sum('occupiedBedDays')).toBe(3 * 56);
    expect(sum('discharges')).toBe(0);
  });

  it('one ward has no balance to show; a ward without open beds is left out of the comparison', () => {
    const single = monthlyWardStatistics(historyOf(stays, beds), PERIOD, ['W2']);
    expect(single.months[0]!.balance).toEqual({
      wardsCompared: 1,
      spread: null,
      standardDeviation: null,
      highest: { ward: 'W2', occupancy: 1 },
      lowest: { ward: 'W2', occupancy: 1 },
    });
    const withEmpty = monthlyWardStatistics(historyOf(stays, beds), PERIOD, ['W1', 'W2', 'W9']);
    const jan = withEmpty.months[0]!;
    expect(jan.wards.map((w) => w.ward)).toEqual(['W1', 'W2', 'W9']);
    expect(jan.wards[2]!.occupancy).toBeNull();
    expect(jan.balance).toMatchObject({ wardsCompared: 2, spread: 0.5, standardDeviation: 0.25 });
  });

  it('a month after the history ends has no census day: null ratios, no balance', () => {
    const h = historyOf(stays, beds, localTime('2024-02-10 08:00'));
    const { months } = monthlyWardStatistics(h, { from: '2024-02-01', to: '2024-03-31' });
    expect(months[0]!.department).toMatchObject({ days: 9, openBedDays: 54, occupiedBedDays: 27 });
    expect(months[1]!.department).toMatchObject({
      days: 0,
      openBedDays: 0,
      averageOpenBeds: null,
      occupancy: null,
    });
    expect(months[1]!.balance).toEqual({
      wardsCompared: 0,
      spread: null,
      standardDeviation: null,
      highest: null,
      lowest: null,
    });
  });

  it('wardBalance: spread and population standard deviation of known occupancies', () => {
    const b = wardBalance([
      { ward: 'A', occupancy: 0.9 },
      { ward: 'B', occupancy: 0.7 },
      { ward: 'C', occupancy: null },
      { ward: 'D', occupancy: 0.8 },
    ]);
    expect(b.wardsCompared).toBe(3);
    expect(b.spread).toBeCloseTo(0.2, 12);
    expect(b.standardDeviation).toBeCloseTo(Math.sqrt(0.02 / 3), 12);
    expect(b.highest).toEqual({ ward: 'A', occupancy: 0.9 });
    expect(b.lowest).toEqual({ ward: 'B', occupancy: 0.7 });
  });
});
