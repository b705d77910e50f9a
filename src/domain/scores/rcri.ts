// RCRI — Lee TH et al. Circulation 1999;100:1043–1049. clinical-scores.md §3.
import { z } from 'zod';
import { defineInstrument, missingItems, type ScoreResult, sum, type Text } from './instrument';
import { CREATININE_UMOL_PER_MG_DL } from './units';

const input = z.strictObject({
  // Intraperitoneal, intrathoracic or suprainguinal vascular; laparoscopic intraperitoneal counts (decision D7).
  highRiskSurgery: z.boolean().nullish(),
  ischemicHeartDisease: z.boolean().nullish(),
  congestiveHeartFailure: z.boolean().nullish(),
  cerebrovascularDisease: z.boolean().nullish(),
  // Pre-operative insulin treatment, not diabetes in general.
  insulinTherapy: z.boolean().nullish(),
  // µmol/L as Chinese labs report it; 0 and above 3,000 are not creatinine values.
  creatinine: z.number().gt(0).max(3000).nullish(),
});

const REQUIRED = [
  'highRiskSurgery',
  'ischemicHeartDisease',
  'congestiveHeartFailure',
  'cerebrovascularDisease',
  'insulinTherapy',
  'creatinine',
] as const;

// Creatinine > 2.0 mg/dL = > 176.8 µmol/L exactly, strict (decision D7; 177 scores, 176.8 does not).
export const RENAL_THRESHOLD_UMOL = 2.0 * CREATININE_UMOL_PER_MG_DL;

// Lee 1999 major cardiac complication rates, derivation / validation cohort.
const CLASSES: { band: string; label: Text; risk: string }[] = [
  { band: 'I', label: { zh: 'I 级（0 分）', en: 'Class I (0)' }, risk: '0.5% / 0.4%' },
  { band: 'II', label: { zh: 'II 级（1 分）', en: 'Class II (1)' }, risk: '1.3% / 0.9%' },
  { band: 'III', label: { zh: 'III 级（2 分）', en: 'Class III (2)' }, risk: '4% / 7%' },
  { band: 'IV', label: { zh: 'IV 级（≥3 分）', en: 'Class IV (≥3)' }, risk: '9% / 11%' },
];

export const rcri = defineInstrument({
  id: 'rcri',
  names: { zh: '改良心脏风险指数（RCRI）', en: 'Revised Cardiac Risk Index (RCRI)' },
  version: 'Lee 1999',
  source:
    'Lee TH, et al. Derivation and prospective validation of a simple index for prediction of cardiac risk of major noncardiac surgery. Circulation 1999;100:1043–1049.',
  input,
  required: REQUIRED,
  compute(i): ScoreResult {
    const missing = missingItems(i, REQUIRED);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const subscores = {
      highRiskSurgery: i.highRiskSurgery ? 1 : 0,
      ischemicHeartDisease: i.ischemicHeartDisease ? 1 : 0,
      congestiveHeartFailure: i.congestiveHeartFailure ? 1 : 0,
      cerebrovascularDisease: i.cerebrovascularDisease ? 1 : 0,
      insulinTherapy: i.insulinTherapy ? 1 : 0,
      creatinine: i.creatinine! > RENAL_THRESHOLD_UMOL ? 1 : 0,
    };
    const total = sum(subscores);
    const cls = CLASSES[Math.min(total, 3)]!;
    return {
      status: 'complete',
      total,
      band: cls.band,
      bandLabel: cls.label,
      subscores,
      // High-risk flag at RCRI ≥ 3 (issue 3 §4).
      flags:
        total >= 3
          ? [{ code: 'rcri.high', severity: 'high', label: { zh: 'RCRI ≥ 3', en: 'RCRI ≥ 3' } }]
          : [],
      recommendations: [],
      details: { riskTable: 'Lee 1999 (derivation / validation)', majorCardiacComplicationRate: cls.risk },
    };
  },
});
