// The 17 indicators of 麻醉专业医疗质量控制指标（2015年版）, as data, in china-standards.md §1.3's order; the
// per-class shares split as 2015-02.ASA1…ASA6 and 2015-04.<class>. Rates in % except 2015-01 (D26).
import type { AnesthesiaClass, AsaClass } from './facts';
import { HOUR_MS } from './facts';
import { allOf, deathWithin, isAnesthesiaEpisode, isNeuraxial, isTrachealGa, tri } from './groups';
import {
  addMs,
  admittedToIcu,
  anyArrest,
  arrestOutsideExclusion,
  cancelledAt,
  DAY_WINDOW_MS,
  extubated,
  inPacu,
  neckThoracicExclusion,
  pacuFirstTempBelow,
  pacuLongerThan,
  reintubatedWithin6h,
  sedationExclusion,
  transfusedAtLeast,
  unplannedIcu,
} from './predicates';
import type { AsaShareIndicator, CaseIndicator, Indicator, StaffingIndicator } from './types';

/** 2015-06: PACU stay > 3 h (§1.3 #6), strict (D16). */
export const PACU_DELAY_2015_MS = 3 * HOUR_MS;
/** 2015-07: first PACU temperature < 35.5 ℃ (§1.3 #7), strict (D10). */
export const PACU_HYPOTHERMIA_2015_C = 35.5;
/** 2015-12: ≥ 400 ml in the episode (§1.3 #12, D22). */
export const TRANSFUSION_2015_ML = 400;

const anesthesia = isAnesthesiaEpisode;

type Def = Omit<CaseIndicator, 'kind' | 'edition' | 'name' | 'exclusions' | 'unit'> & {
  zh: string;
  en: string;
  exclusions?: CaseIndicator['exclusions'];
};
const c = ({ zh, en, exclusions = [], ...d }: Def): CaseIndicator => ({
  ...d,
  kind: 'case',
  edition: '2015',
  unit: '%',
  name: { 'zh-CN': zh, 'en-US': en },
  exclusions,
});

const ratio: StaffingIndicator = {
  kind: 'staffing',
  code: '2015-01',
  edition: '2015',
  name: { 'zh-CN': '麻醉科医患比', 'en-US': 'Anesthesiologists per 10,000 anesthesia case-episodes' },
  unit: 'per_10000_cases',
  numerator: (s) => s.anesthesiologistsFixedPost,
  denominator: (_s, episodes) => episodes,
  source: '§1.3 #1: fixed-post anesthesiologists per 10,000 anesthesia case-episodes of the year',
  readings: ['D01', 'D21', 'D26'],
};

const asa = ([1, 2, 3, 4, 5, 6] as const).map(
  (k: AsaClass): AsaShareIndicator => ({
    kind: 'asa_share',
    code: `2015-02.ASA${k}`,
    edition: '2015',
    name: { 'zh-CN': `ASA ${k}级麻醉患者比例`, 'en-US': `Share of ASA ${k} anesthesia patients` },
    unit: '%',
    counting: 'person',
    asa: k,
    source: `§1.3 #2: patients of ASA class ${k} / patients across all ASA classes`,
    readings: ['D03', 'D24', 'D26'],
  }),
);

const METHOD_NAMES: Record<AnesthesiaClass, { zh: string; en: string }> = {
  neuraxial: { zh: '椎管内麻醉', en: 'neuraxial anesthesia' },
  ga_airway: { zh: '插管全身麻醉', en: 'GA with an airway device' },
  ga_no_airway: { zh: '非插管全身麻醉', en: 'GA without an airway device' },
  combined: { zh: '复合麻醉', en: 'combined anesthesia' },
  other: { zh: '其他麻醉', en: 'other anesthesia' },
};

const method = (Object.keys(METHOD_NAMES) as AnesthesiaClass[]).map((m) =>
  c({
    code: `2015-04.${m}`,
    zh: `${METHOD_NAMES[m].zh}比例`,
    en: `Share of ${METHOD_NAMES[m].en}`,
    counting: 'episode',
    denominator: anesthesia,
    numerator: (f) => (f.method === null ? 'unknown' : tri(f.method.class === m)),
    source: `§1.3 #4: anesthetics of class ${m} / all anesthetics (five-class scheme)`,
    readings: ['D01', 'D26'],
  }),
);

const head: CaseIndicator[] = [
  c({
    code: '2015-03',
    zh: '急诊非择期麻醉比例',
    en: 'Emergency non-elective anesthesia share',
    counting: 'episode',
    denominator: anesthesia,
    numerator: (f) => (f.urgency === null ? 'unknown' : tri(f.urgency === 'emergency')),
    source: '§1.3 #3: emergency non-elective anesthetics / all anesthetics',
    readings: ['D01', 'D25', 'D26'],
  }),
];

