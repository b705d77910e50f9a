import { describe, expect, it } from 'vitest';
import { creatinineCriterion, kdigo, urineOutputStage } from './kdigo';

const H = 3_600_000;
const t0 = Date.parse('2026-11-20T08:00:00+08:00');
const at = (hours: number) => new Date(t0 + hours * H).toISOString();
const atMs = (ms: number) => new Date(t0 + ms).toISOString();
const hourly = (mlPerHour: number, hours: number) =>
  Array.from({ length: hours }, (_, h) => ({ hourStart: at(h), ml: mlPerHour }));
// Each criterion evaluated and normal, so that a vector changes one criterion only.
const normalUo = { weightKg: 70, urineOutput: hourly(60, 24) };
const normalScr = { baselineCreatinine: { value: 80, at: at(0) }, creatinine: [{ value: 82, at: at(24) }] };
const scr = (baseline: number, ...points: [hours: number, value: number][]) => ({
  baselineCreatinine: { value: baseline, at: at(0) },
  creatinine: points.map(([h, value]) => ({ value, at: at(h) })),
  ...normalUo,
  rrtStarted: false,
});
const uo = (mlPerHour: number, hours: number, weightKg = 70) => ({
  ...normalScr,
  weightKg,
  urineOutput: hourly(mlPerHour, hours),
  rrtStarted: false,
});
const stageOf = (i: object) => {
  const r = kdigo.compute(i);
  if (r.status !== 'complete') throw new Error(`expected a stage, got ${JSON.stringify(r)}`);
  return r.total;
};

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
    expect(kdigo.compute(i)).toMatchObject({ status: 'complete', total: stage, details: { missing: null } });
  });
  it('K16 the higher criterion wins', () => {
    const i = { ...scr(80, [24, 107]), urineOutput: hourly(30, 12) };
    expect(kdigo.compute(i)).toMatchObject({
      total: 2,
      subscores: { creatinine: 1, urineOutput: 2, rrt: 0 },
    });
  });
  it('K17 dialysis started → stage 3, on its own with no other data', () => {
    expect(kdigo.compute({ ...scr(80, [24, 90]), rrtStarted: true })).toMatchObject({ total: 3 });
    expect(kdigo.compute({ rrtStarted: true })).toMatchObject({
      status: 'complete',
      total: 3,
      band: 'stage3',
      subscores: { rrt: 3 },
      details: { creatinineEvaluated: false, urineOutputEvaluated: false, missing: null },
    });
  });
});

