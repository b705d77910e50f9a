import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { kindOf, lastCompleteMonth, movedTo, periodOfSearch, presetPeriod, reportMonth } from './period';

describe('the QC period', () => {
  it('defaults to the last complete month, across a year end and in a leap February', () => {
    expect(lastCompleteMonth('2026-05-20')).toEqual({ kind: 'month', from: '2026-04-01', to: '2026-04-30' });
    expect(lastCompleteMonth('2026-01-01')).toEqual({ kind: 'month', from: '2025-12-01', to: '2025-12-31' });
    expect(lastCompleteMonth('2024-03-31')).toEqual({ kind: 'month', from: '2024-02-01', to: '2024-02-29' });
  });

  it('gives the month, quarter and year holding a day, from the month end without overflowing', () => {
    expect(presetPeriod('month', '2026-02-10')).toEqual({
      kind: 'month',
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(presetPeriod('quarter', '2026-05-31')).toEqual({
      kind: 'quarter',
      from: '2026-04-01',
      to: '2026-06-30',
    });
    expect(presetPeriod('quarter', '2026-01-01').from).toBe('2026-01-01');
    expect(presetPeriod('quarter', '2026-12-31')).toEqual({
      kind: 'quarter',
      from: '2026-10-01',
      to: '2026-12-31',
    });
    expect(presetPeriod('year', '2025-07-04')).toEqual({
      kind: 'year',
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(presetPeriod('range', '2025-07-04')).toEqual({
      kind: 'range',
      from: '2025-07-04',
      to: '2025-07-04',
    });
  });

  it('tells a whole month, quarter or year from a custom range', () => {
    expect(kindOf('2026-04-01', '2026-04-30')).toBe('month');
    expect(kindOf('2026-04-01', '2026-06-30')).toBe('quarter');
    expect(kindOf('2026-01-01', '2026-12-31')).toBe('year');
    expect(kindOf('2026-04-02', '2026-04-30')).toBe('range');
    expect(kindOf('2026-02-01', '2026-04-30')).toBe('range');
  });

  it('moves a month or quarter to the picked one and leaves a range as it is', () => {
    const month = presetPeriod('month', '2026-04-01');
    expect(movedTo(month, dayjs('2025-11-01'))).toEqual({
      kind: 'month',
      from: '2025-11-01',
      to: '2025-11-30',
    });
    const range = { kind: 'range' as const, from: '2026-01-05', to: '2026-01-09' };
    expect(movedTo(range, dayjs('2025-11-01'))).toBe(range);
  });

  it('reports the month of the period end', () => {
    expect(reportMonth(presetPeriod('quarter', '2026-05-01'))).toBe('2026-06');
  });

  it('reads the period of a search, keeping an asked custom range, refusing invalid or reversed days', () => {
    const today = '2026-05-20';
    const s = (q: string) => periodOfSearch(new URLSearchParams(q), today);
    expect(s('')).toEqual(lastCompleteMonth(today));
    expect(s('from=2026-01-01&to=2026-03-31')).toEqual({
      kind: 'quarter',
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(s('from=2026-01-01&to=2026-01-31&period=range')).toEqual({
      kind: 'range',
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(s('from=2026-02-30&to=2026-03-31')).toEqual(lastCompleteMonth(today));
    expect(s('from=2026-03-31&to=2026-03-01')).toEqual(lastCompleteMonth(today));
    expect(s('from=2026-3-1&to=2026-03-31')).toEqual(lastCompleteMonth(today));
  });
});
