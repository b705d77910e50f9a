// KDIGO acute kidney injury — KDIGO Clinical Practice Guideline for AKI. Kidney Int Suppl 2012;2:1–138
// (definition 2.1.1, staging table 2). clinical-scores.md §14, decision D20 and "KDIGO staging, exact" in
// docs/clinical-decisions.md. µmol/L with 26.5 and 353.6, every comparison in exact decimals (decimal.ts).
import { z } from 'zod';
import { commonScale, scaled } from './decimal';
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
  // The operation (start of anesthesia): with a pre-operative baseline, a value within 7 days after it is
  // presumed acute (StEP renal endpoints, McIlroy et al. Br J Anaesth 2018;121:1013–24: KDIGO within 7 days
  // of surgery against the pre-operative creatinine), however long before surgery the baseline was taken.
  surgeryAt: isoInstant.nullish(),
});
type KdigoInput = z.infer<typeof input>;
type Reading = { value: number; at: string };

export const RISE_48H_UMOL = 26.5; // ≥ 0.3 mg/dL
export const STAGE3_SCR_UMOL = 353.6; // ≥ 4.0 mg/dL
const H = 3_600_000;
const RISE_WINDOW_MS = 48 * H; // KDIGO 2012 2.1.1: a rise ≥ 0.3 mg/dL within 48 h
const RATIO_WINDOW_MS = 7 * 24 * H; // KDIGO 2012 2.1.1: ≥ 1.5 × baseline, known to have occurred within 7 days

/** What one criterion shows: the stage the data prove, and the inputs whose absence leaves a higher one open. */
export type CriterionStage = { stage: number; missing: string[] };

/** Half-open ratio bands [1.5, 2) → 1, [2, 3) → 2, ≥ 3 → 3 (trap 2), compared as integers. */
const ratioStage = (v: bigint, baseline: bigint): number =>
  v >= 3n * baseline ? 3 : v >= 2n * baseline ? 2 : 2n * v >= 3n * baseline ? 1 : 0;

/**
 * Stage by creatinine. A value of the series meets AKI by a rise ≥ 26.5 µmol/L over any measured value
 * (the baseline included) in the 48 h before it, or by a ratio ≥ 1.5 to the baseline when measured after
 * it and at most 7 days after it. A value before the baseline is never compared with it by ratio.
 */
export function creatinineCriterion(
  baseline: Reading | null | undefined,
  series: Reading[],
  surgeryAt?: string | null,
): CriterionStage {
  const all = baseline ? [baseline, ...series] : series;
  const scale = commonScale([RISE_48H_UMOL, STAGE3_SCR_UMOL, ...all.map((r) => r.value)]);
  const read = (r: Reading) => ({ t: Date.parse(r.at), v: scaled(r.value, scale) });
  const rise = scaled(RISE_48H_UMOL, scale);
  const stage3 = scaled(STAGE3_SCR_UMOL, scale);
  const base = baseline ? read(baseline) : null;
  const values = series.map(read);
  const surgery = surgeryAt && base && base.t <= Date.parse(surgeryAt) ? Date.parse(surgeryAt) : null;
  /** Whether a value's ratio to the baseline is known to have arisen within 7 days. */
  const acuteWindow = (t: number) =>
    base !== null &&
    t > base.t &&
    (t - base.t <= RATIO_WINDOW_MS || (surgery !== null && t > surgery && t - surgery <= RATIO_WINDOW_MS));
  const earlier = base ? [base, ...values] : values;
  let stage = 0;
  let open = base ? 0 : 3; // Without a baseline, any ratio stays possible.
  for (const x of values) {
    // SCr ≥ 353.6 stages 3 only once this value meets the AKI definition (trap 3).
    const withLevel = (s: number) => (s > 0 && x.v >= stage3 ? 3 : s);
    const risen = earlier.some((e) => e.t < x.t && x.t - e.t <= RISE_WINDOW_MS && x.v - e.v >= rise);
    const ratio = base && acuteWindow(x.t) ? ratioStage(x.v, base.v) : 0;
    stage = Math.max(stage, withLevel(Math.max(ratio, risen ? 1 : 0)));
    // Outside the window, a ratio ≥ 1.5 is not known to be acute: the answer needs a baseline within 7 days.
    if (base && x.t > base.t && !acuteWindow(x.t)) open = Math.max(open, withLevel(ratioStage(x.v, base.v)));
  }
  const missing: string[] = [];
  if (open > stage) missing.push('baselineCreatinine');
  if (!values.some((x) => !base || x.t > base.t)) missing.push('creatinine');
  return { stage, missing: stage === 3 ? [] : missing };
}

/** The stage the creatinine series proves (see `creatinineCriterion`). */
export const creatinineStage = (
  baseline: Reading | null | undefined,
  series: Reading[],
  surgeryAt?: string | null,
): number => creatinineCriterion(baseline, series, surgeryAt).stage;

