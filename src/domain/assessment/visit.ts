// The pre-anesthesia visit (麻醉前访视): history entered once and reused by every score that needs it.
// Pure: the browser runs it while the form is filled, the server when the record is saved (the
// server's result is the one stored).
import { z } from 'zod';
import type { Approach, Urgency } from '../registry/vocabulary';
import { getInstrument, type ScoreResult } from '../scores/index';
import { isoInstant } from '../scores/time';
import { instrumentInputs } from './instrument-inputs';
import {
  allergies,
  anesthesiaHistory,
  bloodGas,
  chestImaging,
  ecg,
  echo,
  fasting,
  pft,
  teeth,
} from './visit-preop';

export { bmiOf, instrumentInputs } from './instrument-inputs';

const yes = z.boolean().nullish();
const num = (min: number, max: number) => z.number().min(min).max(max).nullish();
const int = (min: number, max: number) => z.number().int().min(min).max(max).nullish();
const item03 = int(0, 3);

export const CAPRINI_VTE_ITEMS = [
  'majorSurgeryLastMonth',
  'inflammatoryBowelDisease',
  'swollenLegs',
  'acuteMyocardialInfarction',
  'sepsisLastMonth',
  'medicalBedRest',
  'confinedToBedOver72h',
  'immobilizingCast',
  'centralVenousAccess',
  'factorVLeiden',
  'prothrombin20210A',
  'elevatedHomocysteine',
  'lupusAnticoagulant',
  'anticardiolipinAntibodies',
  'heparinInducedThrombocytopenia',
  'otherThrombophilia',
  'hipPelvisLegFracture',
  'strokeLastMonth',
  'multipleTrauma',
  'acuteSpinalCordInjury',
  'oralContraceptiveOrHrt',
  'pregnantOrPostpartum',
  'adverseObstetricHistory',
] as const;

export const SURGICAL_SITES = [
  'intrathoracic',
  'upper_abdominal',
  'intraperitoneal_other',
  'suprainguinal_vascular',
  'peripheral',
] as const;
export const POSTOP_DESTINATIONS = ['ward', 'pacu_then_ward', 'icu'] as const;
export const DRUG_KINDS = ['anticoagulant', 'antiplatelet', 'other'] as const;

