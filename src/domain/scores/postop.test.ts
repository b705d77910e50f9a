import { describe, expect, it } from 'vitest';
import { aldrete, circulationPoints, saturationPoints } from './aldrete';
import { braden } from './braden';
import { camIcu } from './cam-icu';
import { clavienDindo } from './clavien-dindo';
import { fourAt } from './four-at';
import { padss } from './padss';

describe('modified Aldrete (§11.1 vectors AL1–AL4)', () => {
  it.each([
    [
      'AL1',
      { activity: 2, respiration: 2, systolic: 120, consciousness: 2, spo2: 97, onOxygen: false },
      [2, 2, 2, 2, 2],
      10,
      true,
    ],
    [
      'AL2',
      { activity: 2, respiration: 2, systolic: 105, consciousness: 1, spo2: 95, onOxygen: false },
      [2, 2, 2, 1, 2],
      9,
      true,
    ],
    [
      'AL3',
      { activity: 2, respiration: 2, systolic: 100, consciousness: 1, spo2: 94, onOxygen: true },
      [2, 2, 1, 1, 1],
      7,
      false,
    ],
    [
      'AL4',
      { activity: 1, respiration: 1, systolic: 65, consciousness: 0, spo2: 88, onOxygen: true },
      [1, 1, 0, 0, 0],
      2,
      false,
    ],
  ] as [string, object, number[], number, boolean][])('%s', (_id, i, subs, total, ready) => {
    const r = aldrete.compute({ baselineSystolic: 130, ...i });
    if (r.status !== 'complete') throw new Error('expected a score');
    expect(Object.values(r.subscores)).toEqual(subs);
    expect(r.total).toBe(total);
    expect(r.details?.phase1Discharge).toBe(ready);
  });
  it('boundary rules (decision D16)', () => {
    expect([
      circulationPoints(100, 80),
      circulationPoints(100, 79),
      circulationPoints(100, 51),
      circulationPoints(100, 50),
    ]).toEqual([2, 1, 1, 0]);
    expect([
      saturationPoints(93, false),
      saturationPoints(92, false),
      saturationPoints(91, false),
      saturationPoints(90, false),
    ]).toEqual([2, 1, 1, 0]);
    expect([saturationPoints(99, true), saturationPoints(91, true), saturationPoints(90, true)]).toEqual([
      1, 1, 0,
    ]);
  });
});

describe('modified PADSS (§11.2 vectors PD3–PD4)', () => {
  it('PD3 pain VAS 5 still allows discharge at 9', () => {
    expect(
      padss.compute({ vitalSigns: 2, ambulation: 2, nauseaVomiting: 2, painVas: 5, bleeding: 2 }),
    ).toMatchObject({ total: 9, details: { homeDischarge: true } });
  });
  it('PD4 needs help walking and IV antiemetic → 8, not fit', () => {
    expect(
      padss.compute({ vitalSigns: 2, ambulation: 1, nauseaVomiting: 1, painVas: 2, bleeding: 2 }),
    ).toMatchObject({ total: 8, details: { homeDischarge: false } });
  });
  it.each([
    [3, 2],
    [4, 1],
    [6, 1],
    [7, 0],
  ])('VAS %d → %d', (vas, p) =>
    expect(
      padss.compute({ vitalSigns: 2, ambulation: 2, nauseaVomiting: 2, painVas: vas, bleeding: 2 }),
    ).toMatchObject({ subscores: { pain: p } }),
  );
});

describe('Braden (§12 vectors B1–B10)', () => {
  it.each([
    ['B1', [4, 4, 4, 4, 4, 3], 23, 'none'],
    ['B2', [4, 4, 3, 3, 3, 2], 19, 'none'],
    ['B3', [4, 3, 3, 3, 3, 2], 18, 'mild'],
    ['B4', [3, 3, 3, 2, 2, 2], 15, 'mild'],
    ['B5', [3, 3, 2, 2, 2, 2], 14, 'moderate'],
    ['B6', [3, 2, 2, 2, 2, 2], 13, 'moderate'],
    ['B7', [2, 2, 2, 2, 2, 2], 12, 'high'],
    ['B8', [2, 2, 2, 2, 1, 1], 10, 'high'],
    ['B9', [2, 2, 2, 1, 1, 1], 9, 'very_high'],
    ['B10', [1, 1, 1, 1, 1, 1], 6, 'very_high'],
  ] as [string, number[], number, string][])('%s', (_id, [s, m, a, mo, n, f], total, band) => {
    expect(
      braden.compute({
        sensoryPerception: s,
        moisture: m,
        activity: a,
        mobility: mo,
        nutrition: n,
        frictionShear: f,
      }),
    ).toMatchObject({ total, band });
  });
  it('friction/shear has three levels only', () =>
    expect(braden.input.safeParse({ frictionShear: 4 }).success).toBe(false));
});

