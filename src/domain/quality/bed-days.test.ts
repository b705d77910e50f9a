import { describe, expect, it } from 'vitest';
import {
  addDays,
  type BedStay,
  bedStatistics,
  dateOfDay,
  dayNumber,
  type OpenBedPeriod,
  periodDays,
} from './bed-days';

const JULY = { from: '2024-07-01', to: '2024-07-31' };
const stay = (admissionDate: string, dischargeDate: string | null, ward = 'TS1'): BedStay => ({
  admissionDate,
  dischargeDate,
  ward,
});
const beds = (
  ward: string,
  openBeds: number,
  validFrom: string | null,
  validTo: string | null,
): OpenBedPeriod => ({
  ward,
  openBeds,
  validFrom,
  validTo,
});
const TS1_40 = [beds('TS1', 40, null, null)];

describe('calendar dates', () => {
  it('day numbers are exact, across leap days, year ends and DST dates elsewhere in the world', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayNumber('2023-03-01') - dayNumber('2023-02-28')).toBe(1);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-30', 2)).toBe('2024-04-01');
    expect(addDays('2024-10-26', 28)).toBe('2024-11-23');
    expect(dateOfDay(dayNumber('2000-02-29'))).toBe('2000-02-29');
  });

  it('rejects anything that is not a real YYYY-MM-DD date', () => {
    for (const bad of [
      '2023-02-29',
      '1900-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '2024-7-1',
      '24-07-01',
    ]) {
      expect(() => dayNumber(bad)).toThrow(RangeError);
    }
    expect(() => dayNumber('0099-01-01')).toThrow(RangeError);
    expect(() => dayNumber('2024-07-01T00:00')).toThrow(RangeError);
  });

  it('a period may be one day; it may not end before it starts', () => {
    expect(periodDays({ from: '2024-07-01', to: '2024-07-01' })).toEqual({ first: 19905, last: 19905 });
    expect(() => periodDays({ from: '2024-07-02', to: '2024-07-01' })).toThrow(RangeError);
  });
});

describe('occupied bed-days: midnight census (§3)', () => {
  it('a same-day stay inside the period is 1 bed-day, 1 discharge, LOS 1', () => {
    const s = bedStatistics(JULY, [stay('2024-07-10', '2024-07-10')], TS1_40);
    expect(s.occupiedBedDays).toBe(1);
    expect(s.discharges).toBe(1);
    expect(s.sumLosDays).toBe(1);
    expect(s.averageLengthOfStay).toBe(1);
  });

  it('a same-day stay outside the period counts nothing', () => {
    const s = bedStatistics(
      JULY,
      [stay('2024-06-30', '2024-06-30'), stay('2024-08-01', '2024-08-01')],
      TS1_40,
    );
    expect(s.occupiedBedDays).toBe(0);
    expect(s.discharges).toBe(0);
  });

  it('an overnight stay counts the midnights, not the calendar days: 10th → 11th = 1 bed-day, LOS 1', () => {
    const s = bedStatistics(JULY, [stay('2024-07-10', '2024-07-11')], TS1_40);
    expect(s.occupiedBedDays).toBe(1);
    expect(s.sumLosDays).toBe(1);
  });

  it('a stay across the period start counts only the midnights inside; its LOS is the whole stay', () => {
    // Midnights ending 07-01 and 07-02 are inside; 06-28 … 06-30 belong to June.
    const s = bedStatistics(JULY, [stay('2024-06-28', '2024-07-03')], TS1_40);
    expect(s.occupiedBedDays).toBe(2);
    expect(s.discharges).toBe(1);
    expect(s.sumLosDays).toBe(5);
  });

  it('discharged on the first day of the period: no July bed-day, but a July discharge', () => {
    const s = bedStatistics(JULY, [stay('2024-06-25', '2024-07-01')], TS1_40);
    expect(s.occupiedBedDays).toBe(0);
    expect(s.discharges).toBe(1);
    expect(s.sumLosDays).toBe(6);
  });

  it('a stay across the period end counts the midnights inside and is no discharge of the period', () => {
    // Midnights ending 07-30 and 07-31.
    const s = bedStatistics(JULY, [stay('2024-07-30', '2024-08-05')], TS1_40);
    expect(s.occupiedBedDays).toBe(2);
    expect(s.discharges).toBe(0);
    expect(s.averageLengthOfStay).toBeNull();
  });

  it('admitted on the last day and still in hospital: 1 bed-day; admitted after the period: none', () => {
    const s = bedStatistics(JULY, [stay('2024-07-31', null), stay('2024-08-01', null)], TS1_40);
    expect(s.occupiedBedDays).toBe(1);
  });

  it('a stay spanning the whole period (not discharged) counts every day', () => {
    const s = bedStatistics(JULY, [stay('2024-05-01', null)], TS1_40);
    expect(s.occupiedBedDays).toBe(31);
    expect(s.discharges).toBe(0);
  });

  it('a discharge before the admission is left out of every figure and counted as invalid', () => {
    const s = bedStatistics(
      JULY,
      [stay('2024-07-10', '2024-07-09'), stay('2024-07-10', '2024-07-12')],
      TS1_40,
    );
    expect(s.invalidStays).toBe(1);
    expect(s.occupiedBedDays).toBe(2);
    expect(s.discharges).toBe(1);
  });
});

