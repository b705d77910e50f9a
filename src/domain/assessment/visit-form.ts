// The visit form, described as data: each field's path in VisitData, its kind and its label key, in
// the order of the 麻醉前访视单.
import { ANESTHESIA_METHODS } from '../registry/vocabulary';
import { date, dateTime, number, type Section, select, yes } from './form-fields';
import { CAPRINI_VTE_ITEMS } from './visit';
import {
  ALLERGIES_SECTION,
  ANESTHESIA_HISTORY_SECTION,
  AUX_SECTION,
  FASTING_SECTION,
  MEDICATIONS_SECTION,
  TEETH_FIELDS,
} from './visit-form-preop';

export type { FieldDef, FieldKind, Section, SectionList } from './form-fields';

// Labels are message keys (visit.f.*) resolved by t() in the form.
export const VISIT_SECTIONS: Section[] = [
  {
    key: 'basics',
    title: 'visit.s.basics',
    fields: [
      dateTime('visitAt', 'visit.f.visitAt'),
      number('heightCm', 'visit.f.heightCm', 50, 250, 'cm'),
      number('weightKg', 'visit.f.weightKg', 10, 300, 'kg', 0.1),
      select('smoking', 'visit.f.smoking', ['never', 'former', 'current']),
      number('mets', 'visit.f.mets', 0, 20, 'METs'),
    ],
  },
  {
    key: 'vitals',
    title: 'visit.s.vitals',
    fields: [
      number('vitals.systolicBp', 'visit.f.systolicBp', 40, 300, 'mmHg'),
      number('vitals.diastolicBp', 'visit.f.diastolicBp', 20, 200, 'mmHg'),
      number('vitals.pulse', 'visit.f.pulse', 20, 250, '/min'),
      number('vitals.respirationRate', 'visit.f.respirationRate', 4, 60, '/min'),
      number('vitals.spo2', 'visit.f.spo2', 50, 100, '%'),
      // How the SpO2 was measured, not a finding: "其余均否" leaves it (ARISCAT needs room air).
      yes('vitals.spo2OnRoomAir', 'visit.f.spo2OnRoomAir', { noShortcut: true }),
      number('vitals.temperature', 'visit.f.temperature', 30, 43, '℃', 0.1),
    ],
  },
  ALLERGIES_SECTION,
  ANESTHESIA_HISTORY_SECTION,
  {
    key: 'history',
    title: 'visit.s.history',
    fields: [
      yes('history.ischemicHeartDisease', 'visit.f.ischemicHeartDisease'),
      yes('history.myocardialInfarction', 'visit.f.myocardialInfarction'),
      yes('history.congestiveHeartFailure', 'visit.f.congestiveHeartFailure'),
      yes('history.cerebrovascularDisease', 'visit.f.cerebrovascularDisease'),
      yes('history.hypertension', 'visit.f.hypertension'),
      select('history.diabetes', 'visit.f.diabetes', ['none', 'diet', 'oral', 'insulin']),
      yes('history.diabetesEndOrganDamage', 'visit.f.diabetesEndOrganDamage'),
      yes('history.chronicPulmonaryDisease', 'visit.f.chronicPulmonaryDisease'),
      yes('history.respiratoryInfectionLastMonth', 'visit.f.respiratoryInfectionLastMonth'),
      yes('history.peripheralVascularDisease', 'visit.f.peripheralVascularDisease'),
      yes('history.dementia', 'visit.f.dementia'),
      yes('history.connectiveTissueDisease', 'visit.f.connectiveTissueDisease'),
      yes('history.pepticUlcerDisease', 'visit.f.pepticUlcerDisease'),
      select('history.liverDisease', 'visit.f.liverDisease', ['none', 'mild', 'moderate_severe']),
      yes('history.hemiplegia', 'visit.f.hemiplegia'),
      yes('history.moderateSevereRenalDisease', 'visit.f.moderateSevereRenalDisease'),
      // The tumour is the reason for most thoracic operations: answered on its own, never by "其余均否".
      select('history.solidTumor', 'visit.f.solidTumor', ['none', 'localized', 'metastatic'], {
        noShortcut: true,
      }),
      yes('history.leukemia', 'visit.f.leukemia'),
      yes('history.lymphoma', 'visit.f.lymphoma'),
      yes('history.aids', 'visit.f.aids'),
      yes('history.historyOfVte', 'visit.f.historyOfVte'),
      yes('history.familyHistoryOfThrombosis', 'visit.f.familyHistoryOfThrombosis'),
      yes('history.varicoseVeins', 'visit.f.varicoseVeins'),
      yes('history.ponvHistory', 'visit.f.ponvHistory'),
      yes('history.motionSickness', 'visit.f.motionSickness'),
      yes('history.snoring', 'visit.f.snoring'),
      yes('history.tired', 'visit.f.tired'),
      yes('history.observedApnea', 'visit.f.observedApnea'),
    ],
  },
  MEDICATIONS_SECTION,
  {
    key: 'vte',
    title: 'visit.s.vte',
    fields: CAPRINI_VTE_ITEMS.map((k) => yes(`vte.${k}`, `visit.vte.${k}`)),
  },
  {
    key: 'airway',
    title: 'visit.s.airway',
    fields: [
      select('airway.mallampatiClass', 'visit.f.mallampatiClass', ['1', '2', '3', '4']),
      number('airway.neckCircumferenceCm', 'visit.f.neckCircumferenceCm', 20, 80, 'cm', 0.5),
      number('airway.mouthOpeningCm', 'visit.f.mouthOpeningCm', 0, 10, 'cm', 0.5),
      number('airway.thyromentalCm', 'visit.f.thyromentalCm', 0, 15, 'cm', 0.5),
      yes('airway.limitedNeckMovement', 'visit.f.limitedNeckMovement'),
      ...TEETH_FIELDS,
    ],
  },
  {
    key: 'labs',
    title: 'visit.s.labs',
    fields: [
      number('labs.hemoglobin', 'visit.f.hemoglobin', 20, 250, 'g/L'),
      number('labs.creatinine', 'visit.f.creatinine', 5, 3000, 'µmol/L'),
      number('labs.albumin', 'visit.f.albumin', 5, 70, 'g/L', 0.1),
      number('labs.inr', 'visit.f.inr', 0.5, 20, '', 0.01),
      number('labs.platelets', 'visit.f.platelets', 1, 2000, '×10⁹/L'),
      number('labs.glucose', 'visit.f.glucose', 0.5, 60, 'mmol/L', 0.1),
      date('labs.date', 'visit.f.labsDate'),
    ],
  },
  AUX_SECTION,
  FASTING_SECTION,
  {
    key: 'nutrition',
    title: 'visit.s.nutrition',
    fields: [
      select('nutrition.weightLoss', 'visit.f.weightLoss', [
        'none',
        'over5pct_3months',
        'over5pct_2months',
        'over5pct_1month',
      ]),
      number('nutrition.intakePercent', 'visit.f.intakePercent', 0, 100, '%'),
      yes('nutrition.impairedGeneralCondition', 'visit.f.impairedGeneralCondition'),
      select('nutrition.diseaseSeverity', 'visit.f.diseaseSeverity', ['0', '1', '2', '3']),
      yes('nutrition.severelyIll', 'visit.f.severelyIll'),
      select('cfsLevel', 'visit.f.cfsLevel', ['1', '2', '3', '4', '5', '6', '7', '8', '9']),
    ],
  },
  {
    key: 'phq9',
    title: 'visit.s.phq9',
    fields: Array.from({ length: 9 }, (_, k) => ({
      path: `phq9.item${k + 1}`,
      label: `visit.phq9.item${k + 1}`,
      kind: 'points' as const,
      max: 3,
    })),
  },
  {
    key: 'gad7',
    title: 'visit.s.gad7',
    fields: Array.from({ length: 7 }, (_, k) => ({
      path: `gad7.item${k + 1}`,
      label: `visit.gad7.item${k + 1}`,
      kind: 'points' as const,
      max: 3,
    })),
  },
  {
    key: 'plan',
    title: 'visit.s.plan',
    fields: [
      select('asaClass', 'visit.f.asaClass', ['1', '2', '3', '4', '5', '6']),
      yes('asaEmergency', 'visit.f.asaEmergency'),
      select('plan.anesthesiaMethod', 'visit.f.anesthesiaMethod', ANESTHESIA_METHODS),
      { path: 'plan.airwayPlan', label: 'visit.f.airwayPlan', kind: 'text', maxLength: 200 },
      select('plan.surgicalSite', 'visit.f.surgicalSite', [
        'intrathoracic',
        'upper_abdominal',
        'intraperitoneal_other',
        'suprainguinal_vascular',
        'peripheral',
      ]),
      number('plan.plannedDurationMinutes', 'visit.f.plannedDurationMinutes', 1, 1440, 'min'),
      yes('plan.postoperativeOpioids', 'visit.f.postoperativeOpioids', { noShortcut: true }),
      select('plan.postopDestination', 'visit.f.postopDestination', ['ward', 'pacu_then_ward', 'icu']),
    ],
  },
];

/** Select fields whose options are numbers in the data. */
export const NUMERIC_SELECTS = new Set([
  'airway.mallampatiClass',
  'nutrition.diseaseSeverity',
  'cfsLevel',
  'asaClass',
]);

/** The label key of a visit path, for messages such as "缺：肌酐". */
export const FIELD_LABELS: ReadonlyMap<string, string> = new Map(
  VISIT_SECTIONS.flatMap((s) => s.fields.map((f) => [f.path, f.label] as const)),
);

/** The message key that labels a visit path, the case's own items ("case.age") and the visit time included. */
export const labelKeyOf = (path: string): string =>
  FIELD_LABELS.get(path) ?? (path === 'visitAt' ? 'visit.f.visitAt' : `visit.${path}`);
