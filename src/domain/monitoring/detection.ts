// Detection rules that suggest complications for a clinician to confirm or dismiss (never recorded
// by themselves): KDIGO AKI from the creatinine series, delirium from 4AT or CAM-ICU, PONV from
// rescue antiemetics or recorded vomiting, persistent fever.
import { creatinineCriterion, creatinineStage, urineOutputStage } from '../scores/kdigo';

export const COMPLICATION_TYPES = [
  'pneumonia',
  'respiratory_failure',
  'anastomotic_leak',
  'chylothorax',
  'recurrent_laryngeal_nerve_palsy',
  'arrhythmia',
  'bleeding',
  'surgical_site_infection',
  'vte_pe',
  'aki',
  'delirium',
  'ponv',
  'ketamine_hallucination',
  'hoarseness_72h',
  'regional_block_neuro_deficit',
  'new_coma',
  'awareness',
  'persistent_fever',
  'other',
] as const;
export type ComplicationType = (typeof COMPLICATION_TYPES)[number];

export const COMPLICATION_LABELS: Record<ComplicationType, { zh: string; en: string }> = {
  pneumonia: { zh: '肺炎', en: 'Pneumonia' },
  respiratory_failure: { zh: '呼吸衰竭', en: 'Respiratory failure' },
  anastomotic_leak: { zh: '吻合口瘘', en: 'Anastomotic leak' },
  chylothorax: { zh: '乳糜胸', en: 'Chylothorax' },
  recurrent_laryngeal_nerve_palsy: { zh: '喉返神经麻痹', en: 'Recurrent laryngeal nerve palsy' },
  arrhythmia: { zh: '心律失常', en: 'Arrhythmia' },
  bleeding: { zh: '出血', en: 'Bleeding' },
  surgical_site_infection: { zh: '手术部位感染', en: 'Surgical-site infection' },
  vte_pe: { zh: '静脉血栓/肺栓塞', en: 'VTE / PE' },
  aki: { zh: '急性肾损伤', en: 'Acute kidney injury' },
  delirium: { zh: '谵妄', en: 'Delirium' },
  ponv: { zh: '术后恶心呕吐', en: 'PONV' },
  ketamine_hallucination: { zh: '氯胺酮相关幻觉/分离', en: 'Hallucination/dissociation after ketamine' },
  hoarseness_72h: { zh: '声音嘶哑超过 72 小时', en: 'Hoarseness beyond 72 h' },
  regional_block_neuro_deficit: {
    zh: '区域阻滞后神经功能障碍',
    en: 'Neurological deficit after regional block',
  },
  new_coma: { zh: '新发昏迷', en: 'New coma' },
  awareness: { zh: '术中知晓', en: 'Awareness' },
  persistent_fever: { zh: '持续发热', en: 'Persistent fever' },
  other: { zh: '其他', en: 'Other' },
};

/** Clavien–Dindo grades (Dindo 2004); "d" (disability at discharge) is a separate flag. */
export const CD_GRADES = ['I', 'II', 'IIIa', 'IIIb', 'IVa', 'IVb', 'V'] as const;
export type CdGrade = (typeof CD_GRADES)[number];

export type Suggestion = {
  type: ComplicationType;
  rule: string;
  onsetAt: number;
  evidence: Record<string, string | number>;
};

type Reading = { value: number; at: string };

/**
 * KDIGO 2012 by creatinine: a stage ≥ 1 against the pre-operative baseline (or, without one, by the 48-h rise
 * alone), onset at the reading that reached it.
 */
export function suggestAki(
  baseline: Reading | null,
  series: Reading[],
  surgeryAt: string | null = null,
): Suggestion | null {
  const sorted = [...series].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (let i = 0; i < sorted.length; i++) {
    const stage = creatinineStage(baseline, sorted.slice(0, i + 1), surgeryAt);
    if (stage >= 1) {
      const reached = sorted[i]!;
      // The stage may be a floor (no baseline within 7 days): what was not evaluated is named.
      const final = creatinineCriterion(baseline, sorted, surgeryAt);
      return {
        type: 'aki',
        rule: 'kdigo.creatinine',
        onsetAt: Date.parse(reached.at),
        evidence: {
          stage: final.stage,
          ...(baseline ? { baseline: baseline.value } : {}),
          creatinine: reached.value,
          unit: 'µmol/L',
          ...(final.missing.length > 0 ? { notEvaluated: final.missing.join(',') } : {}),
        },
      };
    }
  }
  return null;
}