describe('open bed-days (§3)', () => {
  it('TS2 has 12 beds until 2024-06-30 and 14 from 2024-07-01', () => {
    const period = { from: '2024-06-01', to: '2024-07-31' };
    const closed = [beds('TS2', 12, null, '2024-06-30'), beds('TS2', 14, '2024-07-01', null)];
    const s = bedStatistics(period, [], closed);
    expect(s.openBedDays).toBe(30 * 12 + 31 * 14);
    expect(s.days).toBe(61);
    expect(s.averageOpenBeds).toBeCloseTo(794 / 61, 12);
    // The same switch entered without closing the first period: the later validFrom applies from 07-01.
    const unclosed = [beds('TS2', 14, '2024-07-01', null), beds('TS2', 12, null, null)];
    expect(bedStatistics(period, [], unclosed).openBedDays).toBe(794);
  });

  it('a temporary configuration inside a longer one applies only on its own days', () => {
    const open = [beds('TS1', 40, '2024-01-01', null), beds('TS1', 44, '2024-07-11', '2024-07-20')];
    expect(bedStatistics(JULY, [], open).openBedDays).toBe(21 * 40 + 10 * 44);
  });

  it('validity periods are inclusive at both ends; a reversed period covers no day', () => {
    expect(bedStatistics(JULY, [], [beds('TS1', 10, '2024-07-31', '2024-07-31')]).openBedDays).toBe(10);
    expect(bedStatistics(JULY, [], [beds('TS1', 10, '2024-07-20', '2024-07-10')]).openBedDays).toBe(0);
    expect(bedStatistics(JULY, [], [beds('TS1', 10, null, '2024-06-30')]).openBedDays).toBe(0);
  });

  it('wards add up; no open beds gives null rates', () => {
    const s = bedStatistics(
      JULY,
      [stay('2024-07-01', '2024-07-03')],
      [beds('TS1', 40, null, null), beds('TS2', 12, null, null)],
    );
    expect(s.openBedDays).toBe(31 * 52);
    const none = bedStatistics(JULY, [stay('2024-07-01', '2024-07-03')], []);
    expect(none.openBedDays).toBe(0);
    expect(none.occupancy).toBeNull();
    expect(none.turnover).toBeNull();
    expect(none.averageBedWorkingDays).toBeNull();
  });

  it('rejects a negative bed count', () => {
    expect(() => bedStatistics(JULY, [], [beds('TS1', -1, null, null)])).toThrow(RangeError);
  });
});

