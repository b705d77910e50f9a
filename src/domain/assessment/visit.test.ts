import { describe, expect, it } from 'vitest';
import { flagLabel, HIGH_RISK_FLAGS } from './risk-flags';
import {
  assessVisit,
  bmiOf,
  CAPRINI_VTE_ITEMS,
  isLateVisit,
  signingMissing,
  type VisitContext,
  type VisitData,
  visitData,
} from './visit';

const ctx: VisitContext = {
  age: 68,
  sex: 'male',
  approach: 'vats',
  urgency: 'elective',
  diagnosisCode: 'C15.400',
};
const noVte = Object.fromEntries(CAPRINI_VTE_ITEMS.map((k) => [k, false]));

// A high-risk esophagectomy candidate, every section answered.
const full: VisitData = {
  visitAt: '2026-11-21T02:00:00Z',
  heightCm: 170,
  weightKg: 52,
  smoking: 'never',
  history: {
    ischemicHeartDisease: true,
    myocardialInfarction: true,
    congestiveHeartFailure: false,
    cerebrovascularDisease: false,
    hypertension: true,
    diabetes: 'insulin',
    diabetesEndOrganDamage: false,
    chronicPulmonaryDisease: true,
    respiratoryInfectionLastMonth: false,
    peripheralVascularDisease: false,
    dementia: false,
    connectiveTissueDisease: false,
    pepticUlcerDisease: false,
    liverDisease: 'none',
    hemiplegia: false,
    moderateSevereRenalDisease: false,
    solidTumor: 'localized',
    leukemia: false,
    lymphoma: false,
    aids: false,
    historyOfVte: false,
    familyHistoryOfThrombosis: false,
    varicoseVeins: false,
    ponvHistory: false,
    motionSickness: false,
    snoring: true,
    tired: false,
    observedApnea: false,
  },
  vte: noVte,
  airway: { mallampatiClass: 2, neckCircumferenceCm: 38 },
  labs: { hemoglobin: 98, creatinine: 180, albumin: 30 },
  vitals: { systolicBp: 150, pulse: 80, spo2: 94, spo2OnRoomAir: true },
  nutrition: {
    weightLoss: 'over5pct_1month',
    intakePercent: 40,
    impairedGeneralCondition: true,
    diseaseSeverity: 2,
    severelyIll: false,
  },
  cfsLevel: 4,
  phq9: { item1: 2, item2: 2, item3: 1, item4: 2, item5: 1, item6: 1, item7: 1, item8: 0, item9: 1 },
  gad7: { item1: 1, item2: 1, item3: 1, item4: 1, item5: 0, item6: 0, item7: 0 },
  asaClass: 3,
  asaEmergency: false,
  plan: {
    anesthesiaMethod: 'general_tube',
    surgicalSite: 'intrathoracic',
    plannedDurationMinutes: 300,
    postoperativeOpioids: true,
    postopDestination: 'icu',
  },
};

const byId = (v: VisitData) => Object.fromEntries(assessVisit(v, ctx).map((o) => [o.id, o]));