describe('KDIGO creatinine: exact arithmetic and the measured windows', () => {
  it('a rise of exactly 26.5 µmol/L (62.1 → 88.6) is stage 1, in decimals not binary floating point', () => {
    expect(88.6 - 62.1).toBeLessThan(26.5); // the trap
    expect(stageOf(scr(62.1, [24, 88.6]))).toBe(1);
    expect(stageOf(scr(62.1, [24, 88.5]))).toBe(0);
  });
  it('the 48-h rule at exactly 48 h counts, one second later it does not', () => {
    expect(stageOf(scr(62.1, [48, 88.6]))).toBe(1);
    const later = scr(62.1, [0, 62.1]);
    later.creatinine = [{ value: 88.6, at: atMs(48 * H + 1000) }];
    expect(stageOf(later)).toBe(0); // ratio 1.43, and the rise is outside 48 h
  });
  it('the 48-h rise is against any earlier measured value, not only the baseline', () => {
    expect(stageOf(scr(80, [60, 70], [100, 97]))).toBe(1); // 70 → 97 in 40 h; 97 / 80 = 1.21
    expect(stageOf(scr(80, [60, 70], [108.5, 97]))).toBe(0); // 48.5 h apart
  });
  it('ratios at the band edges compare exactly (80.7 × 1.5 = 121.05, × 3 = 242.1)', () => {
    expect(stageOf(scr(80.7, [120, 121.05]))).toBe(1);
    expect(stageOf(scr(80.7, [120, 121.04]))).toBe(0);
    expect(stageOf(scr(80.7, [120, 161.4]))).toBe(2);
    expect(stageOf(scr(80.7, [120, 161.39]))).toBe(1);
    expect(stageOf(scr(80.7, [120, 242.1]))).toBe(3);
    expect(stageOf(scr(80.7, [120, 242.09]))).toBe(2);
  });
  it('SCr ≥ 353.6 stages 3 only with AKI: 353.6 after an acute rise is 3, 353.5 is 1', () => {
    expect(stageOf(scr(300, [24, 353.6]))).toBe(3);
    expect(stageOf(scr(300, [24, 353.5]))).toBe(1);
  });
  it('the 1.5 × rule applies to a value at exactly 7 days; just after, "no AKI" is not concluded', () => {
    expect(stageOf(scr(80, [7 * 24, 120]))).toBe(1);
    const after = scr(80);
    after.creatinine = [{ value: 120, at: atMs(7 * 24 * H + 1000) }];
    // Whether a rise first seen after 7 days was acute is not known: a baseline within 7 days is needed.
    expect(kdigo.compute(after)).toEqual({ status: 'incomplete', missing: ['baselineCreatinine'] });
    // Below 1.5 × the baseline, a later value is not AKI whatever the window.
    expect(stageOf(scr(80, [8 * 24, 119]))).toBe(0);
  });
  it('a value from 8 days later leaves a higher ratio stage open over a 48-h stage 1', () => {
    const r = kdigo.compute(scr(80, [7 * 24 + 1, 200], [8 * 24, 240]));
    expect(r).toMatchObject({ status: 'complete', total: 1, details: { missing: 'baselineCreatinine' } });
  });
  it('a value before the baseline is never compared with it by ratio', () => {
    expect(stageOf(scr(80, [-24, 130], [24, 85]))).toBe(0); // 130 / 80 = 1.63 would be stage 1
    // …and with no value after the baseline the creatinine criterion has nothing to judge.
    expect(kdigo.compute(scr(80, [-24, 130]))).toEqual({ status: 'incomplete', missing: ['creatinine'] });
  });
  it('without a baseline the 48-h rule still stages, the ratio rule is named as not evaluated', () => {
    expect(creatinineCriterion(null, [])).toEqual({
      stage: 0,
      missing: ['baselineCreatinine', 'creatinine'],
    });
    expect(
      creatinineCriterion(null, [
        { value: 80, at: at(0) },
        { value: 170, at: at(24) },
      ]),
    ).toEqual({ stage: 1, missing: ['baselineCreatinine'] });
    expect(
      creatinineCriterion(null, [
        { value: 300, at: at(0) },
        { value: 360, at: at(24) },
      ]),
    ).toEqual({ stage: 3, missing: [] });
  });
});

describe('KDIGO urine output at its cut points (every hour of the window, strict <)', () => {
  it.each([
    ['< 0.5 for 5 h', 30, 5, 0],
    ['< 0.5 for 6 h', 30, 6, 1],
    ['< 0.5 for 11 h', 30, 11, 1],
    ['< 0.5 for 12 h', 30, 12, 2],
    ['< 0.3 for 23 h', 20, 23, 2],
    ['< 0.3 for 24 h', 20, 24, 3],
    ['anuria 11 h', 0, 11, 1],
    ['anuria 12 h', 0, 12, 3],
  ] as [string, number, number, number][])('%s', (_n, ml, hours, stage) => {
    expect(urineOutputStage(70, hourly(ml, hours))).toBe(stage);
    expect(stageOf(uo(ml, hours))).toBe(stage);
  });
  it('exactly 0.3 and 0.5 mL/kg/h compare exactly with decimal weights (63.7 kg: 19.11 and 31.85 mL/h)', () => {
    expect(19.11 * 10 < 3 * 63.7).toBe(true); // the trap
    expect(urineOutputStage(63.7, hourly(19.11, 24))).toBe(2);
    expect(urineOutputStage(63.7, hourly(19.1, 24))).toBe(3);
    expect(urineOutputStage(63.7, hourly(31.85, 12))).toBe(0);
    expect(urineOutputStage(63.7, hourly(31.84, 12))).toBe(2);
  });
  it('a gap in the hourly record breaks a run', () => {
    const hours = [0, 1, 2, 4, 5, 6].map((h) => ({ hourStart: at(h), ml: 30 }));
    expect(urineOutputStage(70, hours)).toBe(0);
  });
});

