// The 26 indicators of 麻醉专业医疗质量控制指标（2022年版）(国卫办医函〔2022〕161号), as data.
// Definitions: china-standards.md §1.2 (row number in each `source`); readings: qc-indicator-readings.md.
import { HOUR_MS } from './facts';
import {
  allOf,
  deathWithin,
  isAirwayDeviceGa,
  isAnesthesiaEpisode,
  isGa,
  isNeuraxialMethod,
  isRegional,
  isTrachealGa,
  tri,
} from './groups';
import {
  addMs,
  anyArrest,
  arrestOutsideExclusion,
  cancelledAt,
  coolingExclusion,
  cranialExclusion,
  DAY_WINDOW_MS,
  extubated,
  inPacu,
  monitored,
  neckThoracicExclusion,
  pacuFirstTempBelow,
  pacuLongerThan,
  reintubatedWithin6h,
  reoperationExclusion,
  sedationExclusion,
  transfused,
  underAnalgesia,
  unplannedIcu,
  vasMovementAtMost,
} from './predicates';
import { hypothermia } from './temperature';
import type { CaseIndicator, DeliveryIndicator, Indicator, StaffingIndicator } from './types';

/** AQI-IDP-18: PACU stay > 2 h (§1.2 #18), strict (D16). */
export const PACU_DELAY_2022_MS = 2 * HOUR_MS;
/** AQI-IHP-17: first PACU temperature < 36 ℃ (§1.2 #17), strict (D10). */
export const PACU_HYPOTHERMIA_2022_C = 36;
/** AQI-IRA-12: severe = SpO₂ on air < 90 % on leaving (§1.2 #12, D32). */
export const ASPIRATION_SPO2 = 90;
/** AQI-ASR-21: satisfied = VAS ≤ 3 (§1.2 #21), on movement (D23). */
export const VAS_SATISFIED_MAX = 3;

const anesthesia = isAnesthesiaEpisode;
const ga = allOf(anesthesia, isGa);

type Def = Omit<CaseIndicator, 'kind' | 'edition' | 'name' | 'exclusions'> & {
  zh: string;
  en: string;
  exclusions?: CaseIndicator['exclusions'];
};
const c = ({ zh, en, exclusions = [], ...d }: Def): CaseIndicator => ({
  ...d,
  kind: 'case',
  edition: '2022',
  name: { 'zh-CN': zh, 'en-US': en },
  exclusions,
});

const staffing: StaffingIndicator[] = [
  {
    kind: 'staffing',
    code: 'AQI-DNR-01',
    edition: '2022',
    name: { 'zh-CN': '麻醉科医护比', 'en-US': 'Anesthesiology nurse-to-doctor ratio' },
    unit: 'ratio',
    numerator: (s) => s.anesthesiaNurses,
    denominator: (s) => s.anesthesiologistsFixedPost,
    source: '§1.2 #1: dedicated anesthesia nurses / the department’s fixed-post anesthesiologists, shown X:1',
    readings: ['D21'],
  },
  {
    kind: 'staffing',
    code: 'AQI-ACC-02',
    edition: '2022',
    name: { 'zh-CN': '麻醉医师人均年麻醉例次数', 'en-US': 'Annual anesthetics per anesthesiologist' },
    unit: 'count',
    numerator: (_s, episodes) => episodes,
    denominator: (s) => s.anesthesiologistsFixedPost,
    source: '§1.2 #2: the year’s anesthesia case-episodes / fixed-post anesthesiologists',
    readings: ['D01', 'D21'],
  },
];

