import { describe, expect, it } from 'vitest';
import { casesUrl, dashboardUrl, filterOfSearch, qualityDownloads } from './quality-search';

const today = '2026-05-20';
const read = (q: string) => filterOfSearch(new URLSearchParams(q), today);

describe('the QC pages’ search', () => {
  it('reads the edition, period and wards, with defaults for what is absent or wrong', () => {
    expect(read('')).toEqual({
      edition: '2022',
      period: { kind: 'month', from: '2026-04-01', to: '2026-04-30' },
      wards: [],
    });
    const f = read('edition=2015&from=2026-01-01&to=2026-03-31&wards=TS1,TS2,TS1,bad%20code');
    expect(f.edition).toBe('2015');
    expect(f.period.kind).toBe('quarter');
    expect(f.wards).toEqual(['TS1', 'TS2']);
    expect(read('edition=2019').edition).toBe('2022');
  });

  it('builds the routes’ query strings from the filter, only with the parameters each route takes', () => {
    const f = read('edition=2015&from=2026-01-01&to=2026-03-31&wards=TS1,TS2');
    expect(qualityDownloads.indicators(f)).toBe(
      '/api/v1/quality/indicators.xlsx?edition=2015&from=2026-01-01&to=2026-03-31&wards=TS1%2CTS2',
    );
    expect(qualityDownloads.cases(f, 'AQI-ATR-09', 'missing')).toBe(
      '/api/v1/quality/indicators/AQI-ATR-09/cases.xlsx?edition=2015&from=2026-01-01&to=2026-03-31&wards=TS1%2CTS2&term=missing',
    );
    expect(qualityDownloads.report(f)).toBe(
      '/api/v1/quality/report.pdf?edition=2015&month=2026-03&wards=TS1%2CTS2',
    );
    expect(qualityDownloads.report(read(''))).toBe('/api/v1/quality/report.pdf?edition=2022&month=2026-04');
  });

  it('round-trips a filter through the drill-down and back, a custom whole month staying custom', () => {
    const f = read('from=2026-04-01&to=2026-04-30&period=range&wards=TS1');
    const url = casesUrl(f, '2015-03', 'numerator');
    expect(url).toBe(
      '/quality/indicators/2015-03/cases?edition=2022&from=2026-04-01&to=2026-04-30&wards=TS1&period=range&term=numerator',
    );
    const back = read(url.split('?')[1]!);
    expect(back).toEqual(f);
    expect(dashboardUrl(back, 'kpis')).toBe(
      '/quality?edition=2022&from=2026-04-01&to=2026-04-30&wards=TS1&period=range&tab=kpis',
    );
  });
});
