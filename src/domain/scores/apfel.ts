// Apfel simplified PONV risk score — Apfel CC et al. Anesthesiology 1999;91:693–700. clinical-scores.md §6.
import { z } from 'zod';
import { defineInstrument, missingItems, type ScoreResult, sum } from './instrument';

const input = z.strictObject({
  sex: z.enum(['male', 'female']).nullish(),
  currentSmoker: z.boolean().nullish(),
  ponvHistory: z.boolean().nullish(),
  motionSickness: z.boolean().nullish(),
  // Anticipated post-operative opioids at pre-op scoring (decision D11).
  postoperativeOpioids: z.boolean().nullish(),
});

const REQUIRED = ['sex', 'currentSmoker', 'ponvHistory', 'motionSickness', 'postoperativeOpioids'] as const;

// Published 24-h PONV incidence by number of factors (Apfel 1999).
export const APFEL_RISK = ['10%', '21%', '39%', '61%', '79%'] as const;

export const apfel = defineInstrument({
  id: 'apfel',
  names: { zh: 'Apfel 术后恶心呕吐风险评分', en: 'Apfel simplified PONV risk score' },
  version: 'Apfel 1999',
  source:
    'Apfel CC, et al. A simplified risk score for predicting postoperative nausea and vomiting. Anesthesiology 1999;91:693–700.',
  input,
  required: REQUIRED,
  compute(i): ScoreResult {
    const missing = missingItems(i, REQUIRED);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const subscores = {
      female: i.sex === 'female' ? 1 : 0,
      nonSmoker: i.currentSmoker ? 0 : 1,
      // A history of PONV and of motion sickness together still count once.
      history: i.ponvHistory || i.motionSickness ? 1 : 0,
      postoperativeOpioids: i.postoperativeOpioids ? 1 : 0,
    };
    const total = sum(subscores);
    // Gan 2020 Fourth Consensus: 2 agents for 1–2 factors, 3–4 agents for > 2 (wording to verify, §19).
    const agents = total === 0 ? null : total <= 2 ? '2' : '3–4';
    return {
      status: 'complete',
      total,
      band: APFEL_RISK[total]!,
      bandLabel: { zh: `PONV 风险 ${APFEL_RISK[total]}`, en: `PONV risk ${APFEL_RISK[total]}` },
      subscores,
      flags:
        total >= 3
          ? [{ code: 'apfel.high', severity: 'high', label: { zh: 'Apfel ≥ 3', en: 'Apfel ≥ 3' } }]
          : [],
      recommendations: agents
        ? [
            {
              code: 'apfel.prophylaxis',
              text: {
                zh: `PONV 预防：${agents} 种不同机制止吐措施；氯胺酮/艾司氯胺酮增加 PONV 与幻觉风险，慎用或合用咪达唑仑`,
                en: `PONV prophylaxis with ${agents} agents of different classes; ketamine/esketamine raises PONV and hallucination risk — avoid or give with midazolam`,
              },
              source:
                'Gan TJ, et al. Fourth Consensus Guidelines for PONV. Anesth Analg 2020;131:411–448; meta-analysis of 15 RCTs (3,159 patients) of perioperative IV ketamine: fewer depressive symptoms, more PONV and hallucinations, fewer with midazolam (杨建军 team, 郑州大学第一附属医院)',
            },
          ]
        : [],
      details: { risk: APFEL_RISK[total]! },
    };
  },
});
