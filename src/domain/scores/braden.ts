// Braden Scale — Bergstrom N, et al. Nurs Res 1987;36:205–210; bands per the Braden prevention protocol
// (Ayello, Hartford Institute) — decision D18. Low totals mean high risk. clinical-scores.md §12.
import { z } from 'zod';
import { defineInstrument, missingItems, type ScoreResult, sum, type Text } from './instrument';

const four = z.number().int().min(1).max(4).nullish();
const input = z.strictObject({
  sensoryPerception: four,
  moisture: four,
  activity: four,
  mobility: four,
  nutrition: four,
  frictionShear: z.number().int().min(1).max(3).nullish(), // only three levels
});
const REQUIRED = [
  'sensoryPerception',
  'moisture',
  'activity',
  'mobility',
  'nutrition',
  'frictionShear',
] as const;

export function bradenBand(total: number): { band: string; label: Text } {
  if (total >= 19) return { band: 'none', label: { zh: '无风险', en: 'No risk' } };
  if (total >= 15) return { band: 'mild', label: { zh: '轻度风险', en: 'At risk' } };
  if (total >= 13) return { band: 'moderate', label: { zh: '中度风险', en: 'Moderate risk' } };
  if (total >= 10) return { band: 'high', label: { zh: '高度风险', en: 'High risk' } };
  return { band: 'very_high', label: { zh: '极高风险', en: 'Very high risk' } };
}

export const braden = defineInstrument({
  id: 'braden',
  names: { zh: 'Braden 压力性损伤风险评估', en: 'Braden Scale for pressure-injury risk' },
  version: 'Bergstrom 1987',
  source:
    'Bergstrom N, Braden BJ, Laguzza A, Holman V. The Braden Scale for predicting pressure sore risk. Nurs Res 1987;36:205–210.',
  input,
  required: REQUIRED,
  compute(i): ScoreResult {
    const missing = missingItems(i, REQUIRED);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const subscores = Object.fromEntries(REQUIRED.map((k) => [k, i[k]!]));
    const total = sum(subscores);
    const { band, label } = bradenBand(total);
    const atRisk = total <= 18;
    return {
      status: 'complete',
      total,
      band,
      bandLabel: label,
      subscores,
      flags:
        total <= 12
          ? [{ code: 'braden.high', severity: 'high', label }]
          : atRisk
            ? [{ code: 'braden.at_risk', severity: 'warning', label }]
            : [],
      recommendations: atRisk
        ? [
            {
              code: `braden.skin_care.${band}`,
              text: {
                zh: '皮肤护理计划：定时翻身、减压床垫、保持皮肤干燥、营养评估，针对低分项逐项干预',
                en: 'Skin-care plan: scheduled repositioning, pressure-redistribution surface, moisture control, nutrition review; target each low subscore',
              },
              source: 'Braden prevention protocol (Ayello, Hartford Institute)',
            },
          ]
        : [],
    };
  },
});