describe('KDIGO with inputs missing: incomplete, or the stage reached with what is missing named', () => {
  it('nothing recorded names every input', () => {
    expect(kdigo.compute({})).toEqual({
      status: 'incomplete',
      missing: ['baselineCreatinine', 'creatinine', 'weightKg', 'urineOutput', 'rrtStarted'],
    });
  });
  it.each([
    [
      'the weight (20 mL/h for 24 h at 70 kg is stage 3)',
      { weightKg: undefined, urineOutput: hourly(20, 24) },
      ['weightKg'],
    ],
    ['the urine output', { urineOutput: null }, ['urineOutput']],
    ['the urine output (empty record)', { urineOutput: [] }, ['urineOutput']],
    [
      'the baseline (80 → 170 is stage 2)',
      { baselineCreatinine: null, creatinine: [{ value: 170, at: at(24) }] },
      ['baselineCreatinine'],
    ],
    ['the creatinine series (80 → 170 is stage 2)', { creatinine: undefined }, ['creatinine']],
    ['the creatinine series (empty)', { creatinine: [] }, ['creatinine']],
    ['renal replacement therapy', { rrtStarted: null }, ['rrtStarted']],
  ] as [string, object, string[]][])('missing %s, no criterion reached → incomplete', (_n, gap, missing) => {
    expect(kdigo.compute({ ...scr(80, [24, 82]), ...gap })).toEqual({ status: 'incomplete', missing });
  });
  it('the tester\'s cases: 80 → 170 without weight and urine output is at least stage 2, not "no AKI"', () => {
    const r = kdigo.compute({ ...scr(80, [24, 170]), weightKg: null, urineOutput: null });
    expect(r).toMatchObject({
      status: 'complete',
      total: 2,
      band: 'stage2',
      bandLabel: { en: 'AKI stage 2 or higher' },
      subscores: { creatinine: 2, rrt: 0 },
      details: { creatinineEvaluated: true, urineOutputEvaluated: false, missing: 'weightKg,urineOutput' },
    });
    if (r.status !== 'complete') throw new Error('expected a stage');
    expect(r.subscores).not.toHaveProperty('urineOutput');
    expect(r.flags.map((f) => f.code)).toEqual(['kdigo.aki', 'kdigo.not_evaluated']);
    expect(r.flags[1]!.label.en).toBe(
      'Not evaluated: body weight, hourly urine output; the stage may be higher',
    );
  });
  it('20 mL/h for 24 h at 70 kg without any creatinine is stage 3: nothing can raise it', () => {
    expect(kdigo.compute({ weightKg: 70, urineOutput: hourly(20, 24), rrtStarted: false })).toMatchObject({
      status: 'complete',
      total: 3,
      bandLabel: { en: 'AKI stage 3' },
      details: { creatinineEvaluated: false, missing: null },
    });
  });
  it('a stage reached with renal replacement therapy unrecorded names it', () => {
    expect(kdigo.compute({ ...scr(80, [24, 107]), rrtStarted: undefined })).toMatchObject({
      status: 'complete',
      total: 1,
      bandLabel: { en: 'AKI stage 1 or higher' },
      details: { missing: 'rrtStarted' },
    });
    expect(kdigo.compute({ ...scr(80, [24, 240]), rrtStarted: undefined })).toMatchObject({
      total: 3,
      details: { missing: null },
    });
  });
});

describe('KDIGO after surgery: the 7-day window anchored on the operation', () => {
  const at = (iso: string, value: number) => ({ value, at: iso });
  const baseline = at('2026-11-01T08:00:00Z', 80); // 21 days before surgery
  const surgeryAt = '2026-11-22T01:00:00Z';

  it('compares a value within 7 days after surgery with an older pre-operative baseline', () => {
    expect(creatinineCriterion(baseline, [at('2026-11-23T06:00:00Z', 160)], surgeryAt)).toEqual({
      stage: 2,
      missing: [],
    });
    // Exactly 7 days after surgery still counts; a minute later it does not.
    expect(creatinineCriterion(baseline, [at('2026-11-29T01:00:00Z', 120)], surgeryAt).stage).toBe(1);
    expect(creatinineCriterion(baseline, [at('2026-11-29T01:01:00Z', 120)], surgeryAt)).toEqual({
      stage: 0,
      missing: ['baselineCreatinine'],
    });
  });

  it('without the operation, the old baseline leaves the ratio open, never "no AKI"', () => {
    expect(creatinineCriterion(baseline, [at('2026-11-23T06:00:00Z', 160)])).toEqual({
      stage: 0,
      missing: ['baselineCreatinine'],
    });
  });

  it('an operation before the baseline does not anchor it', () => {
    const late = at('2026-11-22T06:00:00Z', 80);
    expect(creatinineCriterion(late, [at('2026-12-05T06:00:00Z', 160)], surgeryAt).stage).toBe(0);
  });
});