const cases: CaseIndicator[] = [
  c({
    code: 'AQI-PAO-03',
    zh: '手术室外麻醉占比',
    en: 'Share of anesthesia outside the operating room',
    unit: '%',
    counting: 'episode',
    denominator: anesthesia,
    numerator: (f) => (f.location === null ? 'unknown' : tri(f.location === 'outside_or')),
    source: '§1.2 #3: anesthesia episodes outside the OR and day-surgery OR / all anesthesia episodes',
    readings: ['D01'],
  }),
  c({
    code: 'AQI-PVR-04',
    zh: '择期手术麻醉前访视率',
    en: 'Pre-anesthesia visit rate for elective surgery',
    unit: '%',
    counting: 'episode',
    denominator: allOf(anesthesia, (f) => (f.urgency === null ? 'unknown' : tri(f.urgency === 'elective'))),
    numerator: (f) =>
      f.times.inRoomAt === null
        ? 'unknown'
        : tri(f.visitCompletedAt !== null && f.visitCompletedAt < f.times.inRoomAt),
    source: '§1.2 #4: elective episodes visited strictly before room entry / elective anesthesia episodes',
    readings: ['D04', 'D19', 'D34'],
  }),
  c({
    code: 'AQI-CRB-05',
    zh: '入室后手术麻醉取消率',
    en: 'Cancellation after room entry',
    unit: '‰',
    counting: 'episode',
    denominator: (f) => tri(f.recordLevel === 'full' && f.times.inRoomAt !== null),
    numerator: cancelledAt('after_room_before_anesthesia'),
    source: '§1.2 #5: cancelled between room entry and anesthesia start / episodes that entered the room',
    readings: ['D02', 'D20'],
  }),
  c({
    code: 'AQI-CRA-06',
    zh: '麻醉开始后手术取消率',
    en: 'Cancellation after start of anesthesia',
    unit: '‰',
    counting: 'episode',
    denominator: anesthesia,
    numerator: cancelledAt('after_anesthesia_before_incision'),
    source: '§1.2 #6: cancelled after anesthesia start, before surgery / all anesthesia episodes',
    readings: ['D01', 'D20'],
  }),
  c({
    code: 'AQI-TMR-07',
    zh: '全身麻醉术中体温监测率',
    en: 'Intra-op temperature monitoring under general anesthesia',
    unit: '%',
    counting: 'episode',
    denominator: ga,
    numerator: monitored,
    source: '§1.2 #7: GA episodes with temperature monitoring (continuous or intermittent) / all GA episodes',
    readings: ['D05', 'D10', 'D34'],
  }),
  c({
    code: 'AQI-AWR-08',
    zh: '术中主动保温率',
    en: 'Active warming rate',
    unit: '%',
    counting: 'episode',
    denominator: ga,
    numerator: (f) => tri(f.activeWarming),
    source: '§1.2 #8: GA episodes with active warming / all GA episodes',
    readings: ['D05', 'D34'],
  }),
  c({
    code: 'AQI-ATR-09',
    zh: '术中自体血输注率',
    en: 'Intra-op autologous transfusion rate',
    unit: '%',
    counting: 'person',
    denominator: allOf(anesthesia, transfused),
    numerator: (f) => (f.autologousMl === null ? 'unknown' : tri(f.autologousMl > 0)),
    source: '§1.2 #9: patients given autologous blood / patients transfused during anesthesia, no threshold',
    readings: ['D03', 'D22'],
  }),
  c({
    code: 'AQI-IHT-10',
    zh: '手术麻醉期间低体温发生率',
    en: 'Hypothermia during surgery/anesthesia',
    unit: '%',
    counting: 'person',
    denominator: allOf(anesthesia, monitored),
    numerator: (f) => hypothermia(f.temperature),
    exclusions: [coolingExclusion],
    source: '§1.2 #10: hypothermic patients, therapeutic cooling excluded / anesthetized patients monitored',
    readings: ['D03', 'D08', 'D09', 'D10', 'D11'],
  }),
  c({
    code: 'AQI-IDI-11',
    zh: '术中牙齿损伤发生率',
    en: 'Dental injury',
    unit: '‰',
    counting: 'episode',
    denominator: allOf(anesthesia, isAirwayDeviceGa),
    numerator: (f) => tri(f.dentalInjury),
    source: '§1.2 #11: episodes with dental injury / airway-device GA episodes (tube or laryngeal mask)',
    readings: ['D05', 'D06', 'D31'],
  }),
  c({
    code: 'AQI-IRA-12',
    zh: '麻醉期间严重反流误吸发生率',
    en: 'Severe regurgitation/aspiration',
    unit: '‱',
    counting: 'episode',
    denominator: anesthesia,
    numerator: (f) => {
      if (f.aspiration === null) return 'unknown';
      if (f.aspiration.kind === 'none') return 'no';
      const spo2 = f.aspiration.exitSpo2Air;
      return spo2 === null ? 'unknown' : tri(spo2 < ASPIRATION_SPO2);
    },
    source: '§1.2 #12: aspiration with SpO₂ on air < 90 % on leaving / all anesthesia episodes',
    readings: ['D01', 'D32'],
  }),
  c({
    code: 'AQI-IUA-13',
    zh: '计划外建立人工气道发生率',
    en: 'Unplanned artificial airway',
    unit: '‰',
    counting: 'person',
    denominator: anesthesia,
    numerator: (f) => tri(f.unplannedAirway),
    source: '§1.2 #13: patients with an unplanned airway, room entry to exit / all anesthesia patients',
    readings: ['D03'],
  }),
  c({
    code: 'AQI-ICA-14',
    zh: '术中心脏骤停率',
    en: 'Intra-operative cardiac arrest',
    unit: '‱',
    counting: 'person',
    denominator: anesthesia,
    numerator: anyArrest,
    exclusions: [arrestOutsideExclusion((f) => f.times.outOfRoomAt ?? f.times.anesthesiaEndAt)],
    source: '§1.2 #14: patients with an arrest from anesthesia start to room exit / all anesthesia patients',
    readings: ['D03', 'D18', 'QC12-ARREST-END'],
  }),
  c({
    code: 'AQI-ISA-15',
    zh: '麻醉期间严重过敏反应发生率',
    en: 'Severe allergic reaction',
    unit: '‱',
    counting: 'episode',
    denominator: anesthesia,
    numerator: (f) => tri(f.severeAllergyEpinephrine),
    source: '§1.2 #15: episodes with an allergy needing immediate epinephrine / all anesthesia episodes',
    readings: ['D01'],
  }),
  c({
    code: 'AQI-IAG-16',
    zh: '全身麻醉术中知晓发生率',
    en: 'Awareness under general anesthesia',
    unit: '‰',
    counting: 'episode',
    denominator: ga,
    numerator: (f) => tri(f.awareness),
    source: '§1.2 #16: GA episodes with awareness / all GA episodes',
    readings: ['D04', 'D05'],
  }),
  c({
    code: 'AQI-IHP-17',
    zh: 'PACU入室低体温发生率',
    en: 'Hypothermia on PACU admission',
    unit: '%',
    counting: 'person',
    denominator: allOf(anesthesia, inPacu),
    numerator: pacuFirstTempBelow(PACU_HYPOTHERMIA_2022_C),
    source: '§1.2 #17: patients whose first PACU temperature is < 36 ℃ / patients admitted to PACU',
    readings: ['D03', 'D10'],
  }),
  c({
    code: 'AQI-IDP-18',
    zh: '麻醉后PACU转出延迟率',
    en: 'Delayed PACU discharge',
    unit: '‰',
    counting: 'person',
    denominator: allOf(anesthesia, inPacu),
    numerator: pacuLongerThan(PACU_DELAY_2022_MS),
    source: '§1.2 #18: patients staying in PACU > 2 h / patients admitted to PACU',
    readings: ['D03', 'D16'],
  }),
  c({
    code: 'AQI-IUR-19',
    zh: '非计划二次气管插管率',
    en: 'Unplanned re-intubation',
    unit: '‰',
    counting: 'person',
    denominator: allOf(anesthesia, extubated),
    numerator: reintubatedWithin6h,
    exclusions: [reoperationExclusion],
    source:
      '§1.2 #19: patients re-intubated ≤ 6 h after extubation, reoperation excluded / extubated patients',
    readings: ['D03', 'D15', 'D16'],
  }),
  c({
    code: 'AQI-IUI-20',
    zh: '非计划转入ICU率',
    en: 'Unplanned ICU admission',
    unit: '‰',
    counting: 'person',
    denominator: anesthesia,
    numerator: unplannedIcu,
    source:
      '§1.2 #20: patients admitted to ICU without a plan made before induction / all anesthesia patients',
    readings: ['D03', 'D29'],
  }),
  c({
    code: 'AQI-ASR-21',
    zh: '术后镇痛满意率',
    en: 'Post-op analgesia satisfaction',
    unit: '%',
    counting: 'person',
    denominator: allOf(anesthesia, underAnalgesia),
    numerator: vasMovementAtMost(VAS_SATISFIED_MAX),
    source: '§1.2 #21: patients with follow-up VAS ≤ 3 / patients under the department’s post-op analgesia',
    readings: ['D03', 'D23'],
  }),
  c({
    code: 'AQI-ISN-22',
    zh: '区域阻滞麻醉后严重神经并发症发生率',
    en: 'Severe neurological complication after regional anesthesia',
    unit: '‱',
    counting: 'episode',
    denominator: allOf(anesthesia, isRegional),
    numerator: (f) => tri(f.neuroDeficit72h),
    source: '§1.2 #22: cases with a severe neurological complication > 72 h / regional-anesthesia cases',
    readings: ['D07', 'D31'],
  }),
  c({
    code: 'AQI-IHE-23',
    zh: '全身麻醉气管插管拔管后声音嘶哑发生率',
    en: 'Hoarseness after extubation',
    unit: '‱',
    counting: 'episode',
    denominator: allOf(anesthesia, isTrachealGa),
    numerator: (f) => tri(f.hoarseness72h),
    exclusions: [neckThoracicExclusion],
    source:
      '§1.2 #23: hoarseness not recovered in 72 h (neck/laryngeal/thoracic excluded) / GA intubation episodes',
    readings: ['D06', 'D12'],
  }),
  c({
    code: 'AQI-INC-24',
    zh: '麻醉后新发昏迷发生率',
    en: 'New coma after anesthesia',
    unit: '‱',
    counting: 'episode',
    denominator: ga,
    numerator: (f) => tri(f.coma24h),
    exclusions: [cranialExclusion, sedationExclusion],
    source: '§1.2 #24: new coma (GCS ≤ 8 for > 24 h) after GA / GA episodes for non-craniocerebral surgery',
    readings: ['D05', 'D13'],
  }),
  c({
    code: 'AQI-TPM-25',
    zh: '麻醉后24小时内患者死亡率',
    en: 'Death within 24 h after anesthesia',
    unit: '‱',
    counting: 'person',
    denominator: anesthesia,
    numerator: (f) =>
      deathWithin(f, f.times.anesthesiaStartAt, addMs(f.times.anesthesiaEndAt, DAY_WINDOW_MS)),
    source: '§1.2 #25: patients dying (any cause) within 24 h after anesthesia end / all anesthesia patients',
    readings: ['D03', 'D16', 'D17'],
  }),
];

const labour: DeliveryIndicator = {
  kind: 'delivery',
  code: 'AQI-EPD-26',
  edition: '2022',
  name: { 'zh-CN': '阴道分娩椎管内麻醉使用率', 'en-US': 'Neuraxial labour analgesia use' },
  unit: '%',
  counting: 'person',
  numerator: (_d, episode) => {
    if (episode === null || episode.times.anesthesiaStartAt === null) return 'no';
    return episode.method === null ? 'unknown' : tri(isNeuraxialMethod(episode.method));
  },
  source: '§1.2 #26: women delivering vaginally with neuraxial analgesia / women delivering vaginally',
  readings: ['D03', 'D07', 'D14', 'D33'],
};

export const INDICATORS_2022: readonly Indicator[] = [...staffing, ...cases, labour];
