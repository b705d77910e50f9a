import { describe, expect, it } from 'vitest';
import { dayNumber } from '../quality/bed-days';
import {
  addCalendarMonths,
  type BedCountHistory,
  closureKeepsBedsOpen,
  extraBedOpenFrom,
  openBedsByWard,
  openBedsOn,
} from './bed-counts';

const history = (over: Partial<BedCountHistory> = {}): BedCountHistory => ({
  regular: [{ ward: 'TS1', openBeds: 40, validFrom: '2024-01-01', validTo: null }],
  closures: [],
  extraBeds: [],
  ...over,
});

/** Open beds of TS1 on each date from `from` to `to`. */
function series(h: BedCountHistory, from: string, to: string): number[] {
  return [...openBedsByWard(h, ['TS1'], dayNumber(from), dayNumber(to)).get('TS1')!];
}

describe('calendar months and the six-month rule for extra beds (§3)', () => {
  it('adds calendar months, a missing day falling on the month end', () => {
    expect(addCalendarMonths('2024-01-10', 6)).toBe('2024-07-10');
    expect(addCalendarMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addCalendarMonths('2023-08-29', 6)).toBe('2024-02-29');
    expect(addCalendarMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addCalendarMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(() => addCalendarMonths('2024-02-30', 1)).toThrow(RangeError);
  });

  it('an extra bed counts as open from the date six calendar months after its placement', () => {
    expect(extraBedOpenFrom('2024-01-10')).toBe('2024-07-10');
    expect(extraBedOpenFrom('2023-08-31')).toBe('2024-02-29');
  });

  it('disinfection and minor repair keep beds open; extension and major repair do not', () => {
    expect(closureKeepsBedsOpen('disinfection')).toBe(true);
    expect(closureKeepsBedsOpen('minor_repair')).toBe(true);
    expect(closureKeepsBedsOpen('extension')).toBe(false);
    expect(closureKeepsBedsOpen('major_repair')).toBe(false);
  });
});

describe('open beds at each midnight', () => {
  it('a bed opened mid-month counts from its first day', () => {
    const h = history({
      regular: [
        { ward: 'TS1', openBeds: 40, validFrom: '2024-01-01', validTo: null },
        { ward: 'TS1', openBeds: 44, validFrom: '2024-03-15', validTo: null },
      ],
    });
    expect(series(h, '2024-03-13', '2024-03-16')).toEqual([40, 40, 44, 44]);
    expect(openBedsOn(h, 'TS1', '2023-12-31')).toBe(0);
  });

  it('a temporary extra bed is not open; one in place more than six months is, from that date on', () => {
    const temporary = history({
      extraBeds: [{ ward: 'TS1', beds: 4, from: '2024-12-01', to: '2025-02-28' }],
    });
    expect(series(temporary, '2024-11-30', '2024-12-02')).toEqual([40, 40, 40]);
    expect(openBedsOn(temporary, 'TS1', '2025-02-28')).toBe(40);
    const lasting = history({ extraBeds: [{ ward: 'TS1', beds: 2, from: '2024-01-10', to: '2024-12-31' }] });
    expect(series(lasting, '2024-07-08', '2024-07-11')).toEqual([40, 40, 42, 42]);
    expect(openBedsOn(lasting, 'TS1', '2024-12-31')).toBe(42);
    expect(openBedsOn(lasting, 'TS1', '2025-01-01')).toBe(40);
    const stillThere = history({ extraBeds: [{ ward: 'TS1', beds: 1, from: '2024-01-10', to: null }] });
    expect(openBedsOn(stillThere, 'TS1', '2030-01-01')).toBe(41);
  });

  it('an extra bed removed before six months never counts, re-placing it starts the clock again', () => {
    const h = history({
      extraBeds: [
        { ward: 'TS1', beds: 1, from: '2024-01-10', to: '2024-07-09' },
        { ward: 'TS1', beds: 1, from: '2024-07-10', to: null },
      ],
    });
    expect(openBedsOn(h, 'TS1', '2024-07-10')).toBe(40);
    expect(openBedsOn(h, 'TS1', '2025-01-09')).toBe(40);
    expect(openBedsOn(h, 'TS1', '2025-01-10')).toBe(41);
  });

  it('a closure for disinfection keeps beds open; one for major repair removes them for its days', () => {
    const disinfection = history({
      closures: [{ ward: 'TS1', beds: 3, reason: 'disinfection', from: '2024-05-02', to: '2024-05-03' }],
    });
    expect(series(disinfection, '2024-05-01', '2024-05-04')).toEqual([40, 40, 40, 40]);
    const repair = history({
      closures: [{ ward: 'TS1', beds: 3, reason: 'major_repair', from: '2024-05-02', to: '2024-05-03' }],
    });
    expect(series(repair, '2024-05-01', '2024-05-04')).toEqual([40, 37, 37, 40]);
    const extension = history({
      closures: [{ ward: 'TS1', beds: 40, reason: 'extension', from: '2024-05-04', to: null }],
    });
    expect(series(extension, '2024-05-03', '2024-05-05')).toEqual([40, 0, 0]);
  });

  it('refuses more beds closed than open, and counts that are not non-negative integers', () => {
    const h = history({
      closures: [{ ward: 'TS1', beds: 41, reason: 'major_repair', from: '2024-05-02', to: '2024-05-02' }],
    });
    expect(() => series(h, '2024-05-01', '2024-05-03')).toThrow(/TS1 2024-05-02/);
    expect(() =>
      series(
        history({ regular: [{ ward: 'TS1', openBeds: 2.5, validFrom: null, validTo: null }] }),
        '2024-05-01',
        '2024-05-01',
      ),
    ).toThrow(RangeError);
    expect(() =>
      series(
        history({ extraBeds: [{ ward: 'TS1', beds: -1, from: '2024-01-01', to: null }] }),
        '2024-05-01',
        '2024-05-01',
      ),
    ).toThrow(RangeError);
  });

  it('a later configuration supersedes an earlier one that was never closed (as bed-days.ts)', () => {
    const h = history({
      regular: [
        { ward: 'TS1', openBeds: 30, validFrom: '2024-06-01', validTo: null },
        { ward: 'TS1', openBeds: 40, validFrom: '2024-01-01', validTo: null },
      ],
    });
    expect(series(h, '2024-05-31', '2024-06-01')).toEqual([40, 30]);
  });

  it('wards without a bed count have 0 open beds; an empty range gives empty series', () => {
    const byWard = openBedsByWard(
      history(),
      ['TS1', 'TS9'],
      dayNumber('2024-05-01'),
      dayNumber('2024-05-02'),
    );
    expect([...byWard.get('TS9')!]).toEqual([0, 0]);
    const none = openBedsByWard(history(), ['TS1'], dayNumber('2024-05-02'), dayNumber('2024-05-01'));
    expect(none.get('TS1')!.length).toBe(0);
  });
});
