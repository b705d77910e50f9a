import { describe, expect, it } from 'vitest';
import { kdigo } from './kdigo';

const t0 = Date.parse('2026-11-20T08:00:00+08:00');
const at = (hours: number) => new Date(t0 + hours * 3_600_000).toISOString();
const scr = (baseline: number, ...points: [hours: number, value: number][]) => ({
  baselineCreatinine: { value: baseline, at: at(0) },
  creatinine: points.map(([h, value]) => ({ value, at: at(h) })),
  rrtStarted: false,
});
const uo = (mlPerHour: number, hours: number, weightKg = 70) => ({
  weightKg,
  urineOutput: Array.from({ length: hours }, (_, h) => ({ hourStart: at(h), ml: mlPerHour })),
  rrtStarted: false,
});

describe('KDIGO AKI (§14 vectors K1–K17)', () => {
  it.each([
    ['K1 rise 26 < 26.5', scr(80, [24, 106]), 0],
    ['K2 rise 27', scr(80, [24, 107]), 1],
    ['K3 ratio 1.50 on day 5', scr(80, [120, 120]), 1],
    ['K4 ratio 1.99', scr(80, [120, 159]), 1],
    ['K5 ratio 2.00', scr(80, [120, 160]), 2],
    ['K6 ratio 2.99', scr(80, [120, 239]), 2],
    ['K7 ratio 3.00', scr(80, [120, 240]), 3],
    ['K8 acute rise to ≥ 353.6', scr(300, [40, 354]), 3],
    ['K9 slow rise to 354 over 10 days', scr(300, [72, 315], [144, 330], [216, 342], [240, 354]), 0],
    ['K10 0.43 mL/kg/h for 6 h', uo(30, 6), 1],
    ['K11 exactly 0.50 for 8 h', uo(35, 8), 0],
    ['K12 0.43 for 12 h', uo(30, 12), 2],
    ['K13 0.286 for 24 h', uo(20, 24), 3],
    ['K14 exactly 0.30 for 24 h', uo(21, 24), 2],
    ['K15 anuria 12 h', uo(0, 12), 3],
  ] as [string, object, number][])('%s → stage %d', (_n, i, stage) => {
    expect(kdigo.compute(i)).toMatchObject({ status: 'complete', total: stage });
  });
  it('K16 the higher criterion wins', () => {
    const r = kdigo.compute({ ...scr(80, [24, 107]), ...uo(30, 12) });
    expect(r).toMatchObject({ total: 2, subscores: { creatinine: 1, urineOutput: 2 } });
  });
  it('K17 dialysis started → stage 3', () =>
    expect(kdigo.compute({ ...scr(80, [24, 90]), rrtStarted: true })).toMatchObject({ total: 3 }));
  it('a gap in the hourly record breaks a run', () => {
    const hours = [0, 1, 2, 4, 5, 6].map((h) => ({ hourStart: at(h), ml: 30 }));
    expect(kdigo.compute({ weightKg: 70, urineOutput: hours, rrtStarted: false })).toMatchObject({
      total: 0,
    });
  });
  it('without creatinine or urine data it is incomplete, never "no AKI"', () => {
    expect(kdigo.compute({ rrtStarted: false })).toEqual({
      status: 'incomplete',
      missing: ['baselineCreatinine', 'creatinine', 'weightKg', 'urineOutput'],
    });
    expect(
      kdigo.compute(scr(80, [24, 90]).creatinine ? { ...scr(80, [24, 90]), rrtStarted: undefined } : {}),
    ).toEqual({
      status: 'incomplete',
      missing: ['rrtStarted'],
    });
  });
});
