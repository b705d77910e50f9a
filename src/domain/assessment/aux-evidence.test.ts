// A structured result stands in for an unanswered item of a score, at the cut point its source gives,
// and only ever as "yes"; the clinician's answer always wins.
import { describe, expect, it } from 'vitest';
import { evidenceNotes, OBSTRUCTION_FEV1_FVC_PERCENT, spirometryObstruction } from './aux-evidence';
import { instrumentInputs } from './instrument-inputs';
import type { VisitContext, VisitData } from './visit';

const ctx: VisitContext = {
  age: 66,
  sex: 'male',
  approach: 'vats',
  urgency: 'elective',
  diagnosisCode: 'C34.100',
};
const caprini = (v: VisitData) => instrumentInputs(v, ctx).caprini.abnormalPulmonaryFunction;
const rcri = (v: VisitData) => instrumentInputs(v, ctx).rcri;

describe('spirometry and Caprini "abnormal pulmonary function"', () => {
  it('reads FEV1/FVC below 70 % as obstruction (GOLD), 70 % and above as no evidence', () => {
    expect(OBSTRUCTION_FEV1_FVC_PERCENT).toBe(70);
    expect(spirometryObstruction({ pft: { fev1FvcRatio: 69.9 } })).toBe(true);
    expect(spirometryObstruction({ pft: { fev1FvcRatio: 70 } })).toBe(false);
    expect(spirometryObstruction({})).toBe(false);
  });

  it('counts the item from the ratio only while the history leaves it unanswered', () => {
    expect(caprini({ pft: { fev1FvcRatio: 62 } })).toBe(true);
    // A normal ratio proves nothing absent (a restrictive or diffusion defect is abnormal too).
    expect(caprini({ pft: { fev1FvcRatio: 70 } })).toBeUndefined();
    expect(caprini({ history: { chronicPulmonaryDisease: false }, pft: { fev1FvcRatio: 62 } })).toBe(false);
    expect(caprini({ history: { chronicPulmonaryDisease: true }, pft: { fev1FvcRatio: 80 } })).toBe(true);
  });
});

describe('ECG and chest X-ray in RCRI (Lee 1999 definitions)', () => {
  it('pathological Q waves count as ischaemic heart disease when the history is unanswered', () => {
    expect(rcri({ ecg: { pathologicalQWaves: true } }).ischemicHeartDisease).toBe(true);
    expect(rcri({ ecg: { pathologicalQWaves: false } }).ischemicHeartDisease).toBeUndefined();
    expect(
      rcri({ history: { ischemicHeartDisease: false }, ecg: { pathologicalQWaves: true } })
        .ischemicHeartDisease,
    ).toBe(false);
  });

  it('vascular redistribution counts as heart failure on a chest X-ray, not on a CT', () => {
    const xray = { modality: 'xray', vascularRedistribution: true } as const;
    expect(rcri({ chestImaging: xray }).congestiveHeartFailure).toBe(true);
    expect(rcri({ chestImaging: { ...xray, modality: 'ct' } }).congestiveHeartFailure).toBeUndefined();
    expect(
      rcri({ history: { congestiveHeartFailure: false }, chestImaging: xray }).congestiveHeartFailure,
    ).toBe(false);
  });

  it('feeds no other instrument: Charlson keeps its own history items', () => {
    const inputs = instrumentInputs({ ecg: { pathologicalQWaves: true }, pft: { fev1FvcRatio: 50 } }, ctx);
    expect(inputs.charlson.myocardialInfarction).toBeUndefined();
    expect(inputs.charlson.chronicPulmonaryDisease).toBeUndefined();
  });
});

describe('the notes under a field', () => {
  it('name each result that speaks to a field, the ejection fraction beside ASA as context', () => {
    const notes = evidenceNotes({
      pft: { fev1FvcRatio: 55 },
      ecg: { pathologicalQWaves: true },
      chestImaging: { modality: 'xray', vascularRedistribution: true },
      echo: { efPercent: 35 },
    });
    expect(notes.map((n) => [n.path, n.key])).toEqual([
      ['history.chronicPulmonaryDisease', 'visit.ev.obstruction'],
      ['history.ischemicHeartDisease', 'visit.ev.qWaves'],
      ['history.congestiveHeartFailure', 'visit.ev.redistribution'],
      ['asaClass', 'visit.ev.ef'],
    ]);
    expect(notes[0]!.params).toEqual({ ratio: 55 });
    expect(evidenceNotes({ pft: { fev1FvcRatio: 75 }, echo: {} })).toEqual([]);
  });
});
