// Caprini VTE risk assessment, 2005 form — Caprini JA. Dis Mon 2005;51:70–78. clinical-scores.md §5.
// Bands: ACCP-9 (Gould, Chest 2012) as adopted by the Chinese 2018 hospital VTE recommendations by
// default, or the 2005 form's own; configurable per hospital (decision D9).
import { z } from 'zod';
import {
  defineInstrument,
  missingItems,
  type Recommendation,
  type ScoreResult,
  sum,
  type Text,
} from './instrument';

// The index operation: exactly one surgery item applies (trap 2); arthroplasty = elective major lower-extremity.
export const CAPRINI_SURGERY = [
  'none',
  'minor',
  'major',
  'laparoscopic',
  'arthroscopic',
  'arthroplasty',
] as const;
const SURGERY_POINTS: Record<(typeof CAPRINI_SURGERY)[number], number> = {
  none: 0,
  minor: 1, // anaesthesia < 45 min
  major: 2, // > 45 min
  laparoscopic: 2, // > 45 min
  arthroscopic: 2,
  arthroplasty: 5,
};

const yesNo = z.boolean().nullish();
// Items answered yes/no for everyone, with their 2005 points.
export const CAPRINI_ITEMS = {
  majorSurgeryLastMonth: 1,
  varicoseVeins: 1,
  inflammatoryBowelDisease: 1,
  swollenLegs: 1,
  acuteMyocardialInfarction: 1,
  heartFailureLastMonth: 1,
  sepsisLastMonth: 1,
  seriousLungDiseaseLastMonth: 1,
  abnormalPulmonaryFunction: 1,
  medicalBedRest: 1,
  malignancy: 2,
  confinedToBedOver72h: 2,
  immobilizingCast: 2,
  centralVenousAccess: 2,
  historyOfVte: 3,
  familyHistoryOfThrombosis: 3,
  factorVLeiden: 3,
  prothrombin20210A: 3,
  elevatedHomocysteine: 3,
  lupusAnticoagulant: 3,
  anticardiolipinAntibodies: 3,
  heparinInducedThrombocytopenia: 3,
  otherThrombophilia: 3,
  hipPelvisLegFracture: 5,
  strokeLastMonth: 5,
  multipleTrauma: 5,
  acuteSpinalCordInjury: 5,
} as const;
// Women only (1 point each); not asked of men.
export const CAPRINI_WOMEN_ITEMS = {
  oralContraceptiveOrHrt: 1,
  pregnantOrPostpartum: 1,
  adverseObstetricHistory: 1,
} as const;

type ItemKey = keyof typeof CAPRINI_ITEMS;
type WomenKey = keyof typeof CAPRINI_WOMEN_ITEMS;

const input = z.strictObject({
  age: z.number().int().min(0).max(120).nullish(),
  sex: z.enum(['male', 'female']).nullish(),
  bmi: z.number().min(10).max(90).nullish(),
  surgery: z.enum(CAPRINI_SURGERY).nullish(),
  ...(Object.fromEntries(Object.keys(CAPRINI_ITEMS).map((k) => [k, yesNo])) as Record<ItemKey, typeof yesNo>),
  ...(Object.fromEntries(Object.keys(CAPRINI_WOMEN_ITEMS).map((k) => [k, yesNo])) as Record<
    WomenKey,
    typeof yesNo
  >),
  // Free-text other risk factors, 1 point each, no cap (decision D10).
  otherRiskFactors: z.array(z.string().trim().min(1).max(100)).max(20).nullish(),
  bandScheme: z.enum(['accp9', 'caprini2005']).nullish(),
});
type CapriniInput = z.infer<typeof input>;

const REQUIRED = ['age', 'sex', 'bmi', 'surgery', ...(Object.keys(CAPRINI_ITEMS) as ItemKey[])] as const;
const ITEM_ENTRIES = Object.entries(CAPRINI_ITEMS) as [ItemKey, number][];
const WOMEN_ENTRIES = Object.entries(CAPRINI_WOMEN_ITEMS) as [WomenKey, number][];
const WOMEN_KEYS = WOMEN_ENTRIES.map(([k]) => k);

export const ageItemPoints = (age: number): number => (age >= 75 ? 3 : age >= 61 ? 2 : age >= 41 ? 1 : 0);

