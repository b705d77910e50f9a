import { describe, expect, it } from 'vitest';
import { agePoints, ariscat, durationPoints, hemoglobinPoints, spo2Points } from './ariscat';

type Row = [
  age: number,
  spo2: number,
  rti: boolean,
  hbGdl: number,
  incision: 'peripheral' | 'upper_abdominal' | 'intrathoracic',
  hours: number,
  emergency: boolean,
];
const input = ([age, spo2, rti, hb, incision, hours, emergency]: Row) => ({
  age,
  spo2,
  spo2OnRoomAir: true,
  respiratoryInfectionLastMonth: rti,
  hemoglobin: hb * 10, // g/dL → g/L
  incision,
  durationMinutes: Math.round(hours * 60),
  emergency,
});

describe('ARISCAT (§4 vectors P1–P7)', () => {
  it.each([
    ['P1', [50, 96, false, 12.0, 'peripheral', 1.5, false], [0, 0, 0, 0, 0, 0, 0], 0, 'low'],
    ['P2', [40, 95, true, 13.0, 'peripheral', 1.0, false], [0, 8, 17, 0, 0, 0, 0], 25, 'low'],
    ['P3', [51, 95, false, 12.0, 'upper_abdominal', 2.0, false], [3, 8, 0, 0, 15, 0, 0], 26, 'intermediate'],
    ['P4', [60, 90, true, 12.0, 'peripheral', 2.0, false], [3, 24, 17, 0, 0, 0, 0], 44, 'intermediate'],
    ['P5', [70, 93, false, 10.0, 'peripheral', 3.5, false], [3, 8, 0, 11, 0, 23, 0], 45, 'high'],
    ['P6', [80, 96, false, 10.1, 'upper_abdominal', 3.0, true], [3, 0, 0, 0, 15, 16, 8], 42, 'intermediate'],
    ['P7', [81, 89, true, 9.0, 'intrathoracic', 4.0, true], [16, 24, 17, 11, 24, 23, 8], 123, 'high'],
  ] as [string, Row, number[], number, string][])('%s', (_id, row, subs, total, band) => {
    const r = ariscat.compute(input(row));
    if (r.status !== 'complete') throw new Error('expected a score');
    expect(Object.values(r.subscores)).toEqual(subs);
    expect(r.total).toBe(total);
    expect(r.band).toBe(band);
  });

  it.each([
    [50, 0],
    [51, 3],
    [80, 3],
    [81, 16],
  ])('age %d → %d', (v, p) => expect(agePoints(v)).toBe(p));
  it.each([
    [96, 0],
    [95, 8],
    [91, 8],
    [90, 24],
  ])('SpO2 %d → %d', (v, p) => expect(spo2Points(v)).toBe(p));
  it.each([
    [100, 11],
    [101, 0],
  ])('Hb %d g/L → %d', (v, p) => expect(hemoglobinPoints(v)).toBe(p));
  it.each([
    [120, 0],
    [121, 16],
    [180, 16],
    [181, 23],
  ])('duration %d min → %d', (v, p) => expect(durationPoints(v)).toBe(p));

  it('recommends lung protection when high', () => {
    const r = ariscat.compute(input([70, 93, false, 10.0, 'peripheral', 3.5, false]));
    expect(r).toMatchObject({
      flags: [{ code: 'ariscat.high' }],
      recommendations: [{ code: 'ariscat.lung_protection' }],
    });
  });
  it('refuses an SpO2 taken on oxygen (decision D8)', () => {
    const r = ariscat.input.safeParse({
      ...input([60, 97, false, 12, 'peripheral', 1, false]),
      spo2OnRoomAir: false,
    });
    expect(r.error?.issues[0]).toMatchObject({ path: ['spo2OnRoomAir'], message: 'ariscat.spo2_on_oxygen' });
  });
});