const tail: CaseIndicator[] = [
  c({
    code: '2015-05',
    zh: '麻醉开始后手术取消率',
    en: 'Cancellation after start of anesthesia',
    counting: 'episode',
    denominator: anesthesia,
    numerator: cancelledAt('after_anesthesia_before_incision'),
    source: '§1.3 #5: cancelled after anesthetic given, before surgery / all anesthetics',
    readings: ['D01', 'D20', 'D26'],
  }),
  c({
    code: '2015-06',
    zh: '麻醉后PACU转出延迟率',
    en: 'Delayed PACU discharge (> 3 h)',
    counting: 'person',
    denominator: allOf(anesthesia, inPacu),
    numerator: pacuLongerThan(PACU_DELAY_2015_MS),
    source: '§1.3 #6: PACU stay > 3 h / PACU admissions',
    readings: ['D03', 'D16', 'D26'],
  }),
  c({
    code: '2015-07',
    zh: 'PACU入室低体温发生率',
    en: 'Hypothermia on PACU admission (< 35.5 ℃)',
    counting: 'person',
    denominator: allOf(anesthesia, inPacu),
    numerator: pacuFirstTempBelow(PACU_HYPOTHERMIA_2015_C),
    source: '§1.3 #7: first PACU temperature < 35.5 ℃ / PACU admissions',
    readings: ['D03', 'D10', 'D26'],
  }),
  c({
    code: '2015-08',
    zh: '非计划转入ICU率',
    en: 'Unplanned ICU admission (of ICU admissions)',
    counting: 'person',
    denominator: allOf(anesthesia, admittedToIcu),
    numerator: unplannedIcu,
    source: '§1.3 #8: unplanned ICU admissions / all ICU admissions',
    readings: ['D03', 'D26', 'D27', 'D29'],
  }),
  c({
    code: '2015-09',
    zh: '非计划二次气管插管率',
    en: 'Unplanned re-intubation',
    counting: 'person',
    denominator: allOf(anesthesia, extubated),
    numerator: reintubatedWithin6h,
    source: '§1.3 #9: re-intubation within 6 h of extubation / extubated patients (no reoperation exclusion)',
    readings: ['D03', 'D15', 'D16', 'D26'],
  }),
  c({
    code: '2015-10',
    zh: '麻醉开始后24小时内死亡率',
    en: 'Death within 24 h after start of anesthesia',
    counting: 'person',
    denominator: anesthesia,
    numerator: (f) =>
      deathWithin(f, f.times.anesthesiaStartAt, addMs(f.times.anesthesiaStartAt, DAY_WINDOW_MS)),
    source: '§1.3 #10: deaths within 24 h after anesthesia start / anesthesia patients',
    readings: ['D03', 'D16', 'D17', 'D26'],
  }),
  c({
    code: '2015-11',
    zh: '麻醉开始后24小时内心脏骤停率',
    en: 'Cardiac arrest within 24 h after start of anesthesia',
    counting: 'person',
    denominator: anesthesia,
    numerator: anyArrest,
    exclusions: [arrestOutsideExclusion((f) => addMs(f.times.anesthesiaStartAt, DAY_WINDOW_MS))],
    source: '§1.3 #11: arrests within 24 h after anesthesia start / anesthesia patients',
    readings: ['D03', 'D18', 'D26'],
  }),
  c({
    code: '2015-12',
    zh: '术中自体血输注率',
    en: 'Intra-op autologous transfusion (≥ 400 ml)',
    counting: 'person',
    denominator: allOf(anesthesia, (f) => transfusedAtLeast(f, TRANSFUSION_2015_ML)),
    numerator: (f) => (f.autologousMl === null ? 'unknown' : tri(f.autologousMl >= TRANSFUSION_2015_ML)),
    source: '§1.3 #12: patients given ≥ 400 ml autologous / patients given ≥ 400 ml in the episode',
    readings: ['D03', 'D22', 'D26'],
  }),
  c({
    code: '2015-13',
    zh: '麻醉期间严重过敏反应发生率',
    en: 'Severe allergic reaction',
    counting: 'episode',
    denominator: anesthesia,
    numerator: (f) => tri(f.severeAllergyEpinephrine),
    source: '§1.3 #13: severe allergic reactions / anesthetics',
    readings: ['D01', 'D26'],
  }),
  c({
    code: '2015-14',
    zh: '椎管内麻醉后严重神经并发症发生率',
    en: 'Severe neurological complication after neuraxial anesthesia',
    counting: 'episode',
    denominator: allOf(anesthesia, isNeuraxial),
    numerator: (f) => tri(f.neuroDeficit72h),
    source: '§1.3 #14: severe neurological complications / neuraxial anesthetics',
    readings: ['D07', 'D26', 'D31'],
  }),
  c({
    code: '2015-15',
    zh: '中心静脉穿刺严重并发症发生率',
    en: 'Severe complication of central venous puncture',
    counting: 'episode',
    denominator: allOf(anesthesia, (f) => (f.cvc === null ? 'unknown' : tri(f.cvc.kind === 'puncture'))),
    numerator: (f) => (f.cvc?.kind !== 'puncture' ? 'unknown' : tri(f.cvc.severeComplication)),
    source: '§1.3 #15: severe complications / central venous punctures by the anesthesia team',
    readings: ['D26'],
  }),
  c({
    code: '2015-16',
    zh: '全身麻醉气管插管拔管后声音嘶哑发生率',
    en: 'Hoarseness after extubation',
    counting: 'episode',
    denominator: allOf(anesthesia, isTrachealGa),
    numerator: (f) => tri(f.hoarseness72h),
    exclusions: [neckThoracicExclusion],
    source: '§1.3 #16: hoarseness / GA tracheal-intubation cases (2022 definition and exclusion)',
    readings: ['D06', 'D12', 'D26', 'D28'],
  }),
  c({
    code: '2015-17',
    zh: '麻醉后新发昏迷发生率',
    en: 'New coma after anesthesia',
    counting: 'episode',
    denominator: anesthesia,
    numerator: (f) => tri(f.coma24h),
    exclusions: [sedationExclusion],
    source: '§1.3 #17: new coma / all anesthetics (cranial surgery not excluded)',
    readings: ['D13', 'D26'],
  }),
];

export const INDICATORS_2015: readonly Indicator[] = [ratio, ...asa, ...head, ...method, ...tail];
