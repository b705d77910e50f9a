// Charlson Comorbidity Index, age-adjusted — Charlson ME, et al. J Chronic Dis 1987;40:373–383;
// Charlson M, et al. J Clin Epidemiol 1994;47:1245–1251. clinical-scores.md §16.2.
import { z } from 'zod';
import { defineInstrument, missingItems, type ScoreResult, sum } from './instrument';

const yes = z.boolean().nullish();
export const CHARLSON_ONE_POINT = [
  'myocardialInfarction',
  'congestiveHeartFailure',
  'peripheralVascularDisease',
  'cerebrovascularDisease',
  'dementia',
  'chronicPulmonaryDisease',
  'connectiveTissueDisease',
  'pepticUlcerDisease',
] as const;
export const CHARLSON_TWO_POINTS = [
  'hemiplegia',
  'moderateSevereRenalDisease',
  'leukemia',
  'lymphoma',
] as const;

const input = z.strictObject({
  age: z.number().int().min(0).max(120).nullish(),
  ...(Object.fromEntries(CHARLSON_ONE_POINT.map((k) => [k, yes])) as Record<
    (typeof CHARLSON_ONE_POINT)[number],
    typeof yes
  >),
  ...(Object.fromEntries(CHARLSON_TWO_POINTS.map((k) => [k, yes])) as Record<
    (typeof CHARLSON_TWO_POINTS)[number],
    typeof yes
  >),
  // Hierarchies: only the more severe member of each pair counts.
  liverDisease: z.enum(['none', 'mild', 'moderate_severe']).nullish(),
  diabetes: z.enum(['none', 'uncomplicated', 'end_organ_damage']).nullish(),
  solidTumor: z.enum(['none', 'localized', 'metastatic']).nullish(),
  aids: yes,
});
const REQUIRED = [
  'age',
  ...CHARLSON_ONE_POINT,
  ...CHARLSON_TWO_POINTS,
  'liverDisease',
  'diabetes',
  'solidTumor',
  'aids',
] as const;

// Decision D21: age points start at 50 (calculator convention): < 50 → 0, 50s → 1, 60s → 2, 70s → 3, ≥ 80 → 4.
export const charlsonAgePoints = (age: number): number =>
  age < 50 ? 0 : age < 60 ? 1 : age < 70 ? 2 : age < 80 ? 3 : 4;
// Charlson 1994 estimated 10-year survival: 0.983^(e^(0.9 × CCI)).
export const tenYearSurvival = (cci: number): number => 0.983 ** Math.exp(0.9 * cci);

export const charlson = defineInstrument({
  id: 'charlson',
  names: { zh: 'Charlson 合并症指数（年龄校正）', en: 'Charlson Comorbidity Index (age-adjusted)' },
  version: 'Charlson 1987/1994',
  source:
    'Charlson ME, et al. J Chronic Dis 1987;40:373–383; Charlson M, et al. J Clin Epidemiol 1994;47:1245–1251.',
  input,
  required: REQUIRED,
  compute(i): ScoreResult {
    const missing = missingItems(i, REQUIRED);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const subscores: Record<string, number> = { age: charlsonAgePoints(i.age!) };
    for (const k of CHARLSON_ONE_POINT) subscores[k] = i[k] ? 1 : 0;
    for (const k of CHARLSON_TWO_POINTS) subscores[k] = i[k] ? 2 : 0;
    subscores.liverDisease = { none: 0, mild: 1, moderate_severe: 3 }[i.liverDisease!];
    subscores.diabetes = { none: 0, uncomplicated: 1, end_organ_damage: 2 }[i.diabetes!];
    subscores.solidTumor = { none: 0, localized: 2, metastatic: 6 }[i.solidTumor!];
    subscores.aids = i.aids ? 6 : 0;
    const total = sum(subscores);
    const survival = tenYearSurvival(total);
    return {
      status: 'complete',
      total,
      band: String(total),
      bandLabel: {
        zh: `10 年生存率约 ${Math.round(survival * 100)}%`,
        en: `Estimated 10-year survival ${Math.round(survival * 100)}%`,
      },
      subscores,
      flags: [],
      recommendations: [],
      details: { tenYearSurvival: Math.round(survival * 1000) / 10, method: 'chart' },
    };
  },
});
