import { describe, expect, it } from 'vitest';
import {
  CHARLSON_ONE_POINT,
  CHARLSON_TWO_POINTS,
  charlson,
  charlsonAgePoints,
  tenYearSurvival,
} from './charlson';
import { mallampati, painBand, painNrs, ramsay, rass, rassFromEyeContactSeconds } from './recorded-class';

const none = {
  ...Object.fromEntries([...CHARLSON_ONE_POINT, ...CHARLSON_TWO_POINTS].map((k) => [k, false])),
  liverDisease: 'none' as const,
  diabetes: 'none' as const,
  solidTumor: 'none' as const,
  aids: false,
};

describe('Charlson (§16.2 vectors CH1–CH6)', () => {
  it.each([
    ['CH1 45 y', { age: 45 }, 0, 98],
    ['CH2 49 y', { age: 49 }, 0, 98],
    ['CH2 50 y', { age: 50 }, 1, 96],
    [
      'CH3 65 y, CHF, diabetic nephropathy',
      { age: 65, congestiveHeartFailure: true, diabetes: 'end_organ_damage' },
      5,
      21,
    ],
    [
      'CH4 72 y, COPD, diabetes, old MI',
      { age: 72, chronicPulmonaryDisease: true, diabetes: 'uncomplicated', myocardialInfarction: true },
      6,
      2,
    ],
    ['CH5 58 y, dialysis, lymphoma', { age: 58, moderateSevereRenalDisease: true, lymphoma: true }, 5, 21],
    [
      'CH6 80 y, metastatic colon cancer, chronic hepatitis B',
      { age: 80, solidTumor: 'metastatic', liverDisease: 'mild' },
      11,
      0,
    ],
  ] as [string, object, number, number][])('%s', (_n, over, total, survivalPct) => {
    const r = charlson.compute({ ...none, ...over });
    if (r.status !== 'complete' || r.total === null) throw new Error('expected a score');
    expect(r.total).toBe(total);
    expect(Math.round(tenYearSurvival(r.total) * 100)).toBe(survivalPct);
  });
  it.each([
    [49, 0],
    [50, 1],
    [59, 1],
    [60, 2],
    [69, 2],
    [70, 3],
    [79, 3],
    [80, 4],
  ])('age %d → %d (D21)', (a, p) => expect(charlsonAgePoints(a)).toBe(p));
  it('survival formula values', () =>
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => Math.round(tenYearSurvival(c) * 1000) / 10)).toEqual([
      98.3, 95.9, 90.1, 77.5, 53.4, 21.4, 2.2,
    ]));
});

describe('Mallampati, pain NRS, RASS, Ramsay', () => {
  it.each([
    [1, 'I'],
    [2, 'II'],
    [3, 'III'],
    [4, 'IV'],
  ])('M%d → class %s', (c, band) =>
    expect(mallampati.compute({ mallampatiClass: c })).toMatchObject({ band }),
  );
  it.each([
    [0, 'none', 'none'],
    [3, 'mild', 'mild'],
    [4, 'moderate', 'mild'],
    [6, 'moderate', 'moderate'],
    [7, 'severe', 'severe'],
    [10, 'severe', 'severe'],
  ] as const)('pain %d → %s / Serlin %s', (score, common, serlin) => {
    expect(painBand(score, 'common')).toBe(common);
    expect(painBand(score, 'serlin')).toBe(serlin);
  });
  it.each([11, 3.5, -1])('PN7 pain %d is rejected', (score) =>
    expect(painNrs.input.safeParse({ score }).success).toBe(false),
  );
  it('pain ≥ 4 asks for an analgesic review (D22)', () => {
    expect(painNrs.compute({ score: 3 })).toMatchObject({ flags: [] });
    expect(painNrs.compute({ score: 4 })).toMatchObject({ flags: [{ code: 'pain.review' }] });
  });
  it('RASS range, terms and the 10-second rule (D23)', () => {
    expect(rass.compute({ score: -4 })).toMatchObject({
      bandLabel: { en: 'Deep sedation' },
      flags: [{ code: 'rass.deep' }],
    });
    expect(rass.input.safeParse({ score: 5 }).success).toBe(false);
    expect([rassFromEyeContactSeconds(10), rassFromEyeContactSeconds(9.9)]).toEqual([-1, -2]);
  });
  it('Ramsay 1–6 only', () => {
    expect(ramsay.compute({ level: 6 })).toMatchObject({ bandLabel: { en: 'Asleep; no response' } });
    expect(ramsay.input.safeParse({ level: 0 }).success).toBe(false);
  });
});
