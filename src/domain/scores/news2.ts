// NEWS2 — Royal College of Physicians, National Early Warning Score 2, Dec 2017 (Charts 1, 3, 4).
// Reference: shared/reference/clinical-scores.md §1.
import { z } from 'zod';
import {
  type Complete,
  defineInstrument,
  missingItems,
  roundHalfUp,
  type ScoreResult,
  sum,
  type Text,
} from './instrument';

export const CONSCIOUSNESS = ['A', 'C', 'V', 'P', 'U'] as const;

const input = z.strictObject({
  respirationRate: z.number().min(0).max(80).nullish(),
  spo2: z.number().min(0).max(100).nullish(),
  // Scale 2 only under an explicit, attributed clinician order for confirmed hypercapnic respiratory
  // failure (decision D2); the caller passes the scale that order sets, default 1.
  spo2Scale: z.union([z.literal(1), z.literal(2)]).nullish(),
  // Any device delivering FiO2 > 0.21 counts as oxygen (decision D3).
  onOxygen: z.boolean().nullish(),
  systolicBp: z.number().min(0).max(300).nullish(),
  pulse: z.number().min(0).max(300).nullish(),
  consciousness: z.enum(CONSCIOUSNESS).nullish(),
  // °C; 25–45 keeps Fahrenheit readings (e.g. 98.6) out.
  temperature: z.number().min(25).max(45).nullish(),
});
export type News2Input = z.infer<typeof input>;

export type News2Band = 'low' | 'low_medium' | 'medium' | 'high';
export type MonitoringFrequency = '12h' | '4-6h' | '1h' | 'continuous';

// RCP Chart 1 bands. Values are first rounded to the chart's resolution (integers; temperature 0.1).
export const respirationPoints = (rr: number): number =>
  rr <= 8 ? 3 : rr <= 11 ? 1 : rr <= 20 ? 0 : rr <= 24 ? 2 : 3;
export const spo2Scale1Points = (s: number): number => (s <= 91 ? 3 : s <= 93 ? 2 : s <= 95 ? 1 : 0);
// Scale 2: on oxygen, SpO2 ≥ 93 is penalised (over-oxygenation of a CO2 retainer); on air ≥ 93 scores 0.
export const spo2Scale2Points = (s: number, onOxygen: boolean): number => {
  if (s <= 83) return 3;
  if (s <= 85) return 2;
  if (s <= 87) return 1;
  if (s <= 92 || !onOxygen) return 0;
  return s <= 94 ? 1 : s <= 96 ? 2 : 3;
};
export const systolicPoints = (sbp: number): number =>
  sbp <= 90 ? 3 : sbp <= 100 ? 2 : sbp <= 110 ? 1 : sbp <= 219 ? 0 : 3;
export const pulsePoints = (p: number): number =>
  p <= 40 ? 3 : p <= 50 ? 1 : p <= 90 ? 0 : p <= 110 ? 1 : p <= 130 ? 2 : 3;
export const temperaturePoints = (t: number): number =>
  t <= 35.0 ? 3 : t <= 36.0 ? 1 : t <= 38.0 ? 0 : t <= 39.0 ? 1 : 2;

const BANDS: Record<News2Band, { label: Text }> = {
  low: { label: { zh: '低风险', en: 'Low' } },
  low_medium: { label: { zh: '低-中风险（单项 3 分）', en: 'Low–medium (single red score)' } },
  medium: { label: { zh: '中风险（紧急反应阈值）', en: 'Medium (urgent response threshold)' } },
  high: { label: { zh: '高风险（紧急抢救反应阈值）', en: 'High (emergency response threshold)' } },
};

/** RCP Chart 4 minimum observation frequency: 0 → 12-hourly, 1–4 → 4–6-hourly, red or 5–6 → hourly, ≥7 → continuous. */
export function monitoringFrequency(total: number, band: News2Band): MonitoringFrequency {
  if (band === 'high') return 'continuous';
  if (band === 'medium' || band === 'low_medium') return '1h';
  return total === 0 ? '12h' : '4-6h';
}

/** RCP Chart 3/4: the higher of the total-based band and the red-score band. */
export function news2Band(total: number, redScore: boolean): News2Band {
  if (total >= 7) return 'high';
  if (total >= 5) return 'medium';
  return redScore ? 'low_medium' : 'low';
}

const REQUIRED = [
  'respirationRate',
  'spo2',
  'onOxygen',
  'systolicBp',
  'pulse',
  'consciousness',
  'temperature',
] as const;

export const news2 = defineInstrument({
  id: 'news2',
  names: { zh: '国家早期预警评分 2（NEWS2）', en: 'National Early Warning Score 2 (NEWS2)' },
  version: 'RCP 2017',
  source: 'Royal College of Physicians. National Early Warning Score (NEWS) 2. London: RCP, 2017.',
  input,
  required: REQUIRED,
  compute(i): ScoreResult {
    const missing = missingItems(i, REQUIRED);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const scale = i.spo2Scale ?? 1;
    const onOxygen = i.onOxygen!;
    const spo2 = roundHalfUp(i.spo2!);
    const subscores = {
      respirationRate: respirationPoints(roundHalfUp(i.respirationRate!)),
      spo2: scale === 2 ? spo2Scale2Points(spo2, onOxygen) : spo2Scale1Points(spo2),
      airOrOxygen: onOxygen ? 2 : 0,
      systolicBp: systolicPoints(roundHalfUp(i.systolicBp!)),
      pulse: pulsePoints(roundHalfUp(i.pulse!)),
      consciousness: i.consciousness === 'A' ? 0 : 3,
      temperature: temperaturePoints(roundHalfUp(i.temperature!, 1)),
    };
    const total = sum(subscores);
    const redScore = Object.values(subscores).some((p) => p === 3);
    const band = news2Band(total, redScore);
    const flags: Complete['flags'] = [];
    if (redScore) {
      // Decision D5: the single-parameter red score is an alert of its own, even at a low total.
      flags.push({
        code: 'news2.red_score',
        severity: 'high',
        label: { zh: '单项参数 3 分', en: 'Single parameter scored 3' },
      });
    }
    if (band === 'medium') flags.push({ code: 'news2.urgent', severity: 'high', label: BANDS.medium.label });
    if (band === 'high')
      flags.push({ code: 'news2.emergency', severity: 'critical', label: BANDS.high.label });
    if (total >= 5) {
      flags.push({
        code: 'news2.consider_sepsis',
        severity: 'warning',
        label: { zh: '考虑脓毒症', en: 'Consider sepsis' },
      });
    }
    return {
      status: 'complete',
      total,
      band,
      bandLabel: BANDS[band].label,
      subscores,
      flags,
      recommendations: [],
      details: { scale, redScore, monitoringFrequency: monitoringFrequency(total, band) },
    };
  },
});
