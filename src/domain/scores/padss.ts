// Modified PADSS — Marshall SI, Chung F. Anesth Analg 1999;88:508–517 (decision D17: the modified
// version used in Chinese day surgery). clinical-scores.md §11.2.
import { z } from 'zod';
import { defineInstrument, missingItems, type ScoreResult, sum } from './instrument';

const points = z.union([z.literal(0), z.literal(1), z.literal(2)]).nullish();
const input = z.strictObject({
  vitalSigns: points, // 2 within 20 % of pre-op, 1 20–40 %, 0 > 40 %
  ambulation: points, // 2 steady gait, 1 needs assistance, 0 unable
  nauseaVomiting: points, // 2 minimal/oral, 1 responds to parenteral, 0 persists
  painVas: z.number().int().min(0).max(10).nullish(),
  bleeding: points, // 2 minimal, 1 up to 2 dressing changes, 0 ≥ 3 / continuing
});
const REQUIRED = ['vitalSigns', 'ambulation', 'nauseaVomiting', 'painVas', 'bleeding'] as const;

// Pain item from VAS as Chinese forms print it: 0–3 → 2, 4–6 → 1, 7–10 → 0.
export const padssPainPoints = (vas: number): number => (vas <= 3 ? 2 : vas <= 6 ? 1 : 0);

export const padss = defineInstrument({
  id: 'padss',
  names: {
    zh: '改良麻醉后离院评分（PADSS）',
    en: 'Modified Post-Anaesthetic Discharge Scoring System (PADSS)',
  },
  version: 'Marshall & Chung 1999',
  source:
    'Chung F, Chan VW, Ong D. J Clin Anesth 1995;7:500–506; Marshall SI, Chung F. Anesth Analg 1999;88:508–517.',
  input,
  required: REQUIRED,
  compute(i): ScoreResult {
    const missing = missingItems(i, REQUIRED);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const subscores = {
      vitalSigns: i.vitalSigns!,
      ambulation: i.ambulation!,
      nauseaVomiting: i.nauseaVomiting!,
      pain: padssPainPoints(i.painVas!),
      bleeding: i.bleeding!,
    };
    const total = sum(subscores);
    const ready = total >= 9;
    return {
      status: 'complete',
      total,
      band: ready ? 'ready' : 'not_ready',
      bandLabel: ready
        ? { zh: '可离院（需成人陪同）', en: 'Fit for discharge home (with an adult escort)' }
        : { zh: '暂不可离院', en: 'Not yet fit for discharge' },
      subscores,
      flags: [],
      recommendations: [],
      details: { homeDischarge: ready },
    };
  },
});