export const visitData = z.strictObject({
  visitAt: isoInstant.nullish(),
  heightCm: num(50, 250),
  weightKg: num(10, 300),
  smoking: z.enum(['never', 'former', 'current']).nullish(),
  allergies,
  anesthesiaHistory,
  // One comorbidity checklist feeds RCRI, Charlson, ARISCAT and Caprini.
  history: z
    .strictObject({
      ischemicHeartDisease: yes,
      myocardialInfarction: yes,
      congestiveHeartFailure: yes,
      cerebrovascularDisease: yes,
      hypertension: yes,
      diabetes: z.enum(['none', 'diet', 'oral', 'insulin']).nullish(),
      diabetesEndOrganDamage: yes,
      chronicPulmonaryDisease: yes,
      respiratoryInfectionLastMonth: yes,
      peripheralVascularDisease: yes,
      dementia: yes,
      connectiveTissueDisease: yes,
      pepticUlcerDisease: yes,
      liverDisease: z.enum(['none', 'mild', 'moderate_severe']).nullish(),
      hemiplegia: yes,
      moderateSevereRenalDisease: yes,
      solidTumor: z.enum(['none', 'localized', 'metastatic']).nullish(),
      leukemia: yes,
      lymphoma: yes,
      aids: yes,
      historyOfVte: yes,
      familyHistoryOfThrombosis: yes,
      varicoseVeins: yes,
      ponvHistory: yes,
      motionSickness: yes,
      snoring: yes,
      tired: yes,
      observedApnea: yes,
    })
    .nullish(),
  // The Caprini items the history does not already cover, each answered explicitly yes/no.
  vte: z
    .strictObject(
      Object.fromEntries(CAPRINI_VTE_ITEMS.map((k) => [k, yes])) as Record<
        (typeof CAPRINI_VTE_ITEMS)[number],
        typeof yes
      >,
    )
    .nullish(),
  medications: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(100),
        kind: z.enum(DRUG_KINDS),
        lastDoseAt: isoInstant.nullish(),
      }),
    )
    .max(50)
    .nullish(),
  airway: z
    .strictObject({
      mallampatiClass: int(1, 4),
      mouthOpeningCm: num(0, 10),
      thyromentalCm: num(0, 15),
      neckCircumferenceCm: num(20, 80),
      limitedNeckMovement: yes,
    })
    .nullish(),
  teeth,
  mets: num(0, 20),
  // Units as Chinese labs report them; impossible values are refused (creatinine 0, Hb 500 g/L).
  labs: z
    .strictObject({
      hemoglobin: num(20, 250), // g/L
      creatinine: num(5, 3000), // µmol/L
      albumin: num(5, 70), // g/L
      inr: num(0.5, 20),
      platelets: num(1, 2000), // ×10⁹/L
      glucose: num(0.5, 60), // mmol/L
      date: z.iso.date().nullish(), // the day the panel was drawn
    })
    .nullish(),
  // 辅助检查 with structured results (src/domain/assessment/aux-evidence.ts: which of them feed a score).
  ecg,
  chestImaging,
  pft,
  bloodGas,
  echo,
  fasting,
  vitals: z
    .strictObject({
      systolicBp: int(40, 300),
      diastolicBp: int(20, 200),
      pulse: int(20, 250),
      respirationRate: int(4, 60),
      spo2: num(50, 100),
      spo2OnRoomAir: yes,
      temperature: num(30, 43),
    })
    .nullish(),
  nutrition: z
    .strictObject({
      weightLoss: z.enum(['none', 'over5pct_3months', 'over5pct_2months', 'over5pct_1month']).nullish(),
      intakePercent: num(0, 100),
      impairedGeneralCondition: yes,
      diseaseSeverity: int(0, 3),
      severelyIll: yes,
    })
    .nullish(),
  cfsLevel: int(1, 9),
  phq9: z
    .strictObject(
      Object.fromEntries(Array.from({ length: 9 }, (_, k) => [`item${k + 1}`, item03])) as Record<
        string,
        typeof item03
      >,
    )
    .nullish(),
  gad7: z
    .strictObject(
      Object.fromEntries(Array.from({ length: 7 }, (_, k) => [`item${k + 1}`, item03])) as Record<
        string,
        typeof item03
      >,
    )
    .nullish(),
  asaClass: int(1, 6),
  asaEmergency: yes,
  plan: z
    .strictObject({
      anesthesiaMethod: z.string().trim().max(40).nullish(),
      airwayPlan: z.string().trim().max(200).nullish(),
      surgicalSite: z.enum(SURGICAL_SITES).nullish(),
      plannedDurationMinutes: int(1, 24 * 60),
      postoperativeOpioids: yes,
      // "ICU planned before induction" — what AQI-IUI-20 needs.
      postopDestination: z.enum(POSTOP_DESTINATIONS).nullish(),
    })
    .nullish(),
});
export type VisitData = z.infer<typeof visitData>;

/** What the visit needs from the case and the patient. */
export type VisitContext = {
  /** null when the patient record has no birth date: every age item of the instruments is then missing. */
  age: number | null;
  sex: 'male' | 'female' | 'unknown';
  approach: Approach;
  urgency: Urgency;
  diagnosisCode: string;
};

export const PREOP_INSTRUMENTS = [
  'asa',
  'rcri',
  'ariscat',
  'caprini',
  'apfel',
  'nrs2002',
  'stop-bang',
  'cfs',
  'phq9',
  'gad7',
  'mallampati',
  'charlson',
] as const;
export type PreopInstrument = (typeof PREOP_INSTRUMENTS)[number];

export type InstrumentOutcome =
  | { id: PreopInstrument; version: string; result: ScoreResult }
  | { id: PreopInstrument; version: string; invalid: string[] };

