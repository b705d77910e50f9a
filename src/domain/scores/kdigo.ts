// KDIGO acute kidney injury — KDIGO Clinical Practice Guideline for AKI. Kidney Int Suppl 2012;2:1–138
// (staging table 2). Works in µmol/L with 26.5 and 353.6 — never converted and rounded first. clinical-scores.md §14.
import { z } from 'zod';
import { defineInstrument, type ScoreResult, type Text } from './instrument';
import { isoInstant } from './time';

const creatinineValue = z.strictObject({ value: z.number().gt(0).max(3000), at: isoInstant });
const input = z.strictObject({
  // Decision D20: the pre-operative creatinine is the baseline; no estimated baseline in v1.
  baselineCreatinine: creatinineValue.nullish(),
  creatinine: z.array(creatinineValue).max(500).nullish(),
  // Actual body weight (decision D20).
  weightKg: z.number().min(1).max(400).nullish(),
  // Measured hourly volumes (mL) by the hour they start.
  urineOutput: z
    .array(z.strictObject({ hourStart: isoInstant, ml: z.number().min(0).max(5000) }))
    .max(24 * 30)
    .nullish(),
  rrtStarted: z.boolean().nullish(),
});
type KdigoInput = z.infer<typeof input>;

export const RISE_48H_UMOL = 26.5; // ≥ 0.3 mg/dL
export const STAGE3_SCR_UMOL = 353.6; // ≥ 4.0 mg/dL
const H = 3_600_000;

/** Stage by creatinine: ratio to baseline in half-open bands [1.5, 2) [2, 3) ≥ 3, or a 48-h rise ≥ 26.5 µmol/L. */
export function creatinineStage(
  baseline: { value: number; at: string },
  series: { value: number; at: string }[],
): number {
  const all = [baseline, ...series]
    .map((v) => ({ value: v.value, t: Date.parse(v.at) }))
    .sort((a, b) => a.t - b.t);
  let stage = 0;
  for (const v of series.map((s) => ({ value: s.value, t: Date.parse(s.at) }))) {
    const earlier48 = all.filter((e) => e.t < v.t && e.t >= v.t - 48 * H).map((e) => e.value);
    const rise = earlier48.length > 0 && v.value - Math.min(...earlier48) >= RISE_48H_UMOL;
    const ratio = v.value / baseline.value;
    if (!(ratio >= 1.5 || rise)) continue;
    // SCr ≥ 353.6 stages 3 only once AKI is present (trap 3).
    const s = ratio >= 3 || v.value >= STAGE3_SCR_UMOL ? 3 : ratio >= 2 ? 2 : 1;
    stage = Math.max(stage, s);
  }
  return stage;
}

/** Stage by urine output: every hour of a consecutive window below the threshold, strict `<` (decision D20). */
export function urineOutputStage(weightKg: number, hours: { hourStart: string; ml: number }[]): number {
  const sorted = hours.map((h) => ({ t: Date.parse(h.hourStart), ml: h.ml })).sort((a, b) => a.t - b.t);
  const longestRun = (below: (ml: number) => boolean) => {
    let best = 0;
    let run = 0;
    let lastT = Number.NaN;
    for (const h of sorted) {
      const consecutive = h.t - lastT === H;
      run = below(h.ml) ? (consecutive ? run + 1 : 1) : 0;
      best = Math.max(best, run);
      lastT = h.t;
    }
    return best;
  };
  // Compared as ml × 10 < 3 × kg and ml × 2 < kg so that exactly 0.3 or 0.5 mL/kg/h does not qualify.
  const under05 = longestRun((ml) => ml * 2 < weightKg);
  const under03 = longestRun((ml) => ml * 10 < 3 * weightKg);
  const anuria = longestRun((ml) => ml === 0);
  if (under03 >= 24 || anuria >= 12) return 3;
  if (under05 >= 12) return 2;
  if (under05 >= 6) return 1;
  return 0;
}

const LABELS: Text[] = [
  { zh: '无 AKI', en: 'No AKI' },
  { zh: 'AKI 1 期', en: 'AKI stage 1' },
  { zh: 'AKI 2 期', en: 'AKI stage 2' },
  { zh: 'AKI 3 期', en: 'AKI stage 3' },
];

export const kdigo = defineInstrument({
  id: 'kdigo',
  names: { zh: 'KDIGO 急性肾损伤分期', en: 'KDIGO acute kidney injury staging' },
  version: 'KDIGO 2012',
  source:
    'KDIGO Acute Kidney Injury Work Group. KDIGO Clinical Practice Guideline for Acute Kidney Injury. Kidney Int Suppl 2012;2:1–138.',
  input,
  required: ['rrtStarted'],
  additive: false,
  compute(i: KdigoInput): ScoreResult {
    const hasScr = !!i.baselineCreatinine && (i.creatinine?.length ?? 0) > 0;
    const hasUo = !!i.weightKg && (i.urineOutput?.length ?? 0) > 0;
    const missing: string[] = [];
    if (i.rrtStarted === undefined || i.rrtStarted === null) missing.push('rrtStarted');
    // At least one criterion needs its data; a stage is never inferred from nothing.
    if (!hasScr && !hasUo) {
      if (!i.baselineCreatinine) missing.push('baselineCreatinine');
      if (!i.creatinine?.length) missing.push('creatinine');
      if (!i.weightKg) missing.push('weightKg');
      if (!i.urineOutput?.length) missing.push('urineOutput');
    }
    if (missing.length > 0) return { status: 'incomplete', missing };
    const subscores = {
      creatinine: hasScr ? creatinineStage(i.baselineCreatinine!, i.creatinine!) : 0,
      urineOutput: hasUo ? urineOutputStage(i.weightKg!, i.urineOutput!) : 0,
      rrt: i.rrtStarted ? 3 : 0,
    };
    // The highest stage reached by either criterion.
    const stage = Math.max(subscores.creatinine, subscores.urineOutput, subscores.rrt);
    return {
      status: 'complete',
      total: stage,
      band: stage === 0 ? 'no_aki' : `stage${stage}`,
      bandLabel: LABELS[stage]!,
      subscores,
      flags:
        stage > 0
          ? [{ code: 'kdigo.aki', severity: stage >= 2 ? 'critical' : 'high', label: LABELS[stage]! }]
          : [],
      recommendations: [],
      details: { creatinineEvaluated: hasScr, urineOutputEvaluated: hasUo },
    };
  },
});
