// The anesthesia record's words in the one label shape: alert kinds, and everything the printed
// record (麻醉记录单) says around its numbers. The web and the PDF read these same labels.
import type { Locale, LocalText } from '../common/field-messages';
import type { AlertKind } from './intraop-alerts';

export const ALERT_LABELS: Record<AlertKind, LocalText> = {
  hypotension: { 'zh-CN': '低血压', 'en-US': 'Hypotension' },
  hypoxaemia: { 'zh-CN': '低氧', 'en-US': 'Hypoxaemia' },
  bradycardia: { 'zh-CN': '心动过缓', 'en-US': 'Bradycardia' },
  tachycardia: { 'zh-CN': '心动过速', 'en-US': 'Tachycardia' },
  hypothermia: { 'zh-CN': '低体温', 'en-US': 'Hypothermia' },
};

export const RECORD_MESSAGES = {
  'record.title': { 'zh-CN': '麻醉记录单', 'en-US': 'Anesthesia record' },
  'record.pdf.filename': { 'zh-CN': '麻醉记录单-{mrn}.pdf', 'en-US': 'anesthesia-record-{mrn}.pdf' },
  'record.pdf.info': { 'zh-CN': '麻醉记录单 {name} {mrn}', 'en-US': 'Anesthesia record {name} {mrn}' },
  'record.pdf.header': {
    'zh-CN': '麻醉记录单　{name}　住院号 {mrn}　{room}　{date}',
    'en-US': 'Anesthesia record   {name}   MRN {mrn}   {room}   {date}',
  },
  'record.pdf.page': { 'zh-CN': '第 {page} / {pages} 页', 'en-US': 'Page {page} of {pages}' },
  'record.pdf.printed': { 'zh-CN': '打印时间 {at}', 'en-US': 'Printed {at}' },
  'record.pdf.empty': {
    'zh-CN': '尚无术中记录（入室、生命体征、用药或事件）',
    'en-US': 'Nothing recorded yet (room entry, vital signs, drugs or events)',
  },
  // The case table.
  'record.case.name': { 'zh-CN': '姓名', 'en-US': 'Name' },
  'record.case.sexAge': { 'zh-CN': '性别/年龄', 'en-US': 'Sex / age' },
  'record.case.age': { 'zh-CN': '{sex} / {age} 岁', 'en-US': '{sex} / {age} y' },
  'record.case.mrn': { 'zh-CN': '住院号', 'en-US': 'MRN' },
  'record.case.diagnosis': { 'zh-CN': '诊断', 'en-US': 'Diagnosis' },
  'record.case.room': { 'zh-CN': '手术间', 'en-US': 'Room' },
  'record.case.procedure': { 'zh-CN': '手术', 'en-US': 'Procedure' },
  'record.case.surgeon': { 'zh-CN': '手术医师', 'en-US': 'Surgeon' },
  'record.case.method': { 'zh-CN': '麻醉方式', 'en-US': 'Anesthesia' },
  'record.case.methodMissing': { 'zh-CN': '未填', 'en-US': 'Not given' },
  'record.case.anesthesiologists': { 'zh-CN': '麻醉医师', 'en-US': 'Anesthesiologists' },
  'record.case.airway': { 'zh-CN': '气道', 'en-US': 'Airway' },
  'record.case.position': { 'zh-CN': '体位', 'en-US': 'Position' },
  'record.case.lines': { 'zh-CN': '管路', 'en-US': 'Lines' },
  'record.case.temperature': { 'zh-CN': '体温监测/保温', 'en-US': 'Temperature / warming' },
  'record.case.tempMode.continuous': { 'zh-CN': '连续', 'en-US': 'Continuous' },
  'record.case.tempMode.intermittent': { 'zh-CN': '间断', 'en-US': 'Intermittent' },
  'record.case.warming': { 'zh-CN': '主动保温', 'en-US': 'Active warming' },
  'record.case.noWarming': { 'zh-CN': '未主动保温', 'en-US': 'No active warming' },
  'record.case.inRoom': { 'zh-CN': '入室', 'en-US': 'In room' },
  'record.case.outOfRoom': { 'zh-CN': '出室', 'en-US': 'Out of room' },
  'record.case.scheduled': { 'zh-CN': '计划开始', 'en-US': 'Scheduled' },
  // The grid.
  'record.grid.events': { 'zh-CN': '事件', 'en-US': 'Events' },
  'record.grid.total': { 'zh-CN': '总量', 'en-US': 'Total' },
  'record.grid.hidden': {
    'zh-CN': '另有 {n} 项用药/液体未能排入本页网格，见下方用药明细与液体出入量',
    'en-US': '{n} more drugs/fluids did not fit this page’s grid; see the drug list and fluid balance below',
  },
  'record.grid.legend': {
    'zh-CN':
      '图例：∨ 收缩压  ∧ 舒张压（有创优先，否则无创）  ● 心率  ○— 体温（℃ 刻度）  竖线：该 5 分钟内最小–最大值；数值行为每 15 分钟读数（不同时为最小–最大值）',
    'en-US':
      'Legend: ∨ systolic  ∧ diastolic (invasive first, else cuff)  ● heart rate  ○— temperature (℃ scale)  Vertical lines: minimum–maximum within the 5 minutes; numeric rows every 15 minutes (minimum–maximum where they differ)',
  },
  'record.grid.eventList': { 'zh-CN': '事件：{events}', 'en-US': 'Events: {events}' },
  'record.grid.noEvents': { 'zh-CN': '事件：本页无', 'en-US': 'Events: none on this page' },
  'record.grid.eventText': { 'zh-CN': '：{text}', 'en-US': ': {text}' },
  // The details under the grid.
  'record.none': { 'zh-CN': '无', 'en-US': 'None' },
  'record.drugs': { 'zh-CN': '用药明细', 'en-US': 'Drugs' },
  'record.drugs.time': { 'zh-CN': '时间', 'en-US': 'Time' },
  'record.drugs.drug': { 'zh-CN': '药品', 'en-US': 'Drug' },
  'record.drugs.amount': { 'zh-CN': '剂量/速度', 'en-US': 'Dose / rate' },
  'record.drugs.until': { 'zh-CN': '，至 {at}', 'en-US': ', until {at}' },
  'record.drugs.running': { 'zh-CN': '，持续', 'en-US': ', running' },
  'record.drugs.totals': { 'zh-CN': '合计：{totals}', 'en-US': 'Totals: {totals}' },
  'record.fluids': { 'zh-CN': '液体出入量', 'en-US': 'Fluids in and out' },
  'record.fluids.balance': {
    'zh-CN': '入量 {in} ml，出量 {out} ml，平衡 {balance} ml',
    'en-US': 'In {in} ml, out {out} ml, balance {balance} ml',
  },
  'record.events': { 'zh-CN': '事件', 'en-US': 'Events' },
  'record.events.text': { 'zh-CN': '（{text}）', 'en-US': ' ({text})' },
  'record.events.override': {
    'zh-CN': ' [越过核查：{reason}]',
    'en-US': ' [checklist overridden: {reason}]',
  },
  'record.exposure': {
    'zh-CN':
      '低血压暴露：MAP < {threshold} mmHg 累计 {minutes} 分钟，曲线下面积 {aut} mmHg·min，时间加权平均 {twa} mmHg（{source}）',
    'en-US':
      'Hypotension exposure: MAP < {threshold} mmHg for {minutes} min, area under {aut} mmHg·min, time-weighted average {twa} mmHg ({source})',
  },
  'record.exposure.invasive': { 'zh-CN': '有创', 'en-US': 'invasive' },
  'record.exposure.cuff': { 'zh-CN': '无创袖带', 'en-US': 'cuff' },
  'record.alerts': { 'zh-CN': '术中警报', 'en-US': 'Intra-op alerts' },
  'record.alerts.extreme': { 'zh-CN': '（{extreme}）', 'en-US': ' ({extreme})' },
  'record.checklist': { 'zh-CN': '三方核查', 'en-US': 'Surgical safety checklist' },
  'record.checklist.done': { 'zh-CN': '已完成', 'en-US': 'Complete' },
  'record.checklist.open': { 'zh-CN': '未完成', 'en-US': 'Incomplete' },
  'record.checklist.noes': { 'zh-CN': '否：{items}', 'en-US': 'No: {items}' },
  'record.sign.signer': { 'zh-CN': '麻醉医师签名', 'en-US': 'Anesthesiologist' },
  'record.sign.unsigned': { 'zh-CN': '（未签名）', 'en-US': '(not signed)' },
  'record.sign.at': { 'zh-CN': '签名时间', 'en-US': 'Signed' },
  'record.sign.version': { 'zh-CN': '版本', 'en-US': 'Version' },
  'record.sign.revision': { 'zh-CN': '第 {revision} 版', 'en-US': 'Revision {revision}' },
  'record.sign.amended': { 'zh-CN': '（修订：{reason}）', 'en-US': ' (amended: {reason})' },
  'record.sign.printed': { 'zh-CN': '打印时间', 'en-US': 'Printed' },
  'record.list.separator': { 'zh-CN': '、', 'en-US': ', ' },
  'record.list.end': { 'zh-CN': '；', 'en-US': '; ' },
} as const satisfies Record<string, LocalText>;
export type RecordMessageKey = keyof typeof RECORD_MESSAGES;

/** A message with its {name} placeholders filled. */
export function recordText(
  key: RecordMessageKey,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return RECORD_MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}