describe('ward filter and derived rates', () => {
  const stays = [
    stay('2024-07-01', '2024-07-11', 'TS1'),
    stay('2024-07-05', '2024-07-06', 'TS2'),
    stay('2024-07-20', null, 'ICU'),
  ];
  const open = [beds('TS1', 40, null, null), beds('TS2', 12, null, null), beds('ICU', 8, null, null)];

  it('counts only the selected wards, for stays and for beds', () => {
    const s = bedStatistics(JULY, stays, open, new Set(['TS1', 'TS2']));
    expect(s.occupiedBedDays).toBe(10 + 1);
    expect(s.openBedDays).toBe(31 * 52);
    expect(s.discharges).toBe(2);
    expect(s.sumLosDays).toBe(10 + 1);
    const all = bedStatistics(JULY, stays, open);
    expect(all.occupiedBedDays).toBe(10 + 1 + 12);
    expect(all.openBedDays).toBe(31 * 60);
    expect(bedStatistics(JULY, stays, open, new Set()).openBedDays).toBe(0);
  });

  it('derives occupancy, turnover, average bed working days and ALOS by the §3 formulas', () => {
    const s = bedStatistics(JULY, stays, open, new Set(['TS1']));
    expect(s.occupancy).toBeCloseTo(10 / (31 * 40), 15);
    expect(s.averageOpenBeds).toBe(40);
    expect(s.turnover).toBe(1 / 40);
    expect(s.averageBedWorkingDays).toBe(10 / 40);
    expect(s.averageLengthOfStay).toBe(10);
  });
});

describe('against a day-by-day count', () => {
  // Deterministic LCG so the test is reproducible.
  let seed = 12345;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const base = dayNumber('2024-01-01');
  const stays: BedStay[] = Array.from({ length: 400 }, () => {
    const a = base + rnd(200);
    const los = rnd(8) === 0 ? null : rnd(30);
    return stay(dateOfDay(a), los === null ? null : dateOfDay(a + los), rnd(3) === 0 ? 'TS2' : 'TS1');
  });

  it('matches a naive census of every midnight', () => {
    const period = { from: '2024-03-01', to: '2024-05-31' };
    const { first, last } = periodDays(period);
    let expected = 0;
    let discharges = 0;
    for (const s of stays.filter((x) => x.ward === 'TS1')) {
      const a = dayNumber(s.admissionDate);
      const b = s.dischargeDate === null ? null : dayNumber(s.dischargeDate);
      for (let d = first; d <= last; d++) {
        const present = a <= d && (b === null || d < b);
        const sameDay = b === a && d === a;
        if (present || sameDay) expected++;
      }
      if (b !== null && b >= first && b <= last) discharges++;
    }
    const s = bedStatistics(period, stays, TS1_40, new Set(['TS1']));
    expect(s.occupiedBedDays).toBe(expected);
    expect(s.discharges).toBe(discharges);
  });
});

describe('performance', () => {
  it('three years of 100,000 stays in a few milliseconds', () => {
    const base = dayNumber('2022-01-01');
    const wards = ['TS1', 'TS2', 'ICU', 'DS'];
    const stays: BedStay[] = Array.from({ length: 100_000 }, (_, i) => {
      const a = base + ((i * 7919) % 1096);
      const los = (i * 31) % 21;
      return stay(dateOfDay(a), i % 50 === 0 ? null : dateOfDay(a + los), wards[i % 4]!);
    });
    const open = [
      beds('TS1', 40, null, '2023-06-30'),
      beds('TS1', 44, '2023-07-01', null),
      beds('TS2', 12, null, null),
    ];
    const period = { from: '2022-01-01', to: '2024-12-31' };
    bedStatistics(period, stays, open); // warm-up
    const t0 = performance.now();
    const s = bedStatistics(period, stays, open, new Set(['TS1', 'TS2']));
    const ms = performance.now() - t0;
    expect(s.discharges).toBeGreaterThan(0);
    // A few ms on a developer machine; the bound leaves room for a loaded CI runner.
    expect(ms).toBeLessThan(100);
  });
});
