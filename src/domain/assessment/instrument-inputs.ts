// How the visit feeds each pre-op instrument: the history is entered once and mapped onto every score
// that needs it; an unanswered item stays unanswered (never counted as "no").
import { answerOrEvidence, chestXrayRedistribution, ecgQWaves, spirometryObstruction } from './aux-evidence';
import type { PreopInstrument, VisitContext, VisitData } from './visit';

export function bmiOf(
  heightCm: number | null | undefined,
  weightKg: number | null | undefined,
): number | null {
  if (!heightCm || !weightKg) return null;
  return Math.round((weightKg / (heightCm / 100) ** 2) * 10) / 10;
}

const sexOrNull = (s: VisitContext['sex']) => (s === 'unknown' ? null : s);

/** Maps the visit onto each instrument's input; an unanswered item stays unanswered. */
export function instrumentInputs(
  v: VisitData,
  ctx: VisitContext,
): Record<PreopInstrument, Record<string, unknown>> {
  const h = v.history ?? {};
  const bmi = bmiOf(v.heightCm, v.weightKg);
  const site = v.plan?.surgicalSite;
  const duration = v.plan?.plannedDurationMinutes;
  const cancer =
    h.solidTumor === undefined || h.solidTumor === null
      ? null
      : h.solidTumor !== 'none' || h.leukemia === true || h.lymphoma === true;
  const diabetes = h.diabetes;
  const capriniSurgery =
    duration === undefined || duration === null
      ? null
      : duration <= 45
        ? 'minor'
        : ctx.approach === 'laparoscopic'
          ? 'laparoscopic'
          : 'major';
  return {
    asa: { asaClass: v.asaClass, emergency: v.asaEmergency },
    rcri: {
      // Intraperitoneal, intrathoracic or suprainguinal vascular (Lee 1999).
      highRiskSurgery: site === undefined || site === null ? null : site !== 'peripheral',
      // Lee 1999: ECG with pathological Q waves; pulmonary vascular redistribution on chest X-ray.
      ischemicHeartDisease: answerOrEvidence(h.ischemicHeartDisease, ecgQWaves(v)),
      congestiveHeartFailure: answerOrEvidence(h.congestiveHeartFailure, chestXrayRedistribution(v)),
      cerebrovascularDisease: h.cerebrovascularDisease,
      insulinTherapy: diabetes === undefined || diabetes === null ? null : diabetes === 'insulin',
      creatinine: v.labs?.creatinine,
    },
    ariscat: {
      age: ctx.age,
      spo2: v.vitals?.spo2,
      spo2OnRoomAir: v.vitals?.spo2OnRoomAir,
      respiratoryInfectionLastMonth: h.respiratoryInfectionLastMonth,
      hemoglobin: v.labs?.hemoglobin,
      incision:
        site === undefined || site === null
          ? null
          : site === 'intrathoracic' || site === 'upper_abdominal'
            ? site
            : 'peripheral',
      durationMinutes: duration,
      emergency: ctx.urgency === 'emergency',
    },
    caprini: {
      ...(v.vte ?? {}),
      age: ctx.age,
      sex: sexOrNull(ctx.sex),
      bmi,
      surgery: capriniSurgery,
      varicoseVeins: h.varicoseVeins,
      heartFailureLastMonth: h.congestiveHeartFailure,
      seriousLungDiseaseLastMonth: h.respiratoryInfectionLastMonth,
      // Caprini 2005 "abnormal pulmonary function (COPD)"; FEV1/FVC < 70 % (GOLD) when unanswered.
      abnormalPulmonaryFunction: answerOrEvidence(h.chronicPulmonaryDisease, spirometryObstruction(v)),
      malignancy: cancer ?? (ctx.diagnosisCode.startsWith('C') ? true : null),
      historyOfVte: h.historyOfVte,
      familyHistoryOfThrombosis: h.familyHistoryOfThrombosis,
    },
    apfel: {
      sex: sexOrNull(ctx.sex),
      currentSmoker: v.smoking === undefined || v.smoking === null ? null : v.smoking === 'current',
      ponvHistory: h.ponvHistory,
      motionSickness: h.motionSickness,
      postoperativeOpioids: v.plan?.postoperativeOpioids,
    },
    nrs2002: { age: ctx.age, bmi, ...(v.nutrition ?? {}) },
    'stop-bang': {
      snoring: h.snoring,
      tired: h.tired,
      observedApnea: h.observedApnea,
      hypertension: h.hypertension,
      bmi,
      age: ctx.age,
      neckCircumferenceCm: v.airway?.neckCircumferenceCm,
      sex: sexOrNull(ctx.sex),
    },
    cfs: { level: v.cfsLevel, age: ctx.age },
    phq9: { ...(v.phq9 ?? {}) },
    gad7: { ...(v.gad7 ?? {}) },
    mallampati: { mallampatiClass: v.airway?.mallampatiClass },
    charlson: {
      age: ctx.age,
      myocardialInfarction: h.myocardialInfarction,
      congestiveHeartFailure: h.congestiveHeartFailure,
      peripheralVascularDisease: h.peripheralVascularDisease,
      cerebrovascularDisease: h.cerebrovascularDisease,
      dementia: h.dementia,
      chronicPulmonaryDisease: h.chronicPulmonaryDisease,
      connectiveTissueDisease: h.connectiveTissueDisease,
      pepticUlcerDisease: h.pepticUlcerDisease,
      hemiplegia: h.hemiplegia,
      moderateSevereRenalDisease: h.moderateSevereRenalDisease,
      leukemia: h.leukemia,
      lymphoma: h.lymphoma,
      liverDisease: h.liverDisease,
      diabetes:
        diabetes === undefined || diabetes === null
          ? null
          : diabetes === 'none' || diabetes === 'diet'
            ? 'none' // diet-controlled alone is excluded (Charlson 1987)
            : h.diabetesEndOrganDamage
              ? 'end_organ_damage'
              : 'uncomplicated',
      solidTumor: h.solidTumor,
      aids: h.aids,
    },
  };
}
