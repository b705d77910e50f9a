// The words of the 麻醉前访视单's sections beside the scores' history (过敏史, 既往手术麻醉史, 牙齿,
// 辅助检查, 禁食禁饮), the "其余均否" shortcut and the notes a result adds to a field.
import type { LocalText } from '../common/field-messages';

export const PREOP_MESSAGES = {
  // Sections and sub-headings.
  'visit.s.allergies': { 'zh-CN': '过敏史', 'en-US': 'Allergies' },
  'visit.s.anesthesiaHistory': { 'zh-CN': '既往手术麻醉史', 'en-US': 'Previous operations and anesthesia' },
  'visit.s.aux': { 'zh-CN': '辅助检查', 'en-US': 'Investigations' },
  'visit.s.fasting': { 'zh-CN': '禁食禁饮', 'en-US': 'Fasting' },
  'visit.g.teeth': { 'zh-CN': '牙齿', 'en-US': 'Teeth' },
  'visit.g.ecg': { 'zh-CN': '心电图', 'en-US': 'ECG' },
  'visit.g.chestImaging': { 'zh-CN': '胸部影像', 'en-US': 'Chest imaging' },
  'visit.g.pft': { 'zh-CN': '肺功能', 'en-US': 'Pulmonary function' },
  'visit.g.bloodGas': { 'zh-CN': '血气分析', 'en-US': 'Blood gas' },
  'visit.g.echo': { 'zh-CN': '超声心动图', 'en-US': 'Echocardiography' },
  // Fields.
  'visit.f.allergiesKnown': { 'zh-CN': '有过敏史', 'en-US': 'Known allergies' },
  'visit.f.previousAnesthesia': { 'zh-CN': '有既往手术麻醉史', 'en-US': 'Previous operations' },
  'visit.f.difficultAirwayHistory': { 'zh-CN': '既往困难气道', 'en-US': 'Previous difficult airway' },
  'visit.f.familyAnesthesiaProblems': {
    'zh-CN': '恶性高热/麻醉异常家族史',
    'en-US': 'Family history of malignant hyperthermia / anesthesia problems',
  },
  'visit.f.dentures': { 'zh-CN': '义齿', 'en-US': 'Dentures' },
  'visit.f.looseTeeth': { 'zh-CN': '松动牙', 'en-US': 'Loose teeth' },
  'visit.f.looseTeethWhich': { 'zh-CN': '松动牙位置', 'en-US': 'Which teeth are loose' },
  'visit.f.crownsOrBridges': { 'zh-CN': '牙冠/牙桥', 'en-US': 'Crowns or bridges' },
  'visit.f.labsDate': { 'zh-CN': '检验日期', 'en-US': 'Date of the labs' },
  'visit.f.ecgRhythm': { 'zh-CN': '心电图节律', 'en-US': 'ECG rhythm' },
  'visit.f.ecgQWaves': { 'zh-CN': '心电图病理性 Q 波', 'en-US': 'Pathological Q waves on ECG' },
  'visit.f.ecgFindings': { 'zh-CN': '心电图所见', 'en-US': 'ECG findings' },
  'visit.f.ecgDate': { 'zh-CN': '心电图日期', 'en-US': 'Date of the ECG' },
  'visit.f.chestModality': { 'zh-CN': '胸部影像检查', 'en-US': 'Chest imaging' },
  'visit.f.chestRedistribution': {
    'zh-CN': '胸片示肺血管再分布',
    'en-US': 'Pulmonary vascular redistribution on X-ray',
  },
  'visit.f.chestFindings': { 'zh-CN': '胸部影像所见', 'en-US': 'Chest imaging findings' },
  'visit.f.chestDate': { 'zh-CN': '胸部影像日期', 'en-US': 'Date of the chest imaging' },
  'visit.f.fev1PctPredicted': { 'zh-CN': 'FEV1 占预计值', 'en-US': 'FEV1 % predicted' },
  'visit.f.fvcPctPredicted': { 'zh-CN': 'FVC 占预计值', 'en-US': 'FVC % predicted' },
  'visit.f.fev1FvcRatio': { 'zh-CN': 'FEV1/FVC', 'en-US': 'FEV1/FVC' },
  'visit.f.dlcoPctPredicted': { 'zh-CN': 'DLCO 占预计值', 'en-US': 'DLCO % predicted' },
  'visit.f.pftDate': { 'zh-CN': '肺功能日期', 'en-US': 'Date of the pulmonary function test' },
  'visit.f.ph': { 'zh-CN': 'pH', 'en-US': 'pH' },
  'visit.f.pao2': { 'zh-CN': 'PaO2', 'en-US': 'PaO2' },
  'visit.f.paco2': { 'zh-CN': 'PaCO2', 'en-US': 'PaCO2' },
  'visit.f.fio2Percent': { 'zh-CN': '吸入氧浓度 FiO2', 'en-US': 'FiO2' },
  'visit.f.bloodGasDate': { 'zh-CN': '血气日期', 'en-US': 'Date of the blood gas' },
  'visit.f.efPercent': { 'zh-CN': '射血分数 EF', 'en-US': 'Ejection fraction' },
  'visit.f.echoFindings': { 'zh-CN': '超声心动图所见', 'en-US': 'Echocardiography findings' },
  'visit.f.echoDate': { 'zh-CN': '超声心动图日期', 'en-US': 'Date of the echocardiogram' },
  'visit.f.fastingInstructed': {
    'zh-CN': '已告知禁食禁饮（固体 6 h、清饮 2 h）',
    'en-US': 'Fasting explained (solids 6 h, clear fluids 2 h)',
  },
  'visit.f.lastSolidAt': { 'zh-CN': '末次进食', 'en-US': 'Last solid food' },
  'visit.f.lastClearFluidAt': { 'zh-CN': '末次饮清液', 'en-US': 'Last clear fluid' },
  // Options.
  'visit.o.drug': { 'zh-CN': '药物', 'en-US': 'Drug' },
  'visit.o.food': { 'zh-CN': '食物', 'en-US': 'Food' },
  'visit.o.removable': { 'zh-CN': '活动义齿', 'en-US': 'Removable' },
  'visit.o.fixed': { 'zh-CN': '固定义齿', 'en-US': 'Fixed' },
  'visit.o.sinus': { 'zh-CN': '窦性心律', 'en-US': 'Sinus rhythm' },
  'visit.o.atrial_fibrillation': { 'zh-CN': '心房颤动', 'en-US': 'Atrial fibrillation' },
  'visit.o.xray': { 'zh-CN': '胸片', 'en-US': 'Chest X-ray' },
  'visit.o.ct': { 'zh-CN': '胸部 CT', 'en-US': 'Chest CT' },
  // The lists.
  'visit.allergy.kind': { 'zh-CN': '类别', 'en-US': 'Kind' },
  'visit.allergy.substance': { 'zh-CN': '过敏原', 'en-US': 'Allergen' },
  'visit.allergy.reaction': { 'zh-CN': '过敏反应', 'en-US': 'Reaction' },
  'visit.anesthetic.year': { 'zh-CN': '年份', 'en-US': 'Year' },
  'visit.anesthetic.operation': { 'zh-CN': '手术', 'en-US': 'Operation' },
  'visit.anesthetic.anesthesia': { 'zh-CN': '麻醉方式', 'en-US': 'Anesthesia' },
  'visit.anesthetic.complications': {
    'zh-CN': '并发症（困难气道、PONV 等）',
    'en-US': 'Complications (difficult airway, PONV…)',
  },
  // The lists by their paths, as a conflict or a message names them.
  'visit.allergies.items': { 'zh-CN': '过敏原', 'en-US': 'Allergens' },
  'visit.anesthesiaHistory.items': { 'zh-CN': '既往手术', 'en-US': 'Previous operations' },
  'visit.medications': { 'zh-CN': '用药', 'en-US': 'Medications' },
  'visit.list.unknown': { 'zh-CN': '不详', 'en-US': 'Unknown' },
  // What a result says about a field, shown under it.
  'visit.ev.obstruction': {
    'zh-CN':
      '肺功能 FEV1/FVC {ratio}%，低于 70%（GOLD 气流受限标准）；本项未填时 Caprini“肺功能异常”按“是”计，已填则以所填为准',
    'en-US':
      'Spirometry FEV1/FVC {ratio} %, below 70 % (GOLD airflow limitation); Caprini counts “abnormal pulmonary function” while this is unanswered, else the answer stands',
  },
  'visit.ev.qWaves': {
    'zh-CN': '心电图示病理性 Q 波；本项未填时 RCRI“缺血性心脏病”按“是”计（Lee 1999），已填则以所填为准',
    'en-US':
      'Pathological Q waves on the ECG; RCRI counts ischaemic heart disease while this is unanswered (Lee 1999), else the answer stands',
  },
  'visit.ev.redistribution': {
    'zh-CN': '胸片示肺血管再分布；本项未填时 RCRI“充血性心力衰竭”按“是”计（Lee 1999），已填则以所填为准',
    'en-US':
      'Pulmonary vascular redistribution on the chest X-ray; RCRI counts heart failure while this is unanswered (Lee 1999), else the answer stands',
  },
  'visit.ev.ef': {
    'zh-CN': '超声心动图 EF {ef}%（ASA 示例：射血分数中度降低属 III 级、重度降低属 IV 级，由医师判定）',
    'en-US':
      'Echocardiography EF {ef} % (ASA examples: moderately reduced ejection fraction III, severely reduced IV; the anesthesiologist decides)',
  },
  // The printed record's compact answers.
  'visit.pdf.positive': { 'zh-CN': '是：{items}', 'en-US': 'Yes: {items}' },
  'visit.pdf.negative': { 'zh-CN': '否：{items}', 'en-US': 'No: {items}' },
  'visit.pdf.notAnswered': { 'zh-CN': '未填：{items}', 'en-US': 'Not recorded: {items}' },
  'visit.pdf.itemAnswers': { 'zh-CN': '各条目得分：{items}', 'en-US': 'Item scores: {items}' },
  'visit.pdf.allergy': {
    'zh-CN': '{kind} {substance}（反应：{reaction}）',
    'en-US': '{kind} {substance} (reaction: {reaction})',
  },
  'visit.pdf.anesthetic': {
    'zh-CN': '{year} {operation} · {method} · 并发症：{complications}',
    'en-US': '{year} {operation} · {method} · complications: {complications}',
  },
  'visit.pdf.medication': {
    'zh-CN': '{name}（{kind}，末次用药 {lastDose}）',
    'en-US': '{name} ({kind}, last dose {lastDose})',
  },
  'visit.pdf.exam': { 'zh-CN': '{group}（{date}）：', 'en-US': '{group} ({date}): ' },
  'visit.pdf.examUndated': { 'zh-CN': '{group}：', 'en-US': '{group}: ' },
  'visit.pdf.questionItem': { 'zh-CN': '第 {n} 条', 'en-US': 'item {n}' },
  'visit.pdf.moreMissing': { 'zh-CN': '{items} 等 {n} 项', 'en-US': '{items} and {n} more' },
  'visit.pdf.itemSeparator': { 'zh-CN': '；', 'en-US': '; ' },
} as const satisfies Record<string, LocalText>;
