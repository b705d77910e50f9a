// The anesthesia record's fields by the path an error names them with, and what can be wrong with them:
// the server puts the message in the user's language on the field, and the page says both together
// ("麻醉方式：必填") in the form and in the message at the top.
import type { Locale, LocalText } from '../common/field-messages';

export const RECORD_FIELD_LABELS: Record<string, LocalText> = {
  method: { 'zh-CN': '麻醉方式', 'en-US': 'Anesthesia method' },
  'details.airway': { 'zh-CN': '气道', 'en-US': 'Airway' },
  'details.lines': { 'zh-CN': '管路', 'en-US': 'Lines' },
  'details.position': { 'zh-CN': '体位', 'en-US': 'Position' },
  tempMode: { 'zh-CN': '体温监测', 'en-US': 'Temperature monitoring' },
  at: { 'zh-CN': '时间', 'en-US': 'Time' },
  startAt: { 'zh-CN': '开始时间', 'en-US': 'Start' },
  endAt: { 'zh-CN': '结束时间', 'en-US': 'End' },
  start: { 'zh-CN': '开始时间', 'en-US': 'Start' },
  drug: { 'zh-CN': '药品', 'en-US': 'Drug' },
  dose: { 'zh-CN': '剂量', 'en-US': 'Dose' },
  rate: { 'zh-CN': '速度', 'en-US': 'Rate' },
  replaces: { 'zh-CN': '原输注', 'en-US': 'Running infusion' },
  entryId: { 'zh-CN': '输注', 'en-US': 'Infusion' },
  kind: { 'zh-CN': '种类', 'en-US': 'Kind' },
  volumeMl: { 'zh-CN': '量（ml）', 'en-US': 'Volume (ml)' },
  code: { 'zh-CN': '事件', 'en-US': 'Event' },
  text: { 'zh-CN': '事件说明', 'en-US': 'Description' },
  overrideReason: { 'zh-CN': '越过核查的理由', 'en-US': 'Reason to proceed without the checklist' },
  reason: { 'zh-CN': '原因', 'en-US': 'Reason' },
  value: { 'zh-CN': '数值', 'en-US': 'Value' },
  param: { 'zh-CN': '参数', 'en-US': 'Parameter' },
  answers: { 'zh-CN': '核查项', 'en-US': 'Checklist item' },
  version: { 'zh-CN': '版本', 'en-US': 'Version' },
};

/** A field's label; a checklist item (`answers.<item>`) by the checklist's own word. */
export function recordFieldLabel(path: string, locale: Locale): string | null {
  return (RECORD_FIELD_LABELS[path] ?? RECORD_FIELD_LABELS[path.split('.')[0]!])?.[locale] ?? null;
}

export const RECORD_FIELD_MESSAGES = {
  'record.required': { 'zh-CN': '必填', 'en-US': 'Required' },
  'record.reason_required': {
    'zh-CN': '请填写更正或作废的原因',
    'en-US': 'Give the reason for the correction',
  },
  'record.nothing_changed': { 'zh-CN': '与原记录相同，未作修改', 'en-US': 'Nothing differs from the entry' },
  'record.time.in_future': { 'zh-CN': '不能晚于当前时间', 'en-US': 'Cannot be in the future' },
  'record.time.before_case': {
    'zh-CN': '早于本台手术前一天，请核对日期',
    'en-US': 'More than a day before the case; check the date',
  },
  'record.time.before_room_entry': {
    'zh-CN': '不能早于入室时间 {time}',
    'en-US': 'Cannot be before room entry at {time}',
  },
  'record.time.before_status': {
    'zh-CN': '不能早于「{status}」的时间 {time}',
    'en-US': 'Cannot be before "{status}" at {time}',
  },
  'record.time.after_status': {
    'zh-CN': '不能晚于「{status}」的时间 {time}',
    'en-US': 'Cannot be after "{status}" at {time}',
  },
  'record.time.after_event': {
    'zh-CN': '不能晚于已记录的「{event}」{time}',
    'en-US': 'Cannot be after the recorded "{event}" at {time}',
  },
  'record.drug.end_before_start': {
    'zh-CN': '不能早于开始时间',
    'en-US': 'Cannot be before the start',
  },
  'record.drug.not_running': { 'zh-CN': '该输注已停止', 'en-US': 'This infusion is not running' },
  'record.drug.amount_required': { 'zh-CN': '请填写剂量或速度', 'en-US': 'Give the dose or the rate' },
  'record.drug.not_for_bolus': {
    'zh-CN': '单次给药没有此项',
    'en-US': 'Does not apply to a bolus',
  },
  'record.drug.not_for_infusion': {
    'zh-CN': '持续输注没有此项（请改速度）',
    'en-US': 'Does not apply to an infusion (change the rate)',
  },
  'record.drug.end_running': {
    'zh-CN': '输注仍在进行，请用“停止”结束',
    'en-US': 'The infusion is running; stop it instead',
  },
  'record.event.unknown': { 'zh-CN': '没有这一事件', 'en-US': 'No such event' },
  'record.event.text_required': { 'zh-CN': '请填写事件说明', 'en-US': 'Describe the event' },
  'record.override_required': {
    'zh-CN': '核查未完成，请填写越过核查的理由',
    'en-US': 'The checklist is not complete; give the reason to proceed',
  },
  'record.checklist.unknown_item': { 'zh-CN': '没有这一核查项', 'en-US': 'No such checklist item' },
  'record.checklist.reason_required': {
    'zh-CN': '更改已保存的答案须填写原因',
    'en-US': 'Changing a saved answer needs a reason',
  },
  'record.fluid.kind_direction': {
    'zh-CN': '种类与入量/出量不符',
    'en-US': 'The kind does not match in or out',
  },
  'record.vital.not_manual': {
    'zh-CN': '只能更正手工录入的数值；监护仪数值请标记伪差',
    'en-US': 'Only hand-entered values can be corrected; mark a monitor reading as artefact',
  },
} as const satisfies Record<string, LocalText>;
export type RecordFieldMessage = keyof typeof RECORD_FIELD_MESSAGES;

/** A field message in the user's language with its {name} placeholders filled. */
export function recordFieldText(
  key: RecordFieldMessage,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return RECORD_FIELD_MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_, k: string) =>
    String(params[k] ?? `{${k}}`),
  );
}
