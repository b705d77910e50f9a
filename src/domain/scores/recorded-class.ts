// Recorded clinical classes (Mallampati, Ramsay, RASS, pain NRS): validated and banded, never inferred.
import { z } from 'zod';
import { defineInstrument, type Flag, missingItems, type ScoreResult, type Text } from './instrument';

// Mallampati (Samsoon & Young 1987 four-class modification); one element of the airway examination, not a verdict.
const MALLAMPATI: Text[] = [
  { zh: 'I 级：软腭、咽腭弓、悬雍垂、扁桃体柱可见', en: 'Class I: soft palate, fauces, uvula, pillars' },
  { zh: 'II 级：软腭、咽腭弓、悬雍垂可见', en: 'Class II: soft palate, fauces, uvula' },
  { zh: 'III 级：仅见软腭和悬雍垂根部', en: 'Class III: soft palate, base of uvula' },
  { zh: 'IV 级：软腭不可见', en: 'Class IV: soft palate not visible' },
];
export const mallampati = defineInstrument({
  id: 'mallampati',
  names: { zh: '改良 Mallampati 分级', en: 'Modified Mallampati classification' },
  version: 'Samsoon & Young 1987',
  source:
    'Samsoon GLT, Young JRB. Difficult tracheal intubation: a retrospective study. Anaesthesia 1987;42:487–490.',
  input: z.strictObject({
    mallampatiClass: z.number().int().min(1).max(4).nullish(),
    phonation: z.boolean().nullish(),
  }),
  required: ['mallampatiClass'],
  compute(i): ScoreResult {
    const missing = missingItems(i, ['mallampatiClass'] as const);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const c = i.mallampatiClass!;
    const flags: Flag[] =
      c >= 3
        ? [
            {
              code: 'mallampati.iii_iv',
              severity: 'warning',
              label: { zh: 'Mallampati III–IV 级', en: 'Mallampati III–IV' },
            },
          ]
        : [];
    return {
      status: 'complete',
      total: c,
      band: ['I', 'II', 'III', 'IV'][c - 1]!,
      bandLabel: MALLAMPATI[c - 1]!,
      subscores: { mallampatiClass: c },
      flags,
      recommendations: [],
      details: { phonation: i.phonation ?? null },
    };
  },
});

// Pain NRS 0–10; bands 0 / 1–3 / 4–6 / 7–10 by default, Serlin 1995 0 / 1–4 / 5–6 / 7–10 as an option (decision D22).
export function painBand(
  score: number,
  scheme: 'common' | 'serlin',
): 'none' | 'mild' | 'moderate' | 'severe' {
  if (score === 0) return 'none';
  if (score <= (scheme === 'serlin' ? 4 : 3)) return 'mild';
  if (score <= 6) return 'moderate';
  return 'severe';
}
const PAIN_LABELS = {
  none: { zh: '无痛', en: 'No pain' },
  mild: { zh: '轻度疼痛', en: 'Mild pain' },
  moderate: { zh: '中度疼痛', en: 'Moderate pain' },
  severe: { zh: '重度疼痛', en: 'Severe pain' },
} as const;
export const painNrs = defineInstrument({
  id: 'pain-nrs',
  names: { zh: '疼痛数字评分（NRS）', en: 'Pain numeric rating scale (NRS)' },
  version: 'NRS 0–10',
  source:
    'Numeric rating scale 0–10; bands: common practice 1–3/4–6/7–10; Serlin RC, et al. Pain 1995;61:277–284.',
  input: z.strictObject({
    score: z.number().int().min(0).max(10).nullish(),
    context: z.enum(['rest', 'movement']).nullish(),
    scheme: z.enum(['common', 'serlin']).nullish(),
  }),
  required: ['score'],
  compute(i): ScoreResult {
    const missing = missingItems(i, ['score'] as const);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const scheme = i.scheme ?? 'common';
    const band = painBand(i.score!, scheme);
    return {
      status: 'complete',
      total: i.score!,
      band,
      bandLabel: PAIN_LABELS[band],
      subscores: { score: i.score! },
      // Analgesic review at NRS ≥ 4 (decision D22).
      flags:
        i.score! >= 4
          ? [
              {
                code: 'pain.review',
                severity: 'warning',
                label: { zh: '疼痛 ≥ 4 分，需镇痛评估', en: 'Pain ≥ 4: review analgesia' },
              },
            ]
          : [],
      recommendations: [],
      details: { scheme, context: i.context ?? null },
    };
  },
});

