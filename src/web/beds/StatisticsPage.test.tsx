// The bed statistics page's pieces: what its search holds, the before/after mean spread, and the figures and
// the monthly table as rendered from a response (the charts draw in the browser only).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BedFigures, BedMonthlyResponse } from '../../api/beds-statistics';
import { I18nProvider } from '../shared/i18n';
import { StatisticsFigures } from './StatisticsFigures';
import { StatisticsMonthlyTable } from './StatisticsMonthlyTable';
import { filterOfSearch, periodOfMonths, searchOfFilter, spreadBeforeAfter } from './statistics.resource';

const figures = (open: number, occupied: number, discharges: number): BedFigures & { days: number } => ({
  openBedDays: open,
  occupiedBedDays: occupied,
  averageOpenBeds: open / 31,
  occupancy: open === 0 ? null : occupied / open,
  turnover: open === 0 ? null : discharges / (open / 31),
  averageBedWorkingDays: open === 0 ? null : occupied / (open / 31),
  discharges,
  dischargedBedDays: discharges * 5,
  averageLengthOfStay: discharges === 0 ? null : 5,
  days: 31,
});
const balance = (spread: number | null) => ({
  wardsCompared: spread === null ? 1 : 2,
  spread,
  standardDeviation: spread === null ? null : spread / 2,
  highest: null,
  lowest: null,
});
const month = (m: string, spread: number | null) => ({
  month: m,
  from: `${m}-01`,
  to: `${m}-31`,
  wards: [
    { ward: 'W1', ...figures(310, 300, 40) },
    { ward: 'W2', ...figures(0, 0, 0) },
  ],
  department: figures(310, 300, 40),
  balance: balance(spread),
});
const monthly: BedMonthlyResponse = {
  from: '2026-01',
  to: '2026-03',
  wards: [
    { code: 'W1', name: '胸外一病区', nameEn: 'Thoracic 1' },
    { code: 'W2', name: '胸外二病区', nameEn: null },
  ],
  months: [month('2026-01', 0.3), month('2026-02', 0.2), month('2026-03', 0.05)],
  total: {
    wards: [
      { ward: 'W1', ...figures(930, 900, 120) },
      { ward: 'W2', ...figures(0, 0, 0) },
    ],
    department: figures(930, 900, 120),
    balance: balance(null),
  },
  skippedAdmissions: 0,
};

describe('the bed statistics page', () => {
  it('keeps months, wards, the pool month and the census date in its search, with sound defaults', () => {
    const d = filterOfSearch(new URLSearchParams(''), '2026-11-22');
    expect(d).toEqual({ from: '2025-11', to: '2026-10', wards: [], pool: null, date: '2026-11-21' });
    const asked = filterOfSearch(
      new URLSearchParams('from=2026-01&to=2026-03&wards=W1,bad code,W2&pool=2026-02&date=2026-02-30'),
      '2026-11-22',
    );
    expect(asked).toMatchObject({ from: '2026-01', to: '2026-03', wards: ['W1', 'W2'], pool: '2026-02' });
    expect(asked.date).toBe('2026-11-21');
    expect(filterOfSearch(new URLSearchParams('from=2026-04&to=2026-03'), '2026-11-22').from).toBe('2025-11');
    expect(searchOfFilter(asked)).toEqual({
      from: '2026-01',
      to: '2026-03',
      wards: 'W1,W2',
      pool: '2026-02',
      date: '2026-11-21',
    });
    expect(periodOfMonths({ from: '2024-02', to: '2024-02' })).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
  });

  it('compares the mean spread before the pool started with the months from then on', () => {
    expect(spreadBeforeAfter(monthly.months, null)).toBeNull();
    const c = spreadBeforeAfter(monthly.months, '2026-02')!;
    expect(c.before).toBeCloseTo(0.3, 12);
    expect(c.after).toBeCloseTo(0.125, 12);
    expect([c.nBefore, c.nAfter]).toEqual([1, 2]);
    expect(spreadBeforeAfter(monthly.months, '2025-01')).toMatchObject({ before: null, nAfter: 3 });
  });

  it('renders the nine figures and the monthly table in Chinese, a missing figure as a dash', () => {
    const html = renderToStaticMarkup(
      <I18nProvider locale="zh-CN">
        <StatisticsFigures figures={figures(0, 0, 0)} loading={false} error={null} />
        <StatisticsMonthlyTable monthly={monthly} loading={false} />
      </I18nProvider>,
    );
    expect(html).toContain('实际开放总床日数');
    expect(html).toContain('出院者平均住院日');
    expect(html).toContain('分母为 0，无法计算');
    expect(html).toContain('全科合计');
    expect(html).toContain('期间合计');
    expect(html).toContain('96.77%');
    expect(html).toContain('极差 30.00%');
  });
});