/** Stage by urine output: every hour of a consecutive window below the threshold, strict `<` (decision D20). */
export function urineOutputStage(weightKg: number, hours: { hourStart: string; ml: number }[]): number {
  const scale = commonScale([weightKg, ...hours.map((h) => h.ml)]);
  const kg = scaled(weightKg, scale);
  const sorted = hours
    .map((h) => ({ t: Date.parse(h.hourStart), ml: scaled(h.ml, scale) }))
    .sort((a, b) => a.t - b.t);
  const longestRun = (below: (ml: bigint) => boolean) => {
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
  // ml × 2 < kg is < 0.5 mL/kg/h and ml × 10 < 3 × kg is < 0.3: exactly 0.5 or 0.3 does not qualify.
  const under05 = longestRun((ml) => 2n * ml < kg);
  const under03 = longestRun((ml) => 10n * ml < 3n * kg);
  const anuria = longestRun((ml) => ml === 0n);
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
const AT_LEAST: Text[] = [
  LABELS[0]!,
  { zh: 'AKI 至少 1 期', en: 'AKI stage 1 or higher' },
  { zh: 'AKI 至少 2 期', en: 'AKI stage 2 or higher' },
  LABELS[3]!,
];
const INPUT_NAMES: Record<string, Text> = {
  baselineCreatinine: { zh: '7 天内的基线肌酐', en: 'a baseline creatinine within 7 days' },
  creatinine: { zh: '基线之后的肌酐', en: 'creatinine after the baseline' },
  weightKg: { zh: '体重', en: 'body weight' },
  urineOutput: { zh: '每小时尿量', en: 'hourly urine output' },
  rrtStarted: { zh: '是否开始肾脏替代治疗', en: 'whether renal replacement therapy started' },
};
const absent = (v: unknown) => v === undefined || v === null;

export const kdigo = defineInstrument({
  id: 'kdigo',
  names: { zh: 'KDIGO 急性肾损伤分期', en: 'KDIGO acute kidney injury staging' },
  version: 'KDIGO 2012',
  source:
    'KDIGO Acute Kidney Injury Work Group. KDIGO Clinical Practice Guideline for Acute Kidney Injury. Kidney Int Suppl 2012;2:1–138.',
  input,
  // "No AKI" needs every criterion; a stage can stand on fewer, with the rest named.
  required: ['baselineCreatinine', 'creatinine', 'weightKg', 'urineOutput', 'rrtStarted'],
  additive: false,
  compute(i: KdigoInput): ScoreResult {
    const scr = creatinineCriterion(i.baselineCreatinine, i.creatinine ?? [], i.surgeryAt);
    const uoMissing = [
      ...(absent(i.weightKg) ? ['weightKg'] : []),
      ...(i.urineOutput?.length ? [] : ['urineOutput']),
    ];
    const uo = uoMissing.length === 0 ? urineOutputStage(i.weightKg!, i.urineOutput!) : null;
    const rrt = absent(i.rrtStarted) ? null : i.rrtStarted ? 3 : 0;
    // The highest stage reached by any criterion; one not evaluated could still raise a stage below 3.
    const stage = Math.max(scr.stage, uo ?? 0, rrt ?? 0);
    const missing =
      stage === 3 ? [] : [...scr.missing, ...uoMissing, ...(rrt === null ? ['rrtStarted'] : [])];
    if (stage === 0 && missing.length > 0) return { status: 'incomplete', missing };
    const creatinineEvaluated = !scr.missing.includes('creatinine');
    const names = missing.map((k) => INPUT_NAMES[k]!);
    return {
      status: 'complete',
      total: stage,
      band: stage === 0 ? 'no_aki' : `stage${stage}`,
      bandLabel: missing.length > 0 ? AT_LEAST[stage]! : LABELS[stage]!,
      subscores: {
        ...(creatinineEvaluated ? { creatinine: scr.stage } : {}),
        ...(uo === null ? {} : { urineOutput: uo }),
        ...(rrt === null ? {} : { rrt }),
      },
      flags: [
        ...(stage > 0
          ? [
              {
                code: 'kdigo.aki',
                severity: stage >= 2 ? 'critical' : 'high',
                label: LABELS[stage]!,
              } as const,
            ]
          : []),
        ...(missing.length > 0
          ? [
              {
                code: 'kdigo.not_evaluated',
                severity: 'warning',
                label: {
                  zh: `未评估：${names.map((n) => n.zh).join('、')}；分期可能更高`,
                  en: `Not evaluated: ${names.map((n) => n.en).join(', ')}; the stage may be higher`,
                },
              } as const,
            ]
          : []),
      ],
      recommendations: [],
      details: {
        creatinineEvaluated,
        urineOutputEvaluated: uo !== null,
        missing: missing.length > 0 ? missing.join(',') : null,
      },
    };
  },
});