type Band = { band: string; label: Text; prophylaxis: Text };
// ACCP-9 / China 2018: 0 very low, 1–2 low, 3–4 moderate, ≥ 5 high.
export function accp9Band(total: number): Band {
  if (total === 0)
    return {
      band: 'very_low',
      label: { zh: '极低危', en: 'Very low' },
      prophylaxis: { zh: '早期活动', en: 'Early ambulation' },
    };
  if (total <= 2)
    return {
      band: 'low',
      label: { zh: '低危', en: 'Low' },
      prophylaxis: { zh: '机械预防（首选间歇充气加压）', en: 'Mechanical prophylaxis, preferably IPC' },
    };
  if (total <= 4)
    return {
      band: 'moderate',
      label: { zh: '中危', en: 'Moderate' },
      prophylaxis: {
        zh: '低分子肝素或普通肝素；出血风险高时间歇充气加压',
        en: 'LMWH or LDUH; IPC if bleeding risk is high',
      },
    };
  return {
    band: 'high',
    label: { zh: '高危', en: 'High' },
    prophylaxis: {
      zh: '低分子肝素或普通肝素联合机械预防；出血风险高时先机械预防；腹盆腔肿瘤术后延长低分子肝素约 4 周',
      en: 'LMWH or LDUH plus mechanical; mechanical alone while bleeding risk is high; extended (~4 weeks) LMWH after abdominal/pelvic cancer surgery',
    },
  };
}
// The 2005 form: 0–1 low, 2 moderate, 3–4 high, ≥ 5 highest.
export function caprini2005Band(total: number): Band {
  if (total <= 1)
    return {
      band: 'low',
      label: { zh: '低危', en: 'Low' },
      prophylaxis: { zh: '早期活动', en: 'Early ambulation' },
    };
  if (total === 2)
    return {
      band: 'moderate',
      label: { zh: '中危', en: 'Moderate' },
      prophylaxis: {
        zh: '弹力袜或间歇充气加压或普通肝素/低分子肝素',
        en: 'Stockings or IPC or LDUH or LMWH',
      },
    };
  if (total <= 4)
    return {
      band: 'high',
      label: { zh: '高危', en: 'High' },
      prophylaxis: {
        zh: '间歇充气加压或普通肝素/低分子肝素',
        en: 'IPC or LDUH or LMWH, alone or with stockings/IPC',
      },
    };
  return {
    band: 'highest',
    label: { zh: '极高危', en: 'Highest' },
    prophylaxis: {
      zh: '药物预防（普通肝素/低分子肝素/华法林/Xa 因子抑制剂）±机械预防',
      en: 'Pharmacological prophylaxis ± stockings/IPC',
    },
  };
}

export const caprini = defineInstrument({
  id: 'caprini',
  names: { zh: 'Caprini 静脉血栓栓塞风险评估（2005 版）', en: 'Caprini VTE risk assessment (2005)' },
  version: 'Caprini 2005',
  source:
    'Caprini JA. Thrombosis risk assessment as a guide to quality patient care. Dis Mon 2005;51:70–78; bands: Gould MK, et al. Chest 2012;141:e227S; 中华医学杂志 2018 医院内VTE防治与管理建议.',
  input,
  required: REQUIRED,
  compute(i: CapriniInput): ScoreResult {
    const missing = missingItems(i, REQUIRED);
    // Women-only items must be answered for women, and are not asked of men.
    if (i.sex === 'female') missing.push(...missingItems(i, WOMEN_KEYS));
    if (missing.length > 0) return { status: 'incomplete', missing };
    const subscores: Record<string, number> = {
      age: ageItemPoints(i.age!),
      surgery: SURGERY_POINTS[i.surgery!],
      obesity: i.bmi! > 25 ? 1 : 0,
    };
    for (const [k, points] of ITEM_ENTRIES) subscores[k] = i[k] ? points : 0;
    if (i.sex === 'female') for (const [k, points] of WOMEN_ENTRIES) subscores[k] = i[k] ? points : 0;
    subscores.otherRiskFactors = i.otherRiskFactors?.length ?? 0;
    const total = sum(subscores);
    const scheme = i.bandScheme ?? 'accp9';
    const b = scheme === 'accp9' ? accp9Band(total) : caprini2005Band(total);
    const highBand = b.band === 'high' || b.band === 'highest';
    const recommendation: Recommendation = {
      code: `caprini.vte_prophylaxis.${b.band}`,
      text: b.prophylaxis,
      source:
        scheme === 'accp9'
          ? 'Gould MK, et al. Chest 2012 (ACCP-9); 中华医学杂志 2018'
          : 'Caprini JA. Dis Mon 2005',
    };
    return {
      status: 'complete',
      total,
      band: b.band,
      bandLabel: b.label,
      subscores,
      flags: highBand
        ? [
            {
              code: 'caprini.high',
              severity: 'high',
              label: { zh: `Caprini ${b.label.zh}`, en: `Caprini ${b.label.en}` },
            },
          ]
        : [],
      recommendations: [recommendation],
      details: { bandScheme: scheme === 'accp9' ? 'ACCP-9 / China 2018' : 'Caprini 2005 form' },
    };
  },
});
