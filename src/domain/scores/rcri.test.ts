import { describe, expect, it } from 'vitest';
import { RENAL_THRESHOLD_UMOL, rcri } from './rcri';

const none = {
  highRiskSurgery: false,
  ischemicHeartDisease: false,
  congestiveHeartFailure: false,
  cerebrovascularDisease: false,
  insulinTherapy: false,
  creatinine: 80,
};

describe('RCRI (§3 vectors R1–R7)', () => {
  it.each([
    ['R1 no factors', {}, 0, 'I'],
    ['R2 creatinine 177 µmol/L (2.002 mg/dL) scores', { creatinine: 177 }, 1, 'II'],
    ['R3 creatinine 176 µmol/L does not', { creatinine: 176 }, 0, 'I'],
    ['R4 exactly 2.0 mg/dL (176.8 µmol/L) does not: strictly greater', { creatinine: 176.8 }, 0, 'I'],
    [
      'R5 open colectomy + insulin + old MI',
      { highRiskSurgery: true, insulinTherapy: true, ischemicHeartDisease: true },
      3,
      'IV',
    ],
    ['R6 knee arthroplasty + old stroke + oral agents', { cerebrovascularDisease: true }, 1, 'II'],
    [
      'R7 all six',
      {
        highRiskSurgery: true,
        ischemicHeartDisease: true,
        congestiveHeartFailure: true,
        cerebrovascularDisease: true,
        insulinTherapy: true,
        creatinine: 200,
      },
      6,
      'IV',
    ],
  ])('%s', (_name, over, total, band) => {
    expect(rcri.compute({ ...none, ...over })).toMatchObject({ status: 'complete', total, band });
  });

  it('uses the exact conversion 2.0 × 88.4 µmol/L', () =>
    expect(RENAL_THRESHOLD_UMOL).toBeCloseTo(176.8, 10));
  it('class III at 2 and the high-risk flag from 3', () => {
    expect(rcri.compute({ ...none, highRiskSurgery: true, insulinTherapy: true })).toMatchObject({
      band: 'III',
      flags: [],
    });
    expect(
      rcri.compute({ ...none, highRiskSurgery: true, insulinTherapy: true, congestiveHeartFailure: true }),
    ).toMatchObject({
      flags: [{ code: 'rcri.high' }],
    });
  });
  it('an unanswered form is incomplete, never class I', () => {
    expect(rcri.compute({})).toEqual({
      status: 'incomplete',
      missing: [
        'highRiskSurgery',
        'ischemicHeartDisease',
        'congestiveHeartFailure',
        'cerebrovascularDisease',
        'insulinTherapy',
        'creatinine',
      ],
    });
  });
  it.each([0, -5, 5000])('rejects creatinine %d µmol/L', (c) =>
    expect(rcri.input.safeParse({ creatinine: c }).success).toBe(false),
  );
});
