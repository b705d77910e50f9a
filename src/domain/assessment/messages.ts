// The assessment's words in the one label shape: the visit form's sections, fields and options, and
// the printed visit record. The web's form and the PDF read these same labels.
import type { Locale, LocalText } from '../common/field-messages';
import { PREOP_MESSAGES } from './messages-preop';
import { QUESTIONNAIRE_MESSAGES } from './messages-questionnaires';
import { labelKeyOf, NUMERIC_SELECTS } from './visit-form';

const BASE_MESSAGES = {
  // Sections of the form.
  'visit.s.medications': {
    'zh-CN': '用药（抗凝/抗血小板）',
    'en-US': 'Medications (anticoagulants/antiplatelets)',
  },
  'visit.s.basics': { 'zh-CN': '基本信息', 'en-US': 'Basics' },
  'visit.s.history': {
    'zh-CN': '既往史（一次填写，各评分共用）',
    'en-US': 'History (entered once, used by every score)',
  },
  'visit.s.vte': { 'zh-CN': '静脉血栓风险项目（Caprini）', 'en-US': 'VTE risk items (Caprini)' },
  'visit.s.airway': { 'zh-CN': '气道评估与牙齿', 'en-US': 'Airway and teeth' },
  'visit.s.labs': { 'zh-CN': '实验室检查', 'en-US': 'Laboratory' },
  'visit.s.vitals': { 'zh-CN': '生命体征', 'en-US': 'Vital signs' },
  'visit.s.nutrition': { 'zh-CN': '营养与衰弱', 'en-US': 'Nutrition and frailty' },
  'visit.s.phq9': {
    'zh-CN': 'PHQ-9 患者健康问卷（过去两周，0 完全不会 · 1 好几天 · 2 一半以上的天数 · 3 几乎每天）',
    'en-US':
      'PHQ-9 (last two weeks; 0 not at all · 1 several days · 2 more than half the days · 3 nearly every day)',
  },
  'visit.s.gad7': {
    'zh-CN': 'GAD-7 广泛性焦虑量表（过去两周，0 完全不会 · 1 好几天 · 2 一半以上的天数 · 3 几乎每天）',
    'en-US':
      'GAD-7 (last two weeks; 0 not at all · 1 several days · 2 more than half the days · 3 nearly every day)',
  },
  'visit.s.plan': { 'zh-CN': 'ASA 分级与麻醉计划', 'en-US': 'ASA class and anesthesia plan' },
  // Fields.
  'visit.f.airwayPlan': { 'zh-CN': '气道管理计划', 'en-US': 'Airway plan' },
  'visit.f.visitAt': { 'zh-CN': '访视时间', 'en-US': 'Visit time' },
  'visit.f.heightCm': { 'zh-CN': '身高', 'en-US': 'Height' },
  'visit.f.weightKg': { 'zh-CN': '体重', 'en-US': 'Weight' },
  'visit.f.smoking': { 'zh-CN': '吸烟', 'en-US': 'Smoking' },
  'visit.f.mets': { 'zh-CN': '活动耐量', 'en-US': 'Functional capacity' },
  'visit.f.ischemicHeartDisease': { 'zh-CN': '缺血性心脏病', 'en-US': 'Ischaemic heart disease' },
  'visit.f.myocardialInfarction': { 'zh-CN': '心肌梗死史', 'en-US': 'Myocardial infarction' },
  'visit.f.congestiveHeartFailure': { 'zh-CN': '充血性心力衰竭', 'en-US': 'Congestive heart failure' },
  'visit.f.cerebrovascularDisease': { 'zh-CN': '脑卒中/TIA', 'en-US': 'Stroke / TIA' },
  'visit.f.hypertension': { 'zh-CN': '高血压', 'en-US': 'Hypertension' },
  'visit.f.diabetes': { 'zh-CN': '糖尿病治疗', 'en-US': 'Diabetes treatment' },
  'visit.f.diabetesEndOrganDamage': { 'zh-CN': '糖尿病靶器官损害', 'en-US': 'Diabetic end-organ damage' },
  'visit.f.chronicPulmonaryDisease': {
    'zh-CN': '慢性肺病（COPD 等）',
    'en-US': 'Chronic lung disease (COPD)',
  },
  'visit.f.respiratoryInfectionLastMonth': {
    'zh-CN': '近 1 月呼吸道感染',
    'en-US': 'Respiratory infection last month',
  },
  'visit.f.peripheralVascularDisease': { 'zh-CN': '外周血管病', 'en-US': 'Peripheral vascular disease' },
  'visit.f.dementia': { 'zh-CN': '痴呆', 'en-US': 'Dementia' },
  'visit.f.connectiveTissueDisease': { 'zh-CN': '结缔组织病', 'en-US': 'Connective tissue disease' },
  'visit.f.pepticUlcerDisease': { 'zh-CN': '消化性溃疡', 'en-US': 'Peptic ulcer' },
  'visit.f.liverDisease': { 'zh-CN': '肝病', 'en-US': 'Liver disease' },
  'visit.f.hemiplegia': { 'zh-CN': '偏瘫', 'en-US': 'Hemiplegia' },
  'visit.f.moderateSevereRenalDisease': {
    'zh-CN': '中重度肾病/透析',
    'en-US': 'Moderate–severe renal disease',
  },
  'visit.f.solidTumor': { 'zh-CN': '实体肿瘤', 'en-US': 'Solid tumour' },
  'visit.f.leukemia': { 'zh-CN': '白血病', 'en-US': 'Leukaemia' },
  'visit.f.lymphoma': { 'zh-CN': '淋巴瘤', 'en-US': 'Lymphoma' },
  'visit.f.aids': { 'zh-CN': '艾滋病', 'en-US': 'AIDS' },
  'visit.f.historyOfVte': { 'zh-CN': '既往 DVT/PE', 'en-US': 'Previous DVT/PE' },
  'visit.f.familyHistoryOfThrombosis': { 'zh-CN': '血栓家族史', 'en-US': 'Family history of thrombosis' },
  'visit.f.varicoseVeins': { 'zh-CN': '下肢静脉曲张', 'en-US': 'Varicose veins' },
  'visit.f.ponvHistory': { 'zh-CN': '既往术后恶心呕吐', 'en-US': 'Previous PONV' },
  'visit.f.motionSickness': { 'zh-CN': '晕动病', 'en-US': 'Motion sickness' },
  'visit.f.snoring': { 'zh-CN': '打鼾', 'en-US': 'Loud snoring' },
  'visit.f.tired': { 'zh-CN': '日间疲倦嗜睡', 'en-US': 'Daytime tiredness' },
  'visit.f.observedApnea': { 'zh-CN': '被观察到呼吸暂停', 'en-US': 'Observed apnoea' },
  'visit.f.mallampatiClass': { 'zh-CN': 'Mallampati 分级', 'en-US': 'Mallampati class' },
  'visit.f.neckCircumferenceCm': { 'zh-CN': '颈围', 'en-US': 'Neck circumference' },
  'visit.f.mouthOpeningCm': { 'zh-CN': '张口度', 'en-US': 'Mouth opening' },
  'visit.f.thyromentalCm': { 'zh-CN': '甲颏距离', 'en-US': 'Thyromental distance' },
  'visit.f.limitedNeckMovement': { 'zh-CN': '颈部活动受限', 'en-US': 'Limited neck movement' },
  'visit.f.hemoglobin': { 'zh-CN': '血红蛋白', 'en-US': 'Haemoglobin' },
  'visit.f.creatinine': { 'zh-CN': '肌酐', 'en-US': 'Creatinine' },
  'visit.f.albumin': { 'zh-CN': '白蛋白', 'en-US': 'Albumin' },
  'visit.f.inr': { 'zh-CN': 'INR', 'en-US': 'INR' },
  'visit.f.platelets': { 'zh-CN': '血小板', 'en-US': 'Platelets' },
  'visit.f.glucose': { 'zh-CN': '血糖', 'en-US': 'Glucose' },
  'visit.f.systolicBp': { 'zh-CN': '收缩压', 'en-US': 'Systolic BP' },
  'visit.f.diastolicBp': { 'zh-CN': '舒张压', 'en-US': 'Diastolic BP' },
  'visit.f.pulse': { 'zh-CN': '心率', 'en-US': 'Pulse' },
  'visit.f.respirationRate': { 'zh-CN': '呼吸频率', 'en-US': 'Respiratory rate' },
  'visit.f.spo2': { 'zh-CN': 'SpO2', 'en-US': 'SpO2' },
  'visit.f.spo2OnRoomAir': { 'zh-CN': 'SpO2 为吸空气时测得', 'en-US': 'SpO2 measured on room air' },
  'visit.f.temperature': { 'zh-CN': '体温', 'en-US': 'Temperature' },
  'visit.f.weightLoss': { 'zh-CN': '体重下降 > 5%', 'en-US': 'Weight loss > 5 %' },
  'visit.f.intakePercent': {
    'zh-CN': '近 1 周进食量（占需要量）',
    'en-US': 'Intake last week (% of requirement)',
  },
  'visit.f.impairedGeneralCondition': { 'zh-CN': '一般情况差', 'en-US': 'Impaired general condition' },
  'visit.f.diseaseSeverity': { 'zh-CN': '疾病严重程度（NRS-2002）', 'en-US': 'Disease severity (NRS-2002)' },
  'visit.f.severelyIll': { 'zh-CN': '重症（如 ICU）', 'en-US': 'Severely ill (e.g. ICU)' },
  'visit.f.cfsLevel': { 'zh-CN': '临床衰弱量表 CFS', 'en-US': 'Clinical Frailty Scale' },
  'visit.f.asaClass': { 'zh-CN': 'ASA 分级', 'en-US': 'ASA class' },
  'visit.f.asaEmergency': { 'zh-CN': '急诊（E）', 'en-US': 'Emergency (E)' },
  'visit.f.anesthesiaMethod': { 'zh-CN': '拟行麻醉方式', 'en-US': 'Planned anesthesia' },
  'visit.f.surgicalSite': { 'zh-CN': '手术部位', 'en-US': 'Surgical site' },
  'visit.f.plannedDurationMinutes': { 'zh-CN': '预计手术时长', 'en-US': 'Planned duration' },
  'visit.f.postoperativeOpioids': { 'zh-CN': '术后使用阿片类', 'en-US': 'Post-operative opioids' },
  'visit.f.postopDestination': {
    'zh-CN': '术后去向（麻醉前确定）',
    'en-US': 'Post-op destination (planned before induction)',
  },
  // The Caprini items the history does not cover.
  'visit.vte.majorSurgeryLastMonth': {
    'zh-CN': '近 1 月大手术史',
    'en-US': 'Major surgery in the last month',
  },
  'visit.vte.inflammatoryBowelDisease': { 'zh-CN': '炎症性肠病', 'en-US': 'Inflammatory bowel disease' },
  'visit.vte.swollenLegs': { 'zh-CN': '下肢肿胀', 'en-US': 'Swollen legs' },
  'visit.vte.acuteMyocardialInfarction': { 'zh-CN': '急性心肌梗死', 'en-US': 'Acute myocardial infarction' },
  'visit.vte.sepsisLastMonth': { 'zh-CN': '近 1 月脓毒症', 'en-US': 'Sepsis in the last month' },
  'visit.vte.medicalBedRest': { 'zh-CN': '内科卧床', 'en-US': 'Medical patient at bed rest' },
  'visit.vte.confinedToBedOver72h': { 'zh-CN': '卧床 > 72 小时', 'en-US': 'Confined to bed > 72 h' },
  'visit.vte.immobilizingCast': { 'zh-CN': '石膏固定（近 1 月）', 'en-US': 'Immobilising cast' },
  'visit.vte.centralVenousAccess': { 'zh-CN': '中心静脉置管', 'en-US': 'Central venous access' },
  'visit.vte.factorVLeiden': { 'zh-CN': '因子 V Leiden', 'en-US': 'Factor V Leiden' },
  'visit.vte.prothrombin20210A': { 'zh-CN': '凝血酶原 20210A', 'en-US': 'Prothrombin 20210A' },
  'visit.vte.elevatedHomocysteine': { 'zh-CN': '同型半胱氨酸升高', 'en-US': 'Elevated homocysteine' },
  'visit.vte.lupusAnticoagulant': { 'zh-CN': '狼疮抗凝物', 'en-US': 'Lupus anticoagulant' },
  'visit.vte.anticardiolipinAntibodies': { 'zh-CN': '抗心磷脂抗体', 'en-US': 'Anticardiolipin antibodies' },
  'visit.vte.heparinInducedThrombocytopenia': {
    'zh-CN': '肝素诱导血小板减少',
    'en-US': 'Heparin-induced thrombocytopenia',
  },
  'visit.vte.otherThrombophilia': { 'zh-CN': '其他易栓症', 'en-US': 'Other thrombophilia' },
  'visit.vte.hipPelvisLegFracture': {
    'zh-CN': '髋/骨盆/下肢骨折（近 1 月）',
    'en-US': 'Hip, pelvis or leg fracture',
  },
  'visit.vte.strokeLastMonth': { 'zh-CN': '近 1 月脑卒中', 'en-US': 'Stroke in the last month' },
  'visit.vte.multipleTrauma': { 'zh-CN': '多发伤（近 1 月）', 'en-US': 'Multiple trauma' },
  'visit.vte.acuteSpinalCordInjury': { 'zh-CN': '急性脊髓损伤', 'en-US': 'Acute spinal cord injury' },
  'visit.vte.oralContraceptiveOrHrt': {
    'zh-CN': '口服避孕药/激素替代（女）',
    'en-US': 'Oral contraceptive or HRT (women)',
  },
  'visit.vte.pregnantOrPostpartum': {
    'zh-CN': '妊娠或产后 1 月内（女）',
    'en-US': 'Pregnant or postpartum (women)',
  },
  'visit.vte.adverseObstetricHistory': {
    'zh-CN': '不良孕产史（女）',
    'en-US': 'Adverse obstetric history (women)',
  },
  // Items that come from the case, not the form.
  'visit.case.age': { 'zh-CN': '年龄（患者档案）', 'en-US': 'Age (patient record)' },
  'visit.case.sex': { 'zh-CN': '性别（患者档案）', 'en-US': 'Sex (patient record)' },
  // Answers and options.
  'visit.o.anticoagulant': { 'zh-CN': '抗凝药', 'en-US': 'Anticoagulant' },
  'visit.o.antiplatelet': { 'zh-CN': '抗血小板药', 'en-US': 'Antiplatelet' },
  'visit.o.other': { 'zh-CN': '其他', 'en-US': 'Other' },
  'visit.yes': { 'zh-CN': '是', 'en-US': 'Yes' },
  'visit.no': { 'zh-CN': '否', 'en-US': 'No' },
  'visit.o.never': { 'zh-CN': '从不', 'en-US': 'Never' },
  'visit.o.former': { 'zh-CN': '已戒', 'en-US': 'Former' },
  'visit.o.current': { 'zh-CN': '目前吸烟', 'en-US': 'Current' },
  'visit.o.none': { 'zh-CN': '无', 'en-US': 'None' },
  'visit.o.diet': { 'zh-CN': '饮食控制', 'en-US': 'Diet' },
  'visit.o.oral': { 'zh-CN': '口服药', 'en-US': 'Oral agents' },
  'visit.o.insulin': { 'zh-CN': '胰岛素', 'en-US': 'Insulin' },
  'visit.o.mild': { 'zh-CN': '轻度', 'en-US': 'Mild' },
  'visit.o.moderate_severe': { 'zh-CN': '中重度', 'en-US': 'Moderate–severe' },
  'visit.o.localized': { 'zh-CN': '局限', 'en-US': 'Localised' },
  'visit.o.metastatic': { 'zh-CN': '转移', 'en-US': 'Metastatic' },
  'visit.o.over5pct_3months': { 'zh-CN': '3 个月内', 'en-US': 'within 3 months' },
  'visit.o.over5pct_2months': { 'zh-CN': '2 个月内', 'en-US': 'within 2 months' },
  'visit.o.over5pct_1month': { 'zh-CN': '1 个月内', 'en-US': 'within 1 month' },
  'visit.o.intrathoracic': { 'zh-CN': '胸腔内', 'en-US': 'Intrathoracic' },
  'visit.o.upper_abdominal': { 'zh-CN': '上腹部', 'en-US': 'Upper abdominal' },
  'visit.o.intraperitoneal_other': { 'zh-CN': '其他腹腔内', 'en-US': 'Other intraperitoneal' },
  'visit.o.suprainguinal_vascular': { 'zh-CN': '腹股沟以上血管', 'en-US': 'Suprainguinal vascular' },
  'visit.o.peripheral': { 'zh-CN': '外周/体表', 'en-US': 'Peripheral' },
  'visit.o.ward': { 'zh-CN': '普通病房', 'en-US': 'Ward' },
  'visit.o.pacu_then_ward': { 'zh-CN': 'PACU 后回病房', 'en-US': 'PACU, then ward' },
  'visit.o.icu': { 'zh-CN': 'ICU（计划）', 'en-US': 'ICU (planned)' },
  'visit.o.general_tube': { 'zh-CN': '气管插管全麻', 'en-US': 'GA, tube' },
  'visit.o.general_lma': { 'zh-CN': '喉罩全麻', 'en-US': 'GA, LMA' },
  'visit.o.general_no_airway': { 'zh-CN': '非插管全麻', 'en-US': 'GA, no airway device' },
  'visit.o.neuraxial': { 'zh-CN': '椎管内', 'en-US': 'Neuraxial' },
  'visit.o.nerve_block': { 'zh-CN': '神经阻滞', 'en-US': 'Nerve block' },
  'visit.o.combined': { 'zh-CN': '复合', 'en-US': 'Combined' },
  'visit.o.sedation': { 'zh-CN': '镇静/MAC', 'en-US': 'Sedation / MAC' },
  'visit.o.local': { 'zh-CN': '局麻', 'en-US': 'Local' },
  // The medication list.
  'visit.med.name': { 'zh-CN': '药名', 'en-US': 'Drug' },
  'visit.med.kind': { 'zh-CN': '类别', 'en-US': 'Kind' },
  'visit.med.lastDoseAt': { 'zh-CN': '末次用药', 'en-US': 'Last dose' },
  // The printed record (麻醉前访视记录单).
  'visit.pdf.title': { 'zh-CN': '麻醉前访视记录单', 'en-US': 'Pre-anesthesia visit record' },
  'visit.pdf.documentTitle': {
    'zh-CN': '麻醉前访视记录单 {name} {mrn}',
    'en-US': 'Pre-anesthesia visit record {name} {mrn}',
  },
  'visit.pdf.header': { 'zh-CN': '围术期全程管理平台', 'en-US': 'Perioperative Care Platform' },
  'visit.pdf.printedAt': { 'zh-CN': '打印时间 {time}', 'en-US': 'Printed {time}' },
  'visit.pdf.page': { 'zh-CN': '第 {page} / {pages} 页', 'en-US': 'Page {page} of {pages}' },
  'visit.pdf.name': { 'zh-CN': '姓名', 'en-US': 'Name' },
  'visit.pdf.sex': { 'zh-CN': '性别', 'en-US': 'Sex' },
  'visit.pdf.age': { 'zh-CN': '年龄', 'en-US': 'Age' },
  'visit.pdf.ageYears': { 'zh-CN': '{age} 岁', 'en-US': '{age} years' },
  'visit.pdf.ageUnknown': {
    'zh-CN': '未记录（患者档案无出生日期）',
    'en-US': 'not recorded (no birth date on file)',
  },
  'visit.pdf.mrn': { 'zh-CN': '住院号', 'en-US': 'MRN' },
  'visit.pdf.orRoom': { 'zh-CN': '手术间', 'en-US': 'OR' },
  'visit.pdf.scheduledStart': { 'zh-CN': '手术时间', 'en-US': 'Scheduled' },
  'visit.pdf.diagnosis': { 'zh-CN': '诊断', 'en-US': 'Diagnosis' },
  'visit.pdf.procedure': { 'zh-CN': '拟行手术', 'en-US': 'Planned procedure' },
  'visit.pdf.surgeon': { 'zh-CN': '手术医师', 'en-US': 'Surgeon' },
  'visit.pdf.unanswered': { 'zh-CN': '未填', 'en-US': 'Not recorded' },
  'visit.pdf.scores': { 'zh-CN': '评分结果', 'en-US': 'Scores' },
  'visit.pdf.score': { 'zh-CN': '评分', 'en-US': 'Score' },
  'visit.pdf.total': { 'zh-CN': '总分', 'en-US': 'Total' },
  'visit.pdf.band': { 'zh-CN': '分级/提示', 'en-US': 'Band / flags' },
  'visit.pdf.version': { 'zh-CN': '版本', 'en-US': 'Version' },
  'visit.pdf.invalid': { 'zh-CN': '输入超出范围', 'en-US': 'Input out of range' },
  'visit.pdf.incomplete': { 'zh-CN': '资料不全，缺：{items}', 'en-US': 'Incomplete; missing: {items}' },
  'visit.pdf.bandWithFlags': { 'zh-CN': '{band}（{flags}）', 'en-US': '{band} ({flags})' },
  'visit.pdf.recommendations': { 'zh-CN': '建议', 'en-US': 'Recommendations' },
  'visit.pdf.recommendation': { 'zh-CN': '{text}（{source}）', 'en-US': '{text} ({source})' },
  'visit.pdf.revision': { 'zh-CN': '第 {n} 版', 'en-US': 'Revision {n}' },
  'visit.pdf.amendedRevision': {
    'zh-CN': '第 {n} 版（修订：{reason}）',
    'en-US': 'Revision {n} (amended: {reason})',
  },
  'visit.pdf.signer': { 'zh-CN': '签名医师', 'en-US': 'Signed by' },
  'visit.pdf.signedAt': { 'zh-CN': '签名时间', 'en-US': 'Signed at' },
  'visit.pdf.late': {
    'zh-CN': '注：访视时间晚于患者入室时间（AQI-PVR-04 不计为入室前访视）。',
    'en-US':
      'Note: the visit was recorded after the patient entered the room (AQI-PVR-04 does not count it as a pre-entry visit).',
  },
  'visit.pdf.filename': {
    'zh-CN': '麻醉前访视-{mrn}-第{revision}版.pdf',
    'en-US': 'pre-anesthesia-visit-{mrn}-revision-{revision}.pdf',
  },
  'visit.list.separator': { 'zh-CN': '、', 'en-US': ', ' },
} as const satisfies Record<string, LocalText>;

export const VISIT_MESSAGES = { ...BASE_MESSAGES, ...PREOP_MESSAGES, ...QUESTIONNAIRE_MESSAGES } as const;
export type VisitMessageKey = keyof typeof VISIT_MESSAGES;

const byKey: Readonly<Record<string, LocalText | undefined>> = VISIT_MESSAGES;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

/** A message with its {name} placeholders filled. */
export function visitText(
  key: VisitMessageKey,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return VISIT_MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

/** The label under a key built at run time (a field's, a section's); the key itself when there is none. */
export const visitLabel = (key: string, locale: Locale): string => byKey[key]?.[locale] ?? key;

/** The label of a visit path ("labs.creatinine" → 肌酐), the case's own items included; the path when unknown. */
export const fieldLabel = (path: string, locale: Locale): string => byKey[labelKeyOf(path)]?.[locale] ?? path;

/** An option of a select field as shown: classes in Roman numerals, NRS-2002 severity as its number. */
export function optionLabel(path: string, option: string, locale: Locale): string {
  if (!NUMERIC_SELECTS.has(path)) return visitLabel(`visit.o.${option}`, locale);
  return path === 'nutrition.diseaseSeverity' ? option : (ROMAN[Number(option) - 1] ?? option);
}
