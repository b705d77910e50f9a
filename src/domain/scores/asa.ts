// ASA Physical Status — ASA statement (2014, amended 2020). Assigned by the anesthesiologist, never
// computed or defaulted; stored as class + emergency flag, never parsed from "3E". clinical-scores.md §2.
import { z } from 'zod';
import { defineInstrument, missingItems, type ScoreResult, type Text } from './instrument';

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI'] as const;

const input = z
  .strictObject({
    asaClass: z.number().int().min(1).max(6).nullish(),
    emergency: z.boolean().nullish(),
  })
  // Decision D6: "VI E" is rejected — organ retrieval is not graded as an emergency.
  .refine((v) => !(v.asaClass === 6 && v.emergency === true), { message: 'asa.vi_e', path: ['emergency'] });

export const asaLabel = (asaClass: number, emergency: boolean): string =>
  `ASA ${ROMAN[asaClass]}${emergency ? ' E' : ''}`;

const BAND_LABELS: Record<number, Text> = {
  1: { zh: '正常健康', en: 'Normal healthy patient' },
  2: { zh: '轻度系统性疾病', en: 'Mild systemic disease' },
  3: { zh: '重度系统性疾病', en: 'Severe systemic disease' },
  4: { zh: '持续威胁生命的重度系统性疾病', en: 'Severe systemic disease, constant threat to life' },
  5: { zh: '濒死，不手术难以存活', en: 'Moribund, not expected to survive without the operation' },
  6: { zh: '脑死亡器官捐献者', en: 'Brain-dead organ donor' },
};

const REQUIRED = ['asaClass', 'emergency'] as const;

export const asa = defineInstrument({
  id: 'asa',
  names: { zh: 'ASA 体格状态分级', en: 'ASA Physical Status' },
  version: 'ASA 2020',
  source:
    'American Society of Anesthesiologists. Statement on ASA Physical Status Classification System (2014, amended 2020).',
  input,
  required: REQUIRED,
  compute(i): ScoreResult {
    const missing = missingItems(i, REQUIRED);
    if (missing.length > 0) return { status: 'incomplete', missing };
    const cls = i.asaClass!;
    const emergency = i.emergency!;
    return {
      status: 'complete',
      total: cls,
      band: asaLabel(cls, emergency),
      bandLabel: BAND_LABELS[cls]!,
      subscores: { asaClass: cls },
      // High-risk flag at ASA ≥ III (issue 3 §4).
      flags:
        cls >= 3 ? [{ code: 'asa.high', severity: 'high', label: { zh: `ASA ≥ III`, en: 'ASA ≥ III' } }] : [],
      recommendations: [],
      details: { emergency },
    };
  },
});
