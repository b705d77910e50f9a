// Modified Aldrete score — Aldrete JA. J Clin Anesth 1995;7:89–91. clinical-scores.md §11.1.
import { z } from 'zod';
import { defineInstrument, missingItems, type ScoreResult, sum } from './instrument';

const points = z.union([z.literal(0), z.literal(1), z.literal(2)]).nullish();
const input = z.strictObject({
  activity: points, // 2 = moves 4 limbs, 1 = 2 limbs, 0 = none
  respiration: points, // 2 = breathes deeply and coughs, 1 = dyspnoea/shallow, 0 = apnoeic
  consciousness: points, // 2 = fully awake, 1 = arousable on calling, 0 = not responding
  baselineSystolic: z.number().min(30).max(300).nullish(),
  systolic: z.number().min(0).max(300).nullish(),
  spo2: z.number().min(0).max(100).nullish(),
  onOxygen: z.boolean().nullish(),
});
const REQUIRED = [
  'activity',
  'respiration',
  'consciousness',
  'baselineSystolic',
  'systolic',
  'spo2',
  'onOxygen',
] as const;

// Decision D16: % deviation of the pre-anaesthetic systolic; ≤ 20 % → 2, > 20 and < 50 % → 1, ≥ 50 % → 0.
// Compared in integers-times-100 so that exactly 20 % or 50 % is not lost to floating point.
export function circulationPoints(baseline: number, now: number): number {
  const deviation100 = Math.abs(now - baseline) * 100;
  if (deviation100 <= 20 * baseline) return 2;
  if (deviation100 < 50 * baseline) return 1;
  return 0;
}
// Decision D16: 2 only if > 92 % on room air; 1 if > 90 % (on O2, or 91–92 on air); 0 if ≤ 90 %.
export function saturationPoints(spo2: number, onOxygen: boolean): number {
  if (spo2 > 92 && !onOxygen) return 2;
  if (spo2 > 90) return 1;
  return 0;
}

export const aldrete = defineInstrument({
  id: 'aldrete',
  names: { zh: '改良 Aldrete 评分', en: 'Modified Aldrete score' },
  version: 'Aldrete 1995',
  source: 'Aldrete JA. The post-anesthesia recovery score revisited. J Clin Anesth 1995;7:89–91.',
  input,
  required: REQUIRED,
  compute(i): ScoreResult {
    const missing = missingItems(i, REQUIRED);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const subscores = {
      activity: i.activity!,
      respiration: i.respiration!,
      circulation: circulationPoints(i.baselineSystolic!, i.systolic!),
      consciousness: i.consciousness!,
      saturation: saturationPoints(i.spo2!, i.onOxygen!),
    };
    const total = sum(subscores);
    const ready = total >= 9;
    return {
      status: 'complete',
      total,
      band: ready ? 'ready' : 'not_ready',
      bandLabel: ready
        ? { zh: '可出 PACU（≥ 9 分）', en: 'May leave phase I recovery (≥ 9)' }
        : { zh: '暂不可出 PACU', en: 'Not yet ready for PACU discharge' },
      subscores,
      flags: [],
      recommendations: [],
      details: { phase1Discharge: ready },
    };
  },
});
