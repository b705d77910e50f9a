// NRS-2002 — Kondrup J, et al. ESPEN guidelines for nutrition screening 2002. Clin Nutr 2003;22:415–421. clinical-scores.md §7.
import { z } from 'zod';
import { defineInstrument, missingItems, type ScoreResult, sum } from './instrument';

export const WEIGHT_LOSS = ['none', 'over5pct_3months', 'over5pct_2months', 'over5pct_1month'] as const;

const input = z.strictObject({
  age: z.number().int().min(0).max(120).nullish(),
  bmi: z.number().min(8).max(90).nullish(),
  weightLoss: z.enum(WEIGHT_LOSS).nullish(),
  // Percent of the normal requirement eaten in the preceding week (not the reduction).
  intakePercent: z.number().min(0).max(100).nullish(),
  impairedGeneralCondition: z.boolean().nullish(),
  // Severity of disease 0–3 by clinical judgement (Kondrup's examples).
  diseaseSeverity: z.number().int().min(0).max(3).nullish(),
  severelyIll: z.boolean().nullish(),
});
const REQUIRED = [
  'age',
  'bmi',
  'weightLoss',
  'intakePercent',
  'impairedGeneralCondition',
  'diseaseSeverity',
  'severelyIll',
] as const;

const WEIGHT_LOSS_GRADE = { none: 0, over5pct_3months: 1, over5pct_2months: 2, over5pct_1month: 3 } as const;

// Decision D12: in Kondrup's overlapping bands (25–60 % moderate vs 50–75 % mild) the severer grade wins.
export const intakeGrade = (pct: number): number => (pct <= 25 ? 3 : pct < 50 ? 2 : pct <= 75 ? 1 : 0);
// BMI grades only with impaired general condition.
export const bmiGrade = (bmi: number, impaired: boolean): number =>
  !impaired ? 0 : bmi < 18.5 ? 3 : bmi <= 20.5 ? 2 : 0;

export const nrs2002 = defineInstrument({
  id: 'nrs2002',
  names: { zh: '营养风险筛查 2002（NRS-2002）', en: 'Nutritional Risk Screening 2002 (NRS-2002)' },
  version: 'Kondrup 2003',
  source: 'Kondrup J, et al. ESPEN guidelines for nutrition screening 2002. Clin Nutr 2003;22:415–421.',
  input,
  required: REQUIRED,
  compute(i): ScoreResult {
    const missing = missingItems(i, REQUIRED);
    if (missing.length > 0) return { status: 'incomplete', missing };
    // Step 1 is reported, but step 2 is always done (decision D12, Chinese practice).
    const prescreenPositive =
      i.bmi! < 20.5 || i.weightLoss !== 'none' || i.intakePercent! < 100 || i.severelyIll!;
    const subscores = {
      nutritionalStatus: Math.max(
        WEIGHT_LOSS_GRADE[i.weightLoss!],
        intakeGrade(i.intakePercent!),
        bmiGrade(i.bmi!, i.impairedGeneralCondition!),
      ),
      diseaseSeverity: i.diseaseSeverity!,
      age: i.age! >= 70 ? 1 : 0,
    };
    const total = sum(subscores);
    const atRisk = total >= 3;
    return {
      status: 'complete',
      total,
      band: atRisk ? 'at_risk' : 'not_at_risk',
      bandLabel: atRisk
        ? { zh: '存在营养风险', en: 'At nutritional risk' }
        : { zh: '暂无营养风险，每周复筛', en: 'Not at risk; rescreen weekly' },
      subscores,
      flags: atRisk
        ? [{ code: 'nrs2002.at_risk', severity: 'high', label: { zh: 'NRS-2002 ≥ 3', en: 'NRS-2002 ≥ 3' } }]
        : [],
      recommendations: atRisk
        ? [
            {
              code: 'nrs2002.nutrition_plan',
              text: {
                zh: '制定营养支持计划（营养科会诊，术前营养支持）',
                en: 'Start a nutrition care plan (dietitian, pre-operative nutrition support)',
              },
              source: 'Kondrup 2003; ESPEN surgery guideline',
            },
          ]
        : [],
      details: { prescreenPositive },
    };
  },
});