describe('the pre-anesthesia visit feeds every score from one history', () => {
  it('scores all twelve pre-op instruments for a complete visit', () => {
    const r = byId(full);
    const total = (id: string) => {
      const o = r[id]!;
      if (!('result' in o) || o.result.status !== 'complete')
        throw new Error(`${id} not complete: ${JSON.stringify(o)}`);
      return o.result;
    };
    expect(total('rcri')).toMatchObject({ total: 4, band: 'IV' }); // intrathoracic + IHD + insulin + creatinine 180
    expect(total('ariscat')).toMatchObject({ total: 3 + 8 + 11 + 24 + 23, band: 'high' });
    expect(total('caprini')).toMatchObject({ total: 2 + 2 + 1 + 2, band: 'high' }); // age 61–74, major, COPD, malignancy
    expect(total('apfel')).toMatchObject({ total: 2 }); // non-smoker + opioids
    expect(total('nrs2002')).toMatchObject({ total: 3 + 2 + 0, band: 'at_risk' });
    expect(total('stop-bang')).toMatchObject({
      subscores: { snoring: 1, pressure: 1, age: 1, gender: 1, bmi: 0 },
    });
    expect(total('cfs')).toMatchObject({ band: 'very_mild' });
    expect(total('phq9')).toMatchObject({
      total: 11,
      flags: expect.arrayContaining([expect.objectContaining({ code: 'phq9.item9' })]),
    });
    expect(total('gad7')).toMatchObject({ total: 4 });
    expect(total('mallampati')).toMatchObject({ band: 'II' });
    expect(total('charlson')).toMatchObject({ total: 2 + 1 + 1 + 1 + 2 }); // age 60s, MI, COPD, diabetes, tumour
    expect(total('asa')).toMatchObject({ band: 'ASA III' });
  });

  it('an empty visit leaves every instrument incomplete, never low risk', () => {
    for (const o of assessVisit({}, ctx)) {
      expect('result' in o && o.result.status, o.id).toBe('incomplete');
    }
  });

  it('never treats an unanswered Caprini item as "no"', () => {
    const { vte: _v, ...withoutVte } = full;
    const caprini = byId(withoutVte).caprini!;
    expect('result' in caprini && caprini.result).toMatchObject({
      status: 'incomplete',
      missing: expect.arrayContaining(['inflammatoryBowelDisease']),
    });
  });

  it('diet-controlled diabetes is not a Charlson point, insulin is an RCRI point', () => {
    const diet = byId({ ...full, history: { ...full.history, diabetes: 'diet' } });
    expect('result' in diet.charlson! && diet.charlson.result).toMatchObject({ subscores: { diabetes: 0 } });
    expect('result' in diet.rcri! && diet.rcri.result).toMatchObject({ subscores: { insulinTherapy: 0 } });
  });

  it('lists what must be filled in before signing', () => {
    expect(signingMissing(full)).toEqual([]);
    expect(signingMissing({ asaClass: 2 })).toEqual([
      'visitAt',
      'heightCm',
      'weightKg',
      'asaEmergency',
      'airway.mallampatiClass',
      'vitals.systolicBp',
      'vitals.pulse',
      'vitals.spo2',
      'plan.anesthesiaMethod',
      'plan.postopDestination',
    ]);
  });

  it('refuses impossible laboratory values', () => {
    expect(visitData.safeParse({ labs: { creatinine: 0 } }).success).toBe(false);
    expect(visitData.safeParse({ labs: { hemoglobin: 500 } }).success).toBe(false);
    expect(visitData.safeParse({ labs: { hemoglobin: 98, creatinine: 180 } }).success).toBe(true);
  });

  it('computes BMI and flags a visit done after room entry (AQI-PVR-04)', () => {
    expect(bmiOf(170, 52)).toBe(18);
    expect(bmiOf(null, 52)).toBeNull();
    expect(isLateVisit('2026-11-22T01:00:00Z', '2026-11-22T00:30:00Z')).toBe(true);
    expect(isLateVisit('2026-11-22T00:29:00Z', '2026-11-22T00:30:00Z')).toBe(false);
    expect(isLateVisit('2026-11-22T00:29:00Z', null)).toBe(false);
  });
});

describe('high-risk flags', () => {
  it('raises every flag of the risk card at its threshold, each with a label', () => {
    const worst: VisitData = {
      ...full,
      history: { ...full.history, ponvHistory: true, tired: true, observedApnea: true },
      cfsLevel: 5,
    };
    const raised = assessVisit(worst, ctx).flatMap((o) =>
      'result' in o && o.result.status === 'complete'
        ? o.result.flags.filter((f) => f.severity === 'high' || f.severity === 'critical').map((f) => f.code)
        : [],
    );
    expect(new Set(raised)).toEqual(new Set(Object.keys(HIGH_RISK_FLAGS)));
    expect(flagLabel('stop_bang.high', 'zh')).toBe('STOP-Bang ≥ 5');
    expect(flagLabel('unknown.code', 'en')).toBe('unknown.code');
  });
});
