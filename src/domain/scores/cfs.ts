// Clinical Frailty Scale 2.0 — Rockwood K, Theou O. Can Geriatr J 2020;23:210–215. Assigned by a clinician. clinical-scores.md §9.
import { z } from 'zod';
import { defineInstrument, type Flag, missingItems, type ScoreResult, type Text } from './instrument';

const LEVELS: Text[] = [
  { zh: '非常健壮', en: 'Very fit' },
  { zh: '健壮', en: 'Fit' },
  { zh: '维持良好', en: 'Managing well' },
  { zh: '极轻度衰弱', en: 'Living with very mild frailty' },
  { zh: '轻度衰弱', en: 'Living with mild frailty' },
  { zh: '中度衰弱', en: 'Living with moderate frailty' },
  { zh: '重度衰弱', en: 'Living with severe frailty' },
  { zh: '极重度衰弱', en: 'Living with very severe frailty' },
  { zh: '终末期', en: 'Terminally ill' },
];

const input = z.strictObject({
  level: z.number().int().min(1).max(9).nullish(),
  // Optional: only used to warn that the scale is not validated under 65.
  age: z.number().int().min(0).max(120).nullish(),
});

export const cfs = defineInstrument({
  id: 'cfs',
  names: { zh: '临床衰弱量表（CFS 2.0）', en: 'Clinical Frailty Scale 2.0' },
  version: 'CFS 2.0 (2020)',
  source:
    'Rockwood K, Theou O. Using the Clinical Frailty Scale in allocating scarce health care resources. Can Geriatr J 2020;23:210–215.',
  input,
  required: ['level'],
  compute(i): ScoreResult {
    const missing = missingItems(i, ['level'] as const);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const level = i.level!;
    const flags: Flag[] = [];
    // Decision D14: ≥ 5 = frail; 4 is shown as very mild frailty, not flagged.
    const frail = level >= 5;
    if (frail)
      flags.push({
        code: 'cfs.frail',
        severity: 'high',
        label: { zh: '衰弱（CFS ≥ 5）', en: 'Frail (CFS ≥ 5)' },
      });
    if (i.age !== undefined && i.age !== null && i.age < 65) {
      flags.push({
        code: 'cfs.under_65',
        severity: 'info',
        label: { zh: 'CFS 未在 65 岁以下人群验证', en: 'CFS is not validated under 65' },
      });
    }
    return {
      status: 'complete',
      total: level,
      band: frail ? 'frail' : level === 4 ? 'very_mild' : 'not_frail',
      bandLabel: LEVELS[level - 1]!,
      subscores: { level },
      flags,
      recommendations: frail
        ? [
            {
              code: 'cfs.geriatric_assessment',
              text: {
                zh: '老年综合评估（CGA）与共同决策',
                en: 'Comprehensive geriatric assessment and shared decision-making',
              },
              source: 'Rockwood & Theou 2020; ERAS / geriatric perioperative guidance',
            },
          ]
        : [],
      details: { frail },
    };
  },
});
