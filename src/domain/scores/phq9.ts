// PHQ-9 — Kroenke K, Spitzer RL, Williams JBW. J Gen Intern Med 2001;16:606–613. clinical-scores.md §10.
import {
  defineInstrument,
  missingItems,
  type Recommendation,
  type ScoreResult,
  sum,
  type Text,
} from './instrument';
import { itemsSchema } from './questionnaire';

const KEYS = ['item1', 'item2', 'item3', 'item4', 'item5', 'item6', 'item7', 'item8', 'item9'] as const;

// Severity bands 0–4 / 5–9 / 10–14 / 15–19 / 20–27 (Kroenke 2001).
export function phq9Band(total: number): { band: string; label: Text } {
  if (total <= 4) return { band: 'minimal', label: { zh: '无/极轻', en: 'Minimal' } };
  if (total <= 9) return { band: 'mild', label: { zh: '轻度', en: 'Mild' } };
  if (total <= 14) return { band: 'moderate', label: { zh: '中度', en: 'Moderate' } };
  if (total <= 19) return { band: 'moderately_severe', label: { zh: '中重度', en: 'Moderately severe' } };
  return { band: 'severe', label: { zh: '重度', en: 'Severe' } };
}

export const phq9 = defineInstrument({
  id: 'phq9',
  names: { zh: '患者健康问卷抑郁量表（PHQ-9）', en: 'Patient Health Questionnaire-9 (PHQ-9)' },
  version: 'Kroenke 2001',
  source: 'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9. J Gen Intern Med 2001;16:606–613.',
  input: itemsSchema(KEYS),
  required: KEYS,
  compute(i): ScoreResult {
    const missing = missingItems(i, KEYS);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const subscores: Record<string, number> = {};
    for (const k of KEYS) subscores[k] = i[k]!;
    const total = sum(subscores);
    const { band, label } = phq9Band(total);
    const flags: Extract<ScoreResult, { status: 'complete' }>['flags'] = [];
    const recommendations: Recommendation[] = [];
    // Item 9 (self-harm thoughts) > 0 is its own immediate alert, whatever the total (decision D15).
    if (i.item9! > 0) {
      flags.push({
        code: 'phq9.item9',
        severity: 'critical',
        label: { zh: '第 9 题阳性：自伤/自杀观念', en: 'Item 9 positive: thoughts of self-harm' },
      });
      recommendations.push({
        code: 'phq9.suicide_risk_assessment',
        text: {
          zh: '立即通知主管医师进行自杀风险评估',
          en: 'Alert the responsible clinician now for a suicide risk assessment',
        },
        source: 'Kroenke 2001; PHQ-9 instructions',
      });
    }
    if (total >= 10) {
      flags.push({ code: 'phq9.high', severity: 'high', label: { zh: 'PHQ-9 ≥ 10', en: 'PHQ-9 ≥ 10' } });
      recommendations.push({
        code: 'phq9.referral',
        text: {
          zh: '转诊麻醉治疗门诊/心理科（围术期抑郁路径）',
          en: 'Refer to the anesthesia treatment clinic / psychology (perioperative depression pathway)',
        },
        source:
          'Kroenke 2001 (≥ 10 screening cut); perioperative depression pathway of the anesthesia department (杨建军, 郑州大学第一附属医院 麻醉与围术期医学部)',
      });
    }
    return {
      status: 'complete',
      total,
      band,
      bandLabel: label,
      subscores,
      flags,
      recommendations,
      details: { item9: i.item9! },
    };
  },
});
