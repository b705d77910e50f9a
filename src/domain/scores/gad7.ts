// GAD-7 — Spitzer RL, Kroenke K, Williams JBW, Löwe B. Arch Intern Med 2006;166:1092–1097. clinical-scores.md §10.
import { defineInstrument, missingItems, type ScoreResult, sum, type Text } from './instrument';
import { itemsSchema } from './questionnaire';

const KEYS = ['item1', 'item2', 'item3', 'item4', 'item5', 'item6', 'item7'] as const;

// 0–4 / 5–9 / 10–14 / 15–21 (Spitzer 2006); ≥ 10 probable GAD.
export function gad7Band(total: number): { band: string; label: Text } {
  if (total <= 4) return { band: 'minimal', label: { zh: '无/极轻', en: 'Minimal' } };
  if (total <= 9) return { band: 'mild', label: { zh: '轻度', en: 'Mild' } };
  if (total <= 14) return { band: 'moderate', label: { zh: '中度', en: 'Moderate' } };
  return { band: 'severe', label: { zh: '重度', en: 'Severe' } };
}

export const gad7 = defineInstrument({
  id: 'gad7',
  names: { zh: '广泛性焦虑量表（GAD-7）', en: 'Generalized Anxiety Disorder-7 (GAD-7)' },
  version: 'Spitzer 2006',
  source:
    'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166:1092–1097.',
  input: itemsSchema(KEYS),
  required: KEYS,
  compute(i): ScoreResult {
    const missing = missingItems(i, KEYS);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const subscores: Record<string, number> = {};
    for (const k of KEYS) subscores[k] = i[k]!;
    const total = sum(subscores);
    const { band, label } = gad7Band(total);
    return {
      status: 'complete',
      total,
      band,
      bandLabel: label,
      subscores,
      flags:
        total >= 10
          ? [{ code: 'gad7.high', severity: 'warning', label: { zh: 'GAD-7 ≥ 10', en: 'GAD-7 ≥ 10' } }]
          : [],
      recommendations: [],
    };
  },
});
