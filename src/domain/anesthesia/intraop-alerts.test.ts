import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALERTS,
  exposureBelow,
  hypothermia,
  intraopAlerts,
  type Point,
  sustained,
} from './intraop-alerts';

const MIN = 60_000;
const series = (values: number[], everyMin = 1): Point[] =>
  values.map((value, i) => ({ t: i * everyMin * MIN, value }));

describe('hypotension exposure (clinical-scores.md §18.2 vectors)', () => {
  it('H1: 1-min invasive samples, step', () => {
    const r = exposureBelow(series([70, 64, 60, 66, 55, 65]), 65, 6 * MIN, 'step');
    expect(r.minutesBelow).toBe(3);
    expect(r.aut).toBe(16);
    expect(r.twa).toBeCloseTo(2.67, 2);
  });
  it('H2: cuff readings every 5 min, step', () => {
    const r = exposureBelow(series([80, 60, 70], 5), 65, 10 * MIN, 'step');
    expect(r).toEqual({ minutesBelow: 5, aut: 25, twa: 2.5 });
  });
  it('H3: the same readings, linear interpolation', () => {
    const r = exposureBelow(series([80, 60, 70], 5), 65, 10 * MIN, 'linear');
    expect(r.minutesBelow).toBeCloseTo(3.75, 10);
    expect(r.aut).toBeCloseTo(9.375, 10);
    expect(r.twa).toBeCloseTo(0.94, 2);
  });
  it('a reading of exactly 65 is not below 65', () => {
    expect(exposureBelow(series([65, 65]), 65, 2 * MIN).minutesBelow).toBe(0);
  });
});

describe('intra-op alerts', () => {
  const now = 60 * MIN;
  it('MAP < 65 must last a minute; 64 for 59 s does not alert, for 60 s does', () => {
    const short: Point[] = [
      { t: 0, value: 70 },
      { t: MIN, value: 64 },
      { t: MIN + 59_000, value: 70 },
    ];
    expect(sustained(short, (v) => v < 65, 1, now)).toEqual([]);
    const long: Point[] = [...short.slice(0, 2), { t: 2 * MIN, value: 70 }];
    expect(sustained(long, (v) => v < 65, 1, now)).toEqual([{ start: MIN, end: 2 * MIN, extreme: 64 }]);
  });

  it('ignores implausible MAP (flush, zeroing) and reports each alert kind with its source', () => {
    const alerts = intraopAlerts(
      {
        map: [
          { t: 0, value: 10 },
          { t: MIN, value: 250 },
          { t: 2 * MIN, value: 80 },
          { t: 10 * MIN, value: 58 },
          { t: 12 * MIN, value: 70 },
        ],
        spo2: series([97, 89, 88, 86, 95]),
        hr: series([38, 36, 60, 150, 160, 90]),
        temp: [series([36.5, 35.9], 40)],
      },
      'intermittent',
      now,
    );
    expect(alerts.map((a) => [a.kind, a.start / MIN, a.end / MIN, a.extreme])).toEqual([
      ['bradycardia', 0, 2, 36],
      ['hypoxaemia', 1, 4, 86],
      ['tachycardia', 3, 5, 160],
      ['hypotension', 10, 12, 58],
    ]);
    expect(alerts.find((a) => a.kind === 'hypotension')!.source).toMatch(/Salmasi/);
  });

  it('AQI-IHT-10: < 36 ℃ for 30 min continuously, or two low readings ≥ 30 min apart', () => {
    const continuous = Array.from({ length: 31 }, (_, i) => ({ t: i * MIN, value: 35.8 }));
    expect(hypothermia(continuous.slice(0, 30), 'continuous', DEFAULT_ALERTS, 29 * MIN)).toEqual([]);
    expect(hypothermia(continuous, 'continuous', DEFAULT_ALERTS, 30 * MIN)).toHaveLength(1);
    expect(hypothermia(series([35.9, 35.8], 29), 'intermittent', DEFAULT_ALERTS, now)).toEqual([]);
    expect(hypothermia(series([35.9, 35.8], 30), 'intermittent', DEFAULT_ALERTS, now)).toEqual([
      { start: 0, end: 30 * MIN, extreme: 35.8 },
    ]);
    expect(hypothermia(series([36.0, 35.8], 30), 'intermittent', DEFAULT_ALERTS, now)).toEqual([]);
  });
});

describe('intra-op alert cut points (DEFAULT_ALERTS)', () => {
  const MIN = 60_000;
  const held = (value: number, minutes: number) => [
    { t: 0, value },
    { t: minutes * MIN, value: 95 },
  ];
  const only = (spo2: { t: number; value: number }[], hr: { t: number; value: number }[] = []) =>
    intraopAlerts({ map: [], spo2, hr, temp: [] }, 'continuous', 60 * MIN).map((a) => a.kind);

  it('SpO2 < 90 % for ≥ 2 min (Ehrenfeld 2010): 90 is not below, 2 min is enough, 1:59 is not', () => {
    expect(only(held(90, 10))).toEqual([]);
    expect(only(held(89, 2))).toEqual(['hypoxaemia']);
    expect(
      only([
        { t: 0, value: 89 },
        { t: 2 * MIN - 1000, value: 95 },
      ]),
    ).toEqual([]);
  });

  it('HR < 40 or > 140 for ≥ 1 min: 40 and 140 themselves do not alert', () => {
    expect(only([], held(40, 5))).toEqual([]);
    expect(only([], held(39, 1))).toEqual(['bradycardia']);
    expect(
      only(
        [],
        [
          { t: 0, value: 140 },
          { t: 5 * MIN, value: 80 },
        ],
      ),
    ).toEqual([]);
    expect(
      only(
        [],
        [
          { t: 0, value: 141 },
          { t: MIN, value: 80 },
        ],
      ),
    ).toEqual(['tachycardia']);
  });
});
