import { describe, expect, it } from 'vitest';
import { bedStatistics } from './bed-statistics';
import { historyOf, localTime, regularBeds, type StaySpec } from './census-stays.fixture';

const JULY = { from: '2024-07-01', to: '2024-07-31' };
const TS1_40 = { regular: [regularBeds('TS1', 40)] };
const one = (id: string, ward: string, from: string, out: string | null): StaySpec => ({
  id,
  moves: [[ward, `${ward}-${id}`, from]],
  out,
});

describe('bed statistics of a period (china-standards.md §3)', () => {
  it('all nine figures on a small ward, exactly', () => {
    const h = historyOf(
      [
        one('A1', 'TS1', '2024-06-25 10:00', '2024-07-05 10:00'),
        one('A2', 'TS1', '2024-07-05 14:00', '2024-07-05 18:00'),
        one('A3', 'TS1', '2024-07-20 09:00', null),
      ],
      { regular: [regularBeds('TS1', 2)] },
    );
    expect(bedStatistics(h, JULY)).toEqual({
      openBedDays: 62,
      occupiedBedDays: 17,
      averageOpenBeds: 2,
      occupancy: 17 / 62,
      turnover: 1,
      averageBedWorkingDays: 8.5,
      discharges: 2,
      dischargedBedDays: 11,
      averageLengthOfStay: 5.5,
      days: 31,
      skippedAdmissions: 0,
    });
  });

  it('a same-day stay is 1 occupied bed-day, 1 discharge and 1 discharged bed-day', () => {
    const s = bedStatistics(
      historyOf([one('A1', 'TS1', '2024-07-10 08:00', '2024-07-10 19:30')], TS1_40),
      JULY,
    );
    expect(s).toMatchObject({ openBedDays: 1240, occupiedBedDays: 1, discharges: 1, dischargedBedDays: 1 });
    expect(s.averageLengthOfStay).toBe(1);
    expect(s.turnover).toBe(1 / 40);
    expect(s.occupancy).toBe(1 / 1240);
  });

  it('a same-day stay moved between wards counts its bed-day and discharge to the final ward', () => {
    const h = historyOf(
      [
        {
          id: 'A1',
          moves: [
            ['TS1', 'TS1-01', '2024-07-10 08:00'],
            ['TS2', 'TS2-01', '2024-07-10 12:00'],
          ],
          out: '2024-07-10 18:00',
        },
      ],
      { regular: [regularBeds('TS1', 40), regularBeds('TS2', 40)] },
    );
    expect(bedStatistics(h, JULY, ['TS1'])).toMatchObject({ occupiedBedDays: 0, discharges: 0 });
    expect(bedStatistics(h, JULY, ['TS2'])).toMatchObject({ occupiedBedDays: 1, discharges: 1 });
  });

  it('a stay across a month boundary: its nights to each month, the discharge to the month it happens', () => {
    const h = historyOf([one('A1', 'TS1', '2024-07-30 10:00', '2024-08-02 09:00')], TS1_40);
    const july = bedStatistics(h, JULY);
    expect(july).toMatchObject({ occupiedBedDays: 2, discharges: 0, dischargedBedDays: 0 });
    expect(july.averageLengthOfStay).toBeNull();
    expect(july.turnover).toBe(0);
    const august = bedStatistics(h, { from: '2024-08-01', to: '2024-08-31' });
    expect(august).toMatchObject({
      occupiedBedDays: 1,
      discharges: 1,
      dischargedBedDays: 3,
      averageLengthOfStay: 3,
    });
  });

  it('a leap day is a census day: February 2024 has 29, February 2023 28', () => {
    const h = historyOf(
      [
        one('A1', 'TS1', '2024-02-28 10:00', '2024-03-01 09:00'),
        one('A2', 'TS1', '2024-02-29 09:00', '2024-02-29 17:00'),
      ],
      TS1_40,
    );
    const feb = bedStatistics(h, { from: '2024-02-01', to: '2024-02-29' });
    expect(feb).toMatchObject({ days: 29, openBedDays: 1160, averageOpenBeds: 40, occupiedBedDays: 3 });
    expect(feb).toMatchObject({ discharges: 1, dischargedBedDays: 1 });
    const leapDay = bedStatistics(h, { from: '2024-02-29', to: '2024-02-29' });
    expect(leapDay).toMatchObject({ days: 1, openBedDays: 40, occupiedBedDays: 2 });
    expect(bedStatistics(h, { from: '2023-02-01', to: '2023-02-28' })).toMatchObject({ openBedDays: 1120 });
    expect(bedStatistics(h, { from: '2024-03-01', to: '2024-03-31' })).toMatchObject({
      occupiedBedDays: 0,
      discharges: 1,
      dischargedBedDays: 2,
    });
  });

  it('a bed opened mid-month adds its beds from that day', () => {
    const h = historyOf([], {
      regular: [
        { ward: 'TS1', openBeds: 40, validFrom: '2024-01-01', validTo: '2024-03-14' },
        { ward: 'TS1', openBeds: 44, validFrom: '2024-03-15', validTo: null },
      ],
    });
    const s = bedStatistics(h, { from: '2024-03-01', to: '2024-03-31' });
    expect(s.openBedDays).toBe(14 * 40 + 17 * 44);
    expect(s.averageOpenBeds).toBe(1308 / 31);
    expect(s.occupancy).toBe(0);
  });

  it('an occupied temporary extra bed is occupied but not open; one in place > 6 months is both', () => {
    const stays: StaySpec[] = [
      one('A1', 'TS1', '2024-06-20 10:00', null),
      one('A2', 'TS1', '2024-06-20 10:00', null),
      { id: 'A3', moves: [['TS1', 'TS1-J1', '2024-06-20 10:00', true]], out: null },
    ];
    const temporary = bedStatistics(
      historyOf(stays, {
        regular: [regularBeds('TS1', 2)],
        extraBeds: [{ ward: 'TS1', beds: 1, from: '2024-06-20', to: null }],
      }),
      JULY,
    );
    expect(temporary).toMatchObject({ openBedDays: 62, occupiedBedDays: 93, occupancy: 1.5 });
    const lasting = bedStatistics(
      historyOf(stays, {
        regular: [regularBeds('TS1', 2)],
        extraBeds: [{ ward: 'TS1', beds: 1, from: '2024-01-01', to: null }],
      }),
      JULY,
    );
    expect(lasting).toMatchObject({ openBedDays: 93, occupiedBedDays: 93, occupancy: 1, averageOpenBeds: 3 });
  });

  it('beds closed for disinfection stay open; beds closed for major repair do not', () => {
    const closure = (reason: 'disinfection' | 'major_repair') =>
      historyOf([], {
        ...TS1_40,
        closures: [{ ward: 'TS1', beds: 10, reason, from: '2024-07-11', to: '2024-07-20' }],
      });
    expect(bedStatistics(closure('disinfection'), JULY).openBedDays).toBe(1240);
    expect(bedStatistics(closure('major_repair'), JULY).openBedDays).toBe(1140);
  });

  it('a transfer at 15:00: the nights before go to the old ward, that night on to the new one', () => {
    const h = historyOf(
      [
        {
          id: 'A1',
          moves: [
            ['TS1', 'TS1-03', '2024-07-08 10:00'],
            ['TS2', 'TS2-07', '2024-07-10 15:00'],
          ],
          out: '2024-07-12 09:00',
        },
      ],
      { regular: [regularBeds('TS1', 40), regularBeds('TS2', 40)] },
    );
    expect(bedStatistics(h, JULY, ['TS1'])).toMatchObject({ occupiedBedDays: 2, discharges: 0 });
    expect(bedStatistics(h, JULY, ['TS2'])).toMatchObject({
      occupiedBedDays: 2,
      discharges: 1,
      dischargedBedDays: 4,
    });
    expect(bedStatistics(h, JULY)).toMatchObject({ occupiedBedDays: 4, openBedDays: 2480, discharges: 1 });
    expect(bedStatistics(h, { from: '2024-07-10', to: '2024-07-10' }, ['TS2']).occupiedBedDays).toBe(1);
  });

  it('a discharge at exactly 00:00 counts the night that just ended and falls on the new date', () => {
    const h = historyOf([one('A1', 'TS1', '2024-07-09 10:00', '2024-07-11 00:00')], TS1_40);
    expect(bedStatistics(h, { from: '2024-07-10', to: '2024-07-10' })).toMatchObject({
      occupiedBedDays: 1,
      discharges: 0,
    });
    expect(bedStatistics(h, { from: '2024-07-11', to: '2024-07-11' })).toMatchObject({
      occupiedBedDays: 0,
      discharges: 1,
      dischargedBedDays: 2,
    });
  });

  it('length of stay comes from the admission dates, presence from the bed segments', () => {
    const h = historyOf(
      [{ ...one('A1', 'TS1', '2024-07-02 09:00', '2024-07-06 10:00'), admissionDate: '2024-07-01' }],
      TS1_40,
    );
    expect(bedStatistics(h, JULY)).toMatchObject({ occupiedBedDays: 4, dischargedBedDays: 5 });
  });

  it('an empty period: counts 0, ratios null — never 0 for unknown', () => {
    expect(bedStatistics(historyOf([]), JULY)).toEqual({
      openBedDays: 0,
      occupiedBedDays: 0,
      averageOpenBeds: 0,
      occupancy: null,
      turnover: null,
      averageBedWorkingDays: null,
      discharges: 0,
      dischargedBedDays: 0,
      averageLengthOfStay: null,
      days: 31,
      skippedAdmissions: 0,
    });
    const h = historyOf([one('A1', 'TS1', '2024-07-09 10:00', '2024-07-12 09:00')], TS1_40);
    expect(bedStatistics(h, JULY, [])).toMatchObject({ openBedDays: 0, occupiedBedDays: 0, occupancy: null });
    expect(() => bedStatistics(h, { from: '2024-07-02', to: '2024-07-01' })).toThrow(RangeError);
  });

  it('census days after asOf have not happened: a period in the future has no day and null averages', () => {
    const h = historyOf([one('A1', 'TS1', '2024-06-20 10:00', null)], TS1_40, localTime('2024-07-15 10:00'));
    expect(bedStatistics(h, JULY)).toMatchObject({
      days: 14,
      openBedDays: 560,
      occupiedBedDays: 14,
      occupancy: 1 / 40,
    });
    const future = bedStatistics(h, { from: '2024-08-01', to: '2024-08-31' });
    expect(future).toMatchObject({ days: 0, openBedDays: 0, occupiedBedDays: 0, averageOpenBeds: null });
    expect(future.turnover).toBeNull();
  });

  it('an admission whose history contradicts itself is left out and counted as skipped', () => {
    const h = historyOf(
      [
        one('A1', 'TS1', '2024-07-09 10:00', '2024-07-12 09:00'),
        { ...one('A2', 'TS1', '2024-07-09 10:00', '2024-07-12 09:00'), dischargeDate: '2024-07-08' },
      ],
      TS1_40,
    );
    expect(bedStatistics(h, JULY)).toMatchObject({ occupiedBedDays: 3, discharges: 1, skippedAdmissions: 1 });
  });
});