// RASS — Sessler CN, et al. Am J Respir Crit Care Med 2002;166:1338–1344.
const RASS_TERMS: Record<number, Text> = {
  4: { zh: '有攻击性', en: 'Combative' },
  3: { zh: '非常躁动', en: 'Very agitated' },
  2: { zh: '躁动', en: 'Agitated' },
  1: { zh: '不安', en: 'Restless' },
  0: { zh: '清醒平静', en: 'Alert and calm' },
  [-1]: { zh: '嗜睡', en: 'Drowsy' },
  [-2]: { zh: '轻度镇静', en: 'Light sedation' },
  [-3]: { zh: '中度镇静', en: 'Moderate sedation' },
  [-4]: { zh: '深度镇静', en: 'Deep sedation' },
  [-5]: { zh: '不可唤醒', en: 'Unarousable' },
};
/** Voice response with eye contact: ≥ 10 s → −1, shorter → −2 (decision D23). */
export const rassFromEyeContactSeconds = (seconds: number): -1 | -2 => (seconds >= 10 ? -1 : -2);
export const rass = defineInstrument({
  id: 'rass',
  names: { zh: 'Richmond 躁动-镇静评分（RASS）', en: 'Richmond Agitation–Sedation Scale (RASS)' },
  version: 'Sessler 2002',
  source:
    'Sessler CN, et al. The Richmond Agitation–Sedation Scale. Am J Respir Crit Care Med 2002;166:1338–1344.',
  input: z.strictObject({ score: z.number().int().min(-5).max(4).nullish() }),
  required: ['score'],
  additive: true,
  compute(i): ScoreResult {
    const missing = missingItems(i, ['score'] as const);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const s = i.score!;
    return {
      status: 'complete',
      total: s,
      band: s > 0 ? 'agitated' : s === 0 ? 'calm' : s >= -3 ? 'sedated' : 'deep',
      bandLabel: RASS_TERMS[s]!,
      subscores: { score: s },
      flags:
        s <= -4
          ? [
              {
                code: 'rass.deep',
                severity: 'warning',
                label: { zh: '深度镇静，不能进行 CAM-ICU', en: 'Deep sedation: CAM-ICU cannot be assessed' },
              },
            ]
          : [],
      recommendations: [],
    };
  },
});

// Ramsay — Ramsay MA, et al. BMJ 1974;2:656–659. Higher = deeper (opposite to RASS; never converted).
const RAMSAY: Text[] = [
  { zh: '清醒，焦虑、躁动或不安', en: 'Awake; anxious, agitated or restless' },
  { zh: '清醒，合作、定向、安静', en: 'Awake; cooperative, oriented, tranquil' },
  { zh: '清醒，仅对指令有反应', en: 'Awake; responds to commands only' },
  { zh: '入睡，对轻叩眉间或大声呼唤反应敏捷', en: 'Asleep; brisk response to glabellar tap or loud voice' },
  {
    zh: '入睡，对轻叩眉间或大声呼唤反应迟钝',
    en: 'Asleep; sluggish response to glabellar tap or loud voice',
  },
  { zh: '入睡，无反应', en: 'Asleep; no response' },
];
export const ramsay = defineInstrument({
  id: 'ramsay',
  names: { zh: 'Ramsay 镇静评分', en: 'Ramsay sedation scale' },
  version: 'Ramsay 1974',
  source:
    'Ramsay MA, Savege TM, Simpson BR, Goodwin R. Controlled sedation with alphaxalone-alphadolone. BMJ 1974;2:656–659.',
  input: z.strictObject({ level: z.number().int().min(1).max(6).nullish() }),
  required: ['level'],
  compute(i): ScoreResult {
    const missing = missingItems(i, ['level'] as const);
    if (missing.length > 0) return { status: 'incomplete', missing };
    return {
      status: 'complete',
      total: i.level!,
      band: String(i.level),
      bandLabel: RAMSAY[i.level! - 1]!,
      subscores: { level: i.level! },
      flags: [],
      recommendations: [],
    };
  },
});
