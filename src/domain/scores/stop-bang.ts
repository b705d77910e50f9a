// STOP-Bang — Chung F, et al. Anesthesiology 2008;108:812–821; Chest 2016;149:631–638. clinical-scores.md §8.
import { z } from 'zod';
import { defineInstrument, missingItems, type ScoreResult, sum, type Text } from './instrument';

const input = z.strictObject({
  snoring: z.boolean().nullish(),
  tired: z.boolean().nullish(),
  observedApnea: z.boolean().nullish(),
  hypertension: z.boolean().nullish(),
  bmi: z.number().min(10).max(90).nullish(),
  age: z.number().int().min(0).max(120).nullish(),
  // Measured value kept, so the sex-specific collar rule could also be computed (decision D13).
  neckCircumferenceCm: z.number().min(20).max(80).nullish(),
  sex: z.enum(['male', 'female']).nullish(),
});
const REQUIRED = [
  'snoring',
  'tired',
  'observedApnea',
  'hypertension',
  'bmi',
  'age',
  'neckCircumferenceCm',
  'sex',
] as const;

const BANDS: Record<'low' | 'intermediate' | 'high', Text> = {
  low: { zh: 'OSA 低风险', en: 'Low OSA risk' },
  intermediate: { zh: 'OSA 中风险', en: 'Intermediate OSA risk' },
  high: { zh: 'OSA 高风险', en: 'High OSA risk' },
};

export const stopBang = defineInstrument({
  id: 'stop-bang',
  names: { zh: 'STOP-Bang 阻塞性睡眠呼吸暂停筛查', en: 'STOP-Bang OSA screening' },
  version: 'Chung 2008',
  source:
    'Chung F, et al. STOP questionnaire. Anesthesiology 2008;108:812–821; Chung F, et al. Chest 2016;149:631–638.',
  input,
  required: REQUIRED,
  compute(i): ScoreResult {
    const missing = missingItems(i, REQUIRED);
    if (missing.length > 0) return { status: 'incomplete', missing };
    // All thresholds strict: BMI > 35, age > 50, neck > 40 cm (original, decision D13).
    const subscores = {
      snoring: i.snoring ? 1 : 0,
      tired: i.tired ? 1 : 0,
      observedApnea: i.observedApnea ? 1 : 0,
      pressure: i.hypertension ? 1 : 0,
      bmi: i.bmi! > 35 ? 1 : 0,
      age: i.age! > 50 ? 1 : 0,
      neck: i.neckCircumferenceCm! > 40 ? 1 : 0,
      gender: i.sex === 'male' ? 1 : 0,
    };
    const total = sum(subscores);
    const stop = subscores.snoring + subscores.tired + subscores.observedApnea + subscores.pressure;
    // High also when ≥ 2 STOP items plus male, BMI > 35 or large neck (Chung 2016).
    const alternativeHigh = stop >= 2 && subscores.gender + subscores.bmi + subscores.neck > 0;
    const band = total >= 5 || alternativeHigh ? 'high' : total >= 3 ? 'intermediate' : 'low';
    const high = band === 'high';
    return {
      status: 'complete',
      total,
      band,
      bandLabel: BANDS[band],
      subscores,
      flags: high ? [{ code: 'stop_bang.high', severity: 'high', label: BANDS.high }] : [],
      recommendations: high
        ? [
            {
              code: 'stop_bang.osa_precautions',
              text: {
                zh: 'OSA 预防措施：困难气道准备、减少阿片类、术后持续血氧监测与半卧位',
                en: 'OSA precautions: difficult-airway readiness, opioid-sparing analgesia, continuous post-op oximetry, semi-upright position',
              },
              source: 'Chung F, et al. Chest 2016; ASA practice guidelines for OSA (2014)',
            },
          ]
        : [],
      details: { stopItems: stop, alternativeRule: alternativeHigh && total < 5 },
    };
  },
});
