// Clavien–Dindo — Dindo D, Demartines N, Clavien PA. Ann Surg 2004;240:205–213. Graded by the
// treatment given; the software proposes, the clinician confirms. clinical-scores.md §13.
import { z } from 'zod';
import { defineInstrument, missingItems, type ScoreResult, type Text } from './instrument';

export const CD_TREATMENTS = [
  'none_or_allowed_drugs', // antiemetics, antipyretics, analgesics, diuretics, electrolytes, physiotherapy, bedside wound opening
  'other_drugs_transfusion_tpn',
  'intervention_without_ga',
  'intervention_under_ga',
  'icu_single_organ', // life-threatening, IC/ICU, single organ (incl. dialysis)
  'icu_multi_organ',
  'death',
] as const;
export const CD_GRADES = ['I', 'II', 'IIIa', 'IIIb', 'IVa', 'IVb', 'V'] as const;
export type CdGrade = (typeof CD_GRADES)[number];

const LABELS: Record<CdGrade, Text> = {
  I: { zh: 'I 级：无需特殊处理', en: 'Grade I: no specific treatment' },
  II: { zh: 'II 级：需药物治疗/输血/全肠外营养', en: 'Grade II: drugs, transfusion or TPN' },
  IIIa: { zh: 'IIIa 级：非全麻下干预', en: 'Grade IIIa: intervention without general anaesthesia' },
  IIIb: { zh: 'IIIb 级：全麻下干预', en: 'Grade IIIb: intervention under general anaesthesia' },
  IVa: { zh: 'IVa 级：单器官功能障碍需 ICU', en: 'Grade IVa: single-organ dysfunction in ICU' },
  IVb: { zh: 'IVb 级：多器官功能障碍需 ICU', en: 'Grade IVb: multi-organ dysfunction in ICU' },
  V: { zh: 'V 级：死亡', en: 'Grade V: death' },
};

const input = z.strictObject({
  treatment: z.enum(CD_TREATMENTS).nullish(),
  // "d": still present at discharge; never appended to death (grade V).
  presentAtDischarge: z.boolean().nullish(),
});

/** The grade with its disability suffix, e.g. "IIIb-d". */
export const cdLabel = (grade: CdGrade, presentAtDischarge: boolean): string =>
  grade !== 'V' && presentAtDischarge ? `${grade}-d` : grade;

export const clavienDindo = defineInstrument({
  id: 'clavien-dindo',
  names: { zh: 'Clavien–Dindo 并发症分级', en: 'Clavien–Dindo classification' },
  version: 'Dindo 2004',
  source:
    'Dindo D, Demartines N, Clavien PA. Classification of surgical complications. Ann Surg 2004;240:205–213.',
  input,
  required: ['treatment', 'presentAtDischarge'],
  additive: false,
  compute(i): ScoreResult {
    const missing = missingItems(i, ['treatment', 'presentAtDischarge'] as const);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const index = CD_TREATMENTS.indexOf(i.treatment!);
    const grade = CD_GRADES[index]!;
    return {
      status: 'complete',
      total: index + 1,
      band: cdLabel(grade, i.presentAtDischarge!),
      bandLabel: LABELS[grade],
      subscores: {},
      flags: index >= 4 ? [{ code: 'cd.major', severity: 'high', label: LABELS[grade] }] : [],
      recommendations: [],
      details: { grade, suffixD: grade !== 'V' && i.presentAtDischarge! },
    };
  },
});
