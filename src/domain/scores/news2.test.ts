import { describe, expect, it } from 'vitest';
import {
  news2,
  pulsePoints,
  respirationPoints,
  spo2Scale1Points,
  spo2Scale2Points,
  systolicPoints,
  temperaturePoints,
} from './news2';

type Row = [
  rr: number,
  spo2: number,
  scale: 1 | 2,
  o2: boolean,
  sbp: number,
  pulse: number,
  acvpu: 'A' | 'C' | 'V' | 'P' | 'U',
  temp: number,
];
const input = ([rr, spo2, scale, o2, sbp, pulse, acvpu, temp]: Row) => ({
  respirationRate: rr,
  spo2,
  spo2Scale: scale,
  onOxygen: o2,
  systolicBp: sbp,
  pulse,
  consciousness: acvpu,
  temperature: temp,
});

// clinical-scores.md §1.4, vectors N1–N13: sub-scores in chart order [RR, SpO2, air/O2, SBP, pulse, ACVPU, temp].
const VECTORS: [id: string, row: Row, subs: number[], total: number, band: string, frequency: string][] = [
  ['N1', [16, 98, 1, false, 120, 70, 'A', 37.0], [0, 0, 0, 0, 0, 0, 0], 0, 'low', '12h'],
  ['N2', [21, 93, 1, false, 120, 95, 'A', 37.5], [2, 2, 0, 0, 1, 0, 0], 5, 'medium', '1h'],
  ['N3', [25, 97, 1, false, 125, 80, 'A', 37.0], [3, 0, 0, 0, 0, 0, 0], 3, 'low_medium', '1h'],
  ['N4', [18, 97, 1, false, 125, 80, 'C', 37.0], [0, 0, 0, 0, 0, 3, 0], 3, 'low_medium', '1h'],
  ['N5', [22, 95, 2, true, 105, 88, 'A', 36.8], [2, 2, 2, 1, 0, 0, 0], 7, 'high', 'continuous'],
  ['N6', [22, 95, 1, true, 105, 88, 'A', 36.8], [2, 1, 2, 1, 0, 0, 0], 6, 'medium', '1h'],
  ['N7', [18, 90, 2, false, 130, 80, 'A', 37.0], [0, 0, 0, 0, 0, 0, 0], 0, 'low', '12h'],
  ['N8', [18, 90, 1, false, 130, 80, 'A', 37.0], [0, 3, 0, 0, 0, 0, 0], 3, 'low_medium', '1h'],
  ['N9', [18, 97, 2, true, 120, 80, 'A', 37.0], [0, 3, 2, 0, 0, 0, 0], 5, 'medium', '1h'],
  ['N10', [20, 96, 1, false, 111, 90, 'A', 38.0], [0, 0, 0, 0, 0, 0, 0], 0, 'low', '12h'],
  ['N11', [21, 95, 1, false, 110, 91, 'A', 38.1], [2, 1, 0, 1, 1, 0, 1], 6, 'medium', '1h'],
  ['N12', [24, 92, 1, true, 100, 111, 'A', 39.1], [2, 2, 2, 2, 2, 0, 2], 12, 'high', 'continuous'],
  ['N13', [30, 85, 1, true, 80, 140, 'U', 34.5], [3, 3, 2, 3, 3, 3, 3], 20, 'high', 'continuous'],
];

describe('NEWS2 reference vectors', () => {
  it.each(VECTORS)('%s', (_id, row, subs, total, band, frequency) => {
    const r = news2.compute(input(row));
    if (r.status !== 'complete') throw new Error('expected a score');
    expect(Object.values(r.subscores)).toEqual(subs);
    expect(r.total).toBe(total);
    expect(r.band).toBe(band);
    expect(r.details?.monitoringFrequency).toBe(frequency);
  });

  it('a total of 1–4 without a red score means 4–6-hourly observations', () => {
    const r = news2.compute(input([21, 97, 1, false, 120, 80, 'A', 37.0]));
    expect(r).toMatchObject({
      status: 'complete',
      total: 2,
      band: 'low',
      details: { monitoringFrequency: '4-6h' },
    });
  });

  it('raises the red-score alert of its own even at a low total, and sepsis at ≥ 5', () => {
    const n3 = news2.compute(input(VECTORS[2]![1]));
    expect(n3.status === 'complete' && n3.flags.map((f) => f.code)).toEqual(['news2.red_score']);
    const n2 = news2.compute(input(VECTORS[1]![1]));
    expect(n2.status === 'complete' && n2.flags.map((f) => f.code)).toEqual([
      'news2.urgent',
      'news2.consider_sepsis',
    ]);
  });
});