/** 4AT ≥ 4 (possible delirium) or a positive CAM-ICU. */
export function suggestDelirium(
  assessments: { instrument: '4at' | 'cam-icu'; total: number; positive?: boolean; at: string }[],
): Suggestion | null {
  const hit = assessments.find((a) => (a.instrument === '4at' ? a.total >= 4 : a.positive === true));
  return hit
    ? {
        type: 'delirium',
        rule: hit.instrument === '4at' ? '4at.ge4' : 'cam-icu.positive',
        onsetAt: Date.parse(hit.at),
        evidence: { instrument: hit.instrument, total: hit.total },
      }
    : null;
}

/** Rescue antiemetic after the end of anesthesia, or vomiting recorded. */
export function suggestPonv(
  events: { kind: 'rescue_antiemetic' | 'vomiting'; at: string }[],
  anesthesiaEnd: number,
): Suggestion | null {
  const hit = events
    .filter((e) => Date.parse(e.at) >= anesthesiaEnd)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
  return hit
    ? { type: 'ponv', rule: `ponv.${hit.kind}`, onsetAt: Date.parse(hit.at), evidence: { kind: hit.kind } }
    : null;
}

/** Persistent fever: temperature ≥ 38.0 ℃ in readings at least 24 h apart, without a normal reading between. */
export function suggestFever(temps: Reading[]): Suggestion | null {
  const sorted = [...temps].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let start: Reading | null = null;
  for (const t of sorted) {
    if (t.value >= 38.0) {
      start ??= t;
      if (Date.parse(t.at) - Date.parse(start.at) >= 24 * 3_600_000)
        return {
          type: 'persistent_fever',
          rule: 'fever.ge38_24h',
          onsetAt: Date.parse(start.at),
          evidence: { first: start.value, latest: t.value },
        };
    } else start = null;
  }
  return null;
}

/**
 * Findings of the post-anesthesia visit that suggest a registry entry: awareness; hallucination after
 * ketamine/esketamine; hoarseness still present beyond 72 h; a neurological deficit after a nerve block;
 * vomiting (PONV).
 */
export function suggestFromVisit(
  findings: Record<string, unknown>,
  at: number,
  ctx: { anesthesiaEnd: number; ketamineGiven: boolean; regionalBlock: boolean },
): Suggestion[] {
  const out: Suggestion[] = [];
  const add = (type: ComplicationType, rule: string) =>
    out.push({ type, rule, onsetAt: at, evidence: { source: 'postanesthesia-visit' } });
  if (findings.awareness === true) add('awareness', 'visit72.awareness');
  if (findings.hallucination === true && ctx.ketamineGiven)
    add('ketamine_hallucination', 'visit72.hallucination_after_ketamine');
  if (findings.hoarseness === true && at - ctx.anesthesiaEnd > 72 * 3_600_000)
    add('hoarseness_72h', 'visit72.hoarseness_beyond_72h');
  if (findings.neuroDeficit === true && ctx.regionalBlock)
    add('regional_block_neuro_deficit', 'visit72.deficit_after_block');
  if (findings.vomiting === true) add('ponv', 'visit72.vomiting');
  else if (findings.rescueAntiemetic === true) add('ponv', 'visit72.rescue_antiemetic');
  return out;
}

/** KDIGO 2012 by urine output (< 0.5 mL/kg/h for 6 h → stage 1, 12 h → 2; < 0.3 for 24 h or anuria 12 h → 3). */
export function suggestAkiFromUrine(
  weightKg: number | null,
  hours: { hourStart: string; ml: number }[],
): Suggestion | null {
  if (!weightKg || hours.length === 0) return null;
  const stage = urineOutputStage(weightKg, hours);
  if (stage === 0) return null;
  return {
    type: 'aki',
    rule: 'kdigo.urine_output',
    onsetAt: Date.parse(hours[0]!.hourStart),
    evidence: { stage, weightKg, hours: hours.length, unit: 'mL/kg/h' },
  };
}