/** Scores every pre-op instrument the visit feeds; inputs out of an instrument's range are reported, not scored. */
export function assessVisit(v: VisitData, ctx: VisitContext): InstrumentOutcome[] {
  const inputs = instrumentInputs(v, ctx);
  return PREOP_INSTRUMENTS.map((id) => {
    const instrument = getInstrument(id)!;
    const parsed = instrument.input.safeParse(dropNulls(inputs[id]));
    if (!parsed.success)
      return { id, version: instrument.version, invalid: parsed.error.issues.map((i) => i.path.join('.')) };
    return { id, version: instrument.version, result: instrument.compute(parsed.data) };
  });
}

const dropNulls = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

// What must be recorded before a visit can be signed (the rest may stay incomplete and is shown as such).
export const SIGNING_REQUIRED = [
  'visitAt',
  'heightCm',
  'weightKg',
  'asaClass',
  'asaEmergency',
  'airway.mallampatiClass',
  'vitals.systolicBp',
  'vitals.pulse',
  'vitals.spo2',
  'plan.anesthesiaMethod',
  'plan.postopDestination',
] as const;

/** The value at a dotted path of the visit ("labs.creatinine"); undefined where the path is absent. */
export const valueAt = (tree: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      tree,
    );

export function signingMissing(v: VisitData): string[] {
  return SIGNING_REQUIRED.filter((path) => {
    const value = valueAt(v, path);
    return value === undefined || value === null || value === '';
  });
}

/** AQI-PVR-04: the visit counts only when done before the patient entered the room. */
export const isLateVisit = (
  visitAt: string | null | undefined,
  inRoomAt: string | null | undefined,
): boolean => !!visitAt && !!inRoomAt && Date.parse(visitAt) >= Date.parse(inRoomAt);

// Where in the visit (or the case) each instrument item comes from, so a form can say
// "缺：肌酐" and not "missing: creatinine". Items absent here share their name with a visit field.
const ITEM_SOURCE: Record<string, string> = {
  highRiskSurgery: 'plan.surgicalSite',
  incision: 'plan.surgicalSite',
  durationMinutes: 'plan.plannedDurationMinutes',
  surgery: 'plan.plannedDurationMinutes',
  insulinTherapy: 'history.diabetes',
  diabetes: 'history.diabetes',
  bmi: 'weightKg',
  currentSmoker: 'smoking',
  level: 'cfsLevel',
  emergency: 'asaEmergency',
  heartFailureLastMonth: 'history.congestiveHeartFailure',
  seriousLungDiseaseLastMonth: 'history.respiratoryInfectionLastMonth',
  abnormalPulmonaryFunction: 'history.chronicPulmonaryDisease',
  malignancy: 'history.solidTumor',
  age: 'case.age',
  sex: 'case.sex',
};
const SECTION_OF: Record<string, string> = {
  creatinine: 'labs',
  hemoglobin: 'labs',
  spo2: 'vitals',
  spo2OnRoomAir: 'vitals',
  mallampatiClass: 'airway',
  neckCircumferenceCm: 'airway',
  postoperativeOpioids: 'plan',
  weightLoss: 'nutrition',
  intakePercent: 'nutrition',
  impairedGeneralCondition: 'nutrition',
  diseaseSeverity: 'nutrition',
  severelyIll: 'nutrition',
};

/** The visit field path an instrument's missing item is entered in ('case.*' when it comes from the case). */
export function visitPathOf(instrument: PreopInstrument, item: string): string {
  if (ITEM_SOURCE[item]) return ITEM_SOURCE[item];
  if (instrument === 'phq9' || instrument === 'gad7') return `${instrument}.${item}`;
  if ((CAPRINI_VTE_ITEMS as readonly string[]).includes(item)) return `vte.${item}`;
  if (SECTION_OF[item]) return `${SECTION_OF[item]}.${item}`;
  if (item === 'asaClass') return item;
  return `history.${item}`;
}