describe('NEWS2 single-parameter cut points (§1.4)', () => {
  it.each([
    [8, 3],
    [9, 1],
    [11, 1],
    [12, 0],
    [20, 0],
    [21, 2],
    [24, 2],
    [25, 3],
  ])('RR %d → %d', (v, p) => expect(respirationPoints(v)).toBe(p));
  it.each([
    [91, 3],
    [92, 2],
    [93, 2],
    [94, 1],
    [95, 1],
    [96, 0],
  ])('SpO2 scale 1 %d → %d', (v, p) => expect(spo2Scale1Points(v)).toBe(p));
  it.each([
    [83, 3],
    [84, 2],
    [85, 2],
    [86, 1],
    [87, 1],
    [88, 0],
    [92, 0],
    [93, 0],
    [97, 0],
    [100, 0],
  ])('SpO2 scale 2 on air %d → %d', (v, p) => expect(spo2Scale2Points(v, false)).toBe(p));
  it.each([
    [83, 3],
    [84, 2],
    [85, 2],
    [86, 1],
    [87, 1],
    [88, 0],
    [92, 0],
    [93, 1],
    [94, 1],
    [95, 2],
    [96, 2],
    [97, 3],
    [100, 3],
  ])('SpO2 scale 2 on oxygen %d → %d', (v, p) => expect(spo2Scale2Points(v, true)).toBe(p));
  it.each([
    [90, 3],
    [91, 2],
    [100, 2],
    [101, 1],
    [110, 1],
    [111, 0],
    [219, 0],
    [220, 3],
  ])('SBP %d → %d', (v, p) => expect(systolicPoints(v)).toBe(p));
  it.each([
    [40, 3],
    [41, 1],
    [50, 1],
    [51, 0],
    [90, 0],
    [91, 1],
    [110, 1],
    [111, 2],
    [130, 2],
    [131, 3],
  ])('pulse %d → %d', (v, p) => expect(pulsePoints(v)).toBe(p));
  it.each([
    [35.0, 3],
    [35.1, 1],
    [36.0, 1],
    [36.1, 0],
    [38.0, 0],
    [38.1, 1],
    [39.0, 1],
    [39.1, 2],
  ])('temperature %d → %d', (v, p) => expect(temperaturePoints(v)).toBe(p));
});

describe('NEWS2 input handling', () => {
  it('names every missing item and never scores it as normal', () => {
    expect(news2.compute({ respirationRate: 16, spo2: 98 })).toEqual({
      status: 'incomplete',
      missing: ['onOxygen', 'systolicBp', 'pulse', 'consciousness', 'temperature'],
    });
  });

  it('rounds off-resolution values half-up with decimal arithmetic (decision D1)', () => {
    const base = input(VECTORS[0]![1]);
    const at = (over: object) => news2.compute({ ...base, ...over });
    expect(at({ temperature: 38.05 })).toMatchObject({ subscores: { temperature: 1 } }); // → 38.1
    expect(at({ temperature: 38.04 })).toMatchObject({ subscores: { temperature: 0 } }); // → 38.0
    expect(at({ spo2: 95.5 })).toMatchObject({ subscores: { spo2: 0 } }); // → 96
    expect(at({ spo2: 95.4 })).toMatchObject({ subscores: { spo2: 1 } }); // → 95
  });

  it('defaults to Scale 1 when no Scale 2 order is given', () => {
    const { spo2Scale: _s, ...noScale } = input([18, 90, 2, false, 130, 80, 'A', 37.0]);
    expect(news2.compute(noScale)).toMatchObject({ total: 3, details: { scale: 1 } });
  });

  it.each([
    [{ spo2: 101 }, 'spo2'],
    [{ respirationRate: -1 }, 'respirationRate'],
    [{ temperature: 98.6 }, 'temperature'],
    [{ consciousness: 'X' }, 'consciousness'],
    [{ onOxygen: 'yes' }, 'onOxygen'],
    [{ spo2Scale: 3 }, 'spo2Scale'],
  ])('rejects out-of-range or wrongly typed %o', (bad, path) => {
    const r = news2.input.safeParse({ ...input(VECTORS[0]![1]), ...bad });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual([path]);
  });
});
