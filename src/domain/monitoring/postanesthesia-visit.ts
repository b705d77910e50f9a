// 麻醉术后访视 within 72 h: the findings several national indicators need (awareness, hoarseness,
// neurological deficit after a block, nausea and vomiting, hallucination, analgesia satisfaction —
// china-standards.md §1, AQI-ASR-21: VAS ≤ 3 counts as satisfied). Shaped like an instrument so the
// same form, API and storage serve it; it is a record of findings, not a score.
import { z } from 'zod';
import { defineInstrument, missingItems, type ScoreResult } from '../scores/instrument';

const yes = z.boolean().nullish();
const input = z.strictObject({
  awareness: yes,
  hoarseness: yes,
  neuroDeficit: yes,
  nausea: yes,
  vomiting: yes,
  hallucination: yes,
  /** A rescue antiemetic was given after surgery (a PONV criterion). */
  rescueAntiemetic: yes,
  painVas: z.number().int().min(0).max(10).nullish(),
  satisfaction: z.enum(['satisfied', 'neutral', 'dissatisfied']).nullish(),
});
const REQUIRED = [
  'awareness',
  'hoarseness',
  'neuroDeficit',
  'nausea',
  'vomiting',
  'hallucination',
  'painVas',
  'satisfaction',
] as const;
const FINDINGS = ['awareness', 'hoarseness', 'neuroDeficit', 'nausea', 'vomiting', 'hallucination'] as const;
const FINDING_LABELS: Record<(typeof FINDINGS)[number], { zh: string; en: string }> = {
  awareness: { zh: '术中知晓', en: 'Awareness' },
  hoarseness: { zh: '声音嘶哑', en: 'Hoarseness' },
  neuroDeficit: { zh: '神经功能障碍', en: 'Neurological deficit' },
  nausea: { zh: '恶心', en: 'Nausea' },
  vomiting: { zh: '呕吐', en: 'Vomiting' },
  hallucination: { zh: '幻觉/分离', en: 'Hallucination / dissociation' },
};

export const postanesthesiaVisit = defineInstrument({
  id: 'postanesthesia-visit',
  names: { zh: '麻醉术后访视', en: 'Post-anesthesia visit' },
  version: 'Periop 1',
  source: 'Anesthesia QC indicators, china-standards.md §1 (AQI-ASR-21 and the post-anesthesia visit items).',
  input,
  required: REQUIRED,
  additive: false,
  compute(i): ScoreResult {
    const missing = missingItems(i, REQUIRED);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const found = FINDINGS.filter((k) => i[k] === true);
    const satisfied = i.painVas! <= 3; // AQI-ASR-21
    return {
      status: 'complete',
      total: found.length,
      band: found.length ? 'findings' : 'none',
      bandLabel: found.length
        ? { zh: `${found.length} 项异常`, en: `${found.length} findings` }
        : { zh: '无异常', en: 'No findings' },
      subscores: Object.fromEntries(FINDINGS.map((k) => [k, i[k] ? 1 : 0])),
      flags: found.map((k) => ({
        code: `visit72.${k}`,
        severity: 'warning' as const,
        label: FINDING_LABELS[k],
      })),
      recommendations: [],
      details: { analgesiaSatisfied: satisfied, painVas: i.painVas! },
    };
  },
});

/** The forms a nurse or anesthesiologist fills after surgery, by id. */
export const POSTOP_FORMS = [
  'aldrete',
  'padss',
  'braden',
  'pain-nrs',
  '4at',
  'cam-icu',
  'rass',
  'phq9',
  'gad7',
  'postanesthesia-visit',
] as const;
export type PostopForm = (typeof POSTOP_FORMS)[number];
