// The words of the printed day's schedule (手术排班表), its Excel export and the 手术通知单, in the
// printing user's language; the vocabularies' own labels come from src/domain/registry.
import type { Locale } from '../../domain/common/field-messages';

const TEXTS = {
  'schedule.title': { 'zh-CN': '手术排班表', 'en-US': 'OR schedule' },
  'schedule.sheet': { 'zh-CN': '手术排班表 {date}', 'en-US': 'OR schedule {date}' },
  'schedule.count': { 'zh-CN': '共 {n} 台', 'en-US': '{n} cases' },
  'schedule.roomCount': { 'zh-CN': '{room}（{n} 台）', 'en-US': '{room} ({n} cases)' },
  'schedule.filter': { 'zh-CN': '筛选：{items}', 'en-US': 'Filtered: {items}' },
  'schedule.empty': { 'zh-CN': '当日没有符合条件的手术', 'en-US': 'No cases on this day match' },
  'schedule.filename': { 'zh-CN': '手术排班表-{date}', 'en-US': 'or-schedule-{date}' },
  'schedule.printedBy': {
    'zh-CN': '打印：{name}　{time}',
    'en-US': 'Printed by {name}, {time}',
  },
  'schedule.page': { 'zh-CN': '第 {page} 页 / 共 {pages} 页', 'en-US': 'Page {page} of {pages}' },
  'col.no': { 'zh-CN': '序号', 'en-US': 'No.' },
  'col.room': { 'zh-CN': '手术间', 'en-US': 'Room' },
  'col.time': { 'zh-CN': '时间', 'en-US': 'Time' },
  'col.scheduled': { 'zh-CN': '计划时间', 'en-US': 'Scheduled' },
  'col.inRoom': { 'zh-CN': '入室时间', 'en-US': 'In room' },
  'col.outOfRoom': { 'zh-CN': '出室时间', 'en-US': 'Out of room' },
  'col.urgency': { 'zh-CN': '类别', 'en-US': 'Urgency' },
  'col.patient': { 'zh-CN': '患者', 'en-US': 'Patient' },
  'col.name': { 'zh-CN': '姓名', 'en-US': 'Name' },
  'col.mrn': { 'zh-CN': '住院号', 'en-US': 'MRN' },
  'col.sexAge': { 'zh-CN': '性别/年龄', 'en-US': 'Sex/age' },
  'col.sex': { 'zh-CN': '性别', 'en-US': 'Sex' },
  'col.age': { 'zh-CN': '年龄', 'en-US': 'Age' },
  'col.place': { 'zh-CN': '病区/床号', 'en-US': 'Ward/bed' },
  'col.ward': { 'zh-CN': '病区', 'en-US': 'Ward' },
  'col.bed': { 'zh-CN': '床号', 'en-US': 'Bed' },
  'col.diagnosis': { 'zh-CN': '诊断', 'en-US': 'Diagnosis' },
  'col.procedure': { 'zh-CN': '手术名称', 'en-US': 'Procedure' },
  'col.grade': { 'zh-CN': '手术分级', 'en-US': 'Grade' },
  'col.approach': { 'zh-CN': '手术方式', 'en-US': 'Approach' },
  'col.surgeon': { 'zh-CN': '主刀医师', 'en-US': 'Surgeon' },
  'col.assistants': { 'zh-CN': '助手', 'en-US': 'Assistants' },
  'col.anesthesiologists': { 'zh-CN': '麻醉医师', 'en-US': 'Anesthesiologists' },
  'col.method': { 'zh-CN': '麻醉方式', 'en-US': 'Anesthesia' },
  'col.status': { 'zh-CN': '状态', 'en-US': 'Status' },
  'col.notes': { 'zh-CN': '备注', 'en-US': 'Notes' },
  'value.bed': { 'zh-CN': '{bed}床', 'en-US': 'bed {bed}' },
  'value.age': { 'zh-CN': '{n}岁', 'en-US': '{n} y' },
  'value.inRoom': { 'zh-CN': '入室 {time}', 'en-US': 'in {time}' },
  'value.cancelled': { 'zh-CN': '取消：{reason}', 'en-US': 'Cancelled: {reason}' },
  'value.risk': { 'zh-CN': '高危：{flags}', 'en-US': 'High risk: {flags}' },
  'value.none': { 'zh-CN': '无', 'en-US': 'None' },
  'value.separator': { 'zh-CN': '、', 'en-US': ', ' },
  'filter.q': { 'zh-CN': '检索“{value}”', 'en-US': 'search "{value}"' },
  'filter.room': { 'zh-CN': '手术间 {value}', 'en-US': 'room {value}' },
  'filter.status': { 'zh-CN': '状态 {value}', 'en-US': 'status {value}' },
  'filter.surgeon': { 'zh-CN': '主刀 {value}', 'en-US': 'surgeon {value}' },
  'filter.anesthesiologist': { 'zh-CN': '麻醉 {value}', 'en-US': 'anesthesiologist {value}' },
  'notice.title': { 'zh-CN': '手术通知单', 'en-US': 'Surgery notice' },
  'notice.filename': { 'zh-CN': '手术通知单-{mrn}', 'en-US': 'surgery-notice-{mrn}' },
  'notice.scheduledStart': { 'zh-CN': '手术时间', 'en-US': 'Scheduled' },
  'notice.sequence': { 'zh-CN': '{room} 第{n}台', 'en-US': '{room}, case {n}' },
  'notice.plannedMethod': { 'zh-CN': '拟行麻醉方式', 'en-US': 'Planned anesthesia' },
  'notice.notes': { 'zh-CN': '特殊说明', 'en-US': 'Special notes' },
  'notice.emergency': { 'zh-CN': '急诊手术，请优先安排', 'en-US': 'Emergency case: schedule first' },
  'notice.visitPending': {
    'zh-CN': '术前访视尚未签名',
    'en-US': 'The pre-anesthesia visit is not yet signed',
  },
  'notice.signatures': {
    'zh-CN': '通知人：__________　　接收人：__________',
    'en-US': 'Sent by: __________    Received by: __________',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ScheduleTextKey = keyof typeof TEXTS;

export function scheduleText(
  key: ScheduleTextKey,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return TEXTS[key][locale].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
