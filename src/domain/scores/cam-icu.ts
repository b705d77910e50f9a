// CAM-ICU — Ely EW, et al., training manual 2014. Positive = F1 and F2 and (F3 or F4). clinical-scores.md §15.2.
import { z } from 'zod';
import { defineInstrument, type ScoreResult, type Text } from './instrument';

const input = z.strictObject({
  rass: z.number().int().min(-5).max(4).nullish(),
  acuteChange: z.boolean().nullish(),
  inattentionErrors: z.number().int().min(0).max(10).nullish(), // letter test, 10 letters
  disorganizedThinkingErrors: z.number().int().min(0).max(5).nullish(), // 4 questions + 2-step command
});

const result = (
  band: 'unable_to_assess' | 'negative' | 'positive',
  label: Text,
  features: Record<string, number>,
): ScoreResult => ({
  status: 'complete',
  // "Unable to assess" is an outcome, not a score: it has no total (never a 0 to show as negative).
  total: band === 'unable_to_assess' ? null : band === 'positive' ? 1 : 0,
  band,
  bandLabel: label,
  subscores: features,
  flags:
    band === 'positive'
      ? [{ code: 'delirium.cam_icu_positive', severity: 'high', label }]
      : band === 'unable_to_assess'
        ? [{ code: 'cam_icu.unable', severity: 'info', label }]
        : [],
  recommendations: [],
});
const NEGATIVE: Text = { zh: 'CAM-ICU 阴性', en: 'CAM-ICU negative' };
const POSITIVE: Text = { zh: 'CAM-ICU 阳性（谵妄）', en: 'CAM-ICU positive (delirium)' };

export const camIcu = defineInstrument({
  id: 'cam-icu',
  names: { zh: 'ICU 意识模糊评估法（CAM-ICU）', en: 'Confusion Assessment Method for the ICU (CAM-ICU)' },
  version: 'Ely 2014 manual',
  source: 'Ely EW, et al. Confusion Assessment Method for the ICU (CAM-ICU) training manual, revised 2014.',
  input,
  required: ['rass', 'acuteChange', 'inattentionErrors'],
  additive: false,
  // The algorithm asks only what it needs: each step can end the assessment.
  compute(i): ScoreResult {
    if (i.rass === undefined || i.rass === null) return { status: 'incomplete', missing: ['rass'] };
    if (i.rass <= -4)
      return result(
        'unable_to_assess',
        { zh: '深度镇静，无法评估，稍后复评', en: 'Unable to assess (RASS −4/−5); reassess later' },
        {},
      );
    if (i.acuteChange === undefined || i.acuteChange === null)
      return { status: 'incomplete', missing: ['acuteChange'] };
    if (!i.acuteChange) return result('negative', NEGATIVE, { feature1: 0 });
    if (i.inattentionErrors === undefined || i.inattentionErrors === null)
      return { status: 'incomplete', missing: ['inattentionErrors'] };
    // Feature 2: > 2 errors of 10.
    if (i.inattentionErrors <= 2) return result('negative', NEGATIVE, { feature1: 1, feature2: 0 });
    // Feature 3: any RASS other than 0.
    if (i.rass !== 0) return result('positive', POSITIVE, { feature1: 1, feature2: 1, feature3: 1 });
    if (i.disorganizedThinkingErrors === undefined || i.disorganizedThinkingErrors === null) {
      return { status: 'incomplete', missing: ['disorganizedThinkingErrors'] };
    }
    // Feature 4: > 1 error.
    const f4 = i.disorganizedThinkingErrors > 1 ? 1 : 0;
    return result(f4 ? 'positive' : 'negative', f4 ? POSITIVE : NEGATIVE, {
      feature1: 1,
      feature2: 1,
      feature3: 0,
      feature4: f4,
    });
  },
});
