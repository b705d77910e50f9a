// ARISCAT — Canet J et al. Anesthesiology 2010;113:1338–1350 (points = coefficients × 10). clinical-scores.md §4.
import { z } from 'zod';
import { defineInstrument, missingItems, roundHalfUp, type ScoreResult, sum, type Text } from './instrument';

export const INCISIONS = ['peripheral', 'upper_abdominal', 'intrathoracic'] as const;

const input = z
  .strictObject({
    age: z.number().int().min(0).max(120).nullish(),
    // Pulse oximetry breathing room air, supine.
    spo2: z.number().min(0).max(100).nullish(),
    // Decision D8: a reading taken on oxygen is not valid ARISCAT input.
    spo2OnRoomAir: z.boolean().nullish(),
    respiratoryInfectionLastMonth: z.boolean().nullish(),
    // g/L as Chinese labs report it.
    hemoglobin: z.number().min(10).max(250).nullish(),
    // One category per operation, the higher one for a combined thoraco-abdominal approach.
    incision: z.enum(INCISIONS).nullish(),
    // Planned duration in minutes at pre-op scoring (decision D8).
    durationMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .nullish(),
    emergency: z.boolean().nullish(),
  })
  .refine((v) => v.spo2OnRoomAir !== false, { message: 'ariscat.spo2_on_oxygen', path: ['spo2OnRoomAir'] });

const REQUIRED = [
  'age',
  'spo2',
  'spo2OnRoomAir',
  'respiratoryInfectionLastMonth',
  'hemoglobin',
  'incision',
  'durationMinutes',
  'emergency',
] as const;

export const agePoints = (age: number): number => (age <= 50 ? 0 : age <= 80 ? 3 : 16);
export const spo2Points = (spo2: number): number => (spo2 >= 96 ? 0 : spo2 >= 91 ? 8 : 24);
export const hemoglobinPoints = (gPerL: number): number => (gPerL <= 100 ? 11 : 0); // Hb ≤ 10 g/dL
export const incisionPoints = { peripheral: 0, upper_abdominal: 15, intrathoracic: 24 } as const;
export const durationPoints = (minutes: number): number => (minutes <= 120 ? 0 : minutes <= 180 ? 16 : 23);

const BANDS: Record<'low' | 'intermediate' | 'high', Text> = {
  low: { zh: '低风险', en: 'Low' },
  intermediate: { zh: '中风险', en: 'Intermediate' },
  high: { zh: '高风险', en: 'High' },
};
export const ariscatBand = (total: number) => (total < 26 ? 'low' : total < 45 ? 'intermediate' : 'high');

export const ariscat = defineInstrument({
  id: 'ariscat',
  names: { zh: 'ARISCAT 术后肺部并发症风险评分', en: 'ARISCAT postoperative pulmonary complication risk' },
  version: 'Canet 2010',
  source:
    'Canet J, et al. Prediction of postoperative pulmonary complications in a population-based surgical cohort. Anesthesiology 2010;113:1338–1350.',
  input,
  required: REQUIRED,
  compute(i): ScoreResult {
    const missing = missingItems(i, REQUIRED);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const subscores = {
      age: agePoints(i.age!),
      spo2: spo2Points(roundHalfUp(i.spo2!)),
      respiratoryInfection: i.respiratoryInfectionLastMonth ? 17 : 0,
      anemia: hemoglobinPoints(i.hemoglobin!),
      incision: incisionPoints[i.incision!],
      duration: durationPoints(i.durationMinutes!),
      emergency: i.emergency ? 8 : 0,
    };
    const total = sum(subscores);
    const band = ariscatBand(total);
    const high = band === 'high';
    return {
      status: 'complete',
      total,
      band,
      bandLabel: BANDS[band],
      subscores,
      flags: high
        ? [
            {
              code: 'ariscat.high',
              severity: 'high',
              label: { zh: 'ARISCAT 高风险', en: 'ARISCAT high risk' },
            },
          ]
        : [],
      recommendations: high
        ? [
            {
              code: 'ariscat.lung_protection',
              text: {
                zh: '术中肺保护性通气；术前呼吸功能训练（ERAS）',
                en: 'Lung-protective ventilation; pre-operative respiratory training (ERAS)',
              },
              source: 'Canet 2010; ERAS Society thoracic guideline (Batchelor 2019)',
            },
          ]
        : [],
    };
  },
});