describe('Clavien–Dindo (§13 vectors CD1–CD10)', () => {
  it.each([
    ['CD1 ileus, antiemetics and fluids', 'none_or_allowed_drugs', false, 'I'],
    ['CD2 wound opened at the bedside', 'none_or_allowed_drugs', false, 'I'],
    ['CD3 wound infection on antibiotics', 'other_drugs_transfusion_tpn', false, 'II'],
    ['CD4 transfusion', 'other_drugs_transfusion_tpn', false, 'II'],
    ['CD5 leak drained under local', 'intervention_without_ga', false, 'IIIa'],
    ['CD6 return to theatre under GA', 'intervention_under_ga', false, 'IIIb'],
    ['CD7 dialysis in ICU', 'icu_single_organ', false, 'IVa'],
    ['CD8 septic shock, two organs', 'icu_multi_organ', false, 'IVb'],
    ['CD9 death', 'death', false, 'V'],
    ['CD10 RLN palsy at discharge', 'none_or_allowed_drugs', true, 'I-d'],
  ] as const)('%s → %s', (_n, treatment, presentAtDischarge, grade) => {
    expect(clavienDindo.compute({ treatment, presentAtDischarge })).toMatchObject({ band: grade });
  });
  it('death is never V-d', () =>
    expect(clavienDindo.compute({ treatment: 'death', presentAtDischarge: true })).toMatchObject({
      band: 'V',
    }));
});

describe('4AT (§15.1 vectors D1–D7)', () => {
  it.each([
    ['D1', [false, 'no_mistakes', 'seven_or_more', false], 0, 'unlikely'],
    ['D2', [false, 'one_mistake', 'fewer_than_seven_or_refuses', false], 2, 'possible_cognitive_impairment'],
    [
      'D3',
      [false, 'two_or_more_or_untestable', 'fewer_than_seven_or_refuses', false],
      3,
      'possible_cognitive_impairment',
    ],
    ['D4', [false, 'no_mistakes', 'seven_or_more', true], 4, 'possible_delirium'],
    ['D5', [true, 'no_mistakes', 'seven_or_more', false], 4, 'possible_delirium'],
    ['D6', [false, 'two_or_more_or_untestable', 'untestable', false], 4, 'possible_delirium'],
    ['D7', [true, 'two_or_more_or_untestable', 'untestable', true], 12, 'possible_delirium'],
  ] as const)('%s', (_id, [alertnessAbnormal, amt4, attention, acuteChange], total, band) => {
    expect(fourAt.compute({ alertnessAbnormal, amt4, attention, acuteChange })).toMatchObject({
      total,
      band,
    });
  });
});

describe('CAM-ICU (§15.2 vectors CI1–CI6)', () => {
  it.each([
    ['CI1 RASS −4', { rass: -4 }, 'unable_to_assess'],
    ['CI2', { rass: 0, acuteChange: true, inattentionErrors: 3, disorganizedThinkingErrors: 1 }, 'negative'],
    ['CI3 2 errors is not inattention', { rass: 0, acuteChange: true, inattentionErrors: 2 }, 'negative'],
    ['CI4 positive via RASS −1', { rass: -1, acuteChange: true, inattentionErrors: 3 }, 'positive'],
    [
      'CI5 positive via disorganised thinking',
      { rass: 0, acuteChange: true, inattentionErrors: 5, disorganizedThinkingErrors: 2 },
      'positive',
    ],
    ['CI6 feature 1 required', { rass: 2, acuteChange: false, inattentionErrors: 8 }, 'negative'],
  ] as [string, object, string][])('%s', (_n, i, band) =>
    expect(camIcu.compute(i)).toMatchObject({ status: 'complete', band }),
  );
  it('"unable to assess" (RASS −4, −5) has no total; RASS −3 goes on to feature 1', () => {
    for (const rass of [-4, -5])
      expect(camIcu.compute({ rass })).toMatchObject({
        status: 'complete',
        total: null,
        band: 'unable_to_assess',
        flags: [{ code: 'cam_icu.unable' }],
      });
    expect(camIcu.compute({ rass: -3 })).toEqual({ status: 'incomplete', missing: ['acuteChange'] });
    expect(camIcu.compute({ rass: -3, acuteChange: true, inattentionErrors: 3 })).toMatchObject({
      total: 1,
      band: 'positive',
    });
    expect(camIcu.compute({ rass: 0, acuteChange: false })).toMatchObject({ total: 0, band: 'negative' });
  });
  it('asks for what the algorithm needs next', () => {
    expect(camIcu.compute({})).toEqual({ status: 'incomplete', missing: ['rass'] });
    expect(camIcu.compute({ rass: 0, acuteChange: true, inattentionErrors: 3 })).toEqual({
      status: 'incomplete',
      missing: ['disorganizedThinkingErrors'],
    });
  });
});
