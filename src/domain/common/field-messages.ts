// Messages for the custom checks in the domain's input schemas, shared by the server's error
// responses and the browser's inline validation.
export type Locale = 'zh-CN' | 'en-US';
export type LocalText = { 'zh-CN': string; 'en-US': string };

// Field-level messages for custom refinements in the domain schemas.
export const FIELD_MESSAGES: Record<string, LocalText> = {
  'field.required': { 'zh-CN': '必填', 'en-US': 'Required' },
  'text.control_characters': {
    'zh-CN': '含有不可显示的控制字符（如 NUL），请删除后重新输入',
    'en-US': 'Contains a non-printable control character (such as NUL); remove it and retype',
  },
  'date.format': { 'zh-CN': '日期格式应为 YYYY-MM-DD', 'en-US': 'Date must be YYYY-MM-DD' },
  'patient.mrn.format': {
    'zh-CN': '住院号只能包含字母、数字和连字符，最多 32 位',
    'en-US': 'MRN: letters, digits and hyphens, at most 32',
  },
  'patient.birthDate.range': { 'zh-CN': '出生日期不合理', 'en-US': 'Implausible birth date' },
  'patient.birthDate.future': {
    'zh-CN': '出生日期不能晚于今天',
    'en-US': 'Birth date cannot be in the future',
  },
  'patient.phone.format': { 'zh-CN': '电话号码格式不正确', 'en-US': 'Invalid phone number' },
  'patient.idCard.invalid': {
    'zh-CN': '身份证号码无效（18 位，校验位不符）',
    'en-US': 'Invalid ID card number (18 characters with check digit)',
  },
  'case.icd10.format': {
    'zh-CN': 'ICD-10 编码格式不正确（如 C15.400）',
    'en-US': 'Invalid ICD-10 code (e.g. C15.400)',
  },
  'case.icd9.format': {
    'zh-CN': 'ICD-9-CM-3 编码格式不正确（如 42.4101）',
    'en-US': 'Invalid ICD-9-CM-3 code (e.g. 42.4101)',
  },
  'admission.discharge_before_admit': {
    'zh-CN': '出院时间不能早于入院时间',
    'en-US': 'Discharge cannot precede admission',
  },
  'case.admission.mismatch': {
    'zh-CN': '该住院记录不属于此患者',
    'en-US': 'The admission belongs to another patient',
  },
  'record.time.in_future': { 'zh-CN': '时间不能晚于当前时间', 'en-US': 'The time cannot be in the future' },
  'record.time.before_case': {
    'zh-CN': '时间早于本台手术前一天，请核对日期',
    'en-US': 'The time is more than a day before the case; check the date',
  },
  'ward.out_of_scope': {
    'zh-CN': '您没有该病区的权限',
    'en-US': 'This ward is outside the wards you work in',
  },
  'case.patient.notFound': { 'zh-CN': '患者不存在', 'en-US': 'No such patient' },
  'case.patient.immutable': {
    'zh-CN': '不能把手术改到其他患者名下',
    'en-US': 'A case cannot move to another patient',
  },
  'reference.notFound': { 'zh-CN': '引用的记录不存在', 'en-US': 'The referenced record does not exist' },
  'user.username.format': {
    'zh-CN': '用户名须以小写字母开头，3–32 位小写字母、数字、点、横线或下划线',
    'en-US': 'User name: 3–32 lower-case letters, digits, . - _; starting with a letter',
  },
  'asa.vi_e': { 'zh-CN': 'ASA VI 级不可加 E（急诊）', 'en-US': 'ASA VI cannot carry the E suffix' },
  'ariscat.spo2_on_oxygen': {
    'zh-CN': 'ARISCAT 需吸空气时的 SpO2，吸氧时的读数不能用于评分',
    'en-US': 'ARISCAT needs a room-air SpO2; a reading on oxygen cannot be scored',
  },
  'visit.required': { 'zh-CN': '签名前必须填写', 'en-US': 'Required before signing' },
  'task.reason_required': { 'zh-CN': '拒绝建议必须填写理由', 'en-US': 'A reason is required to decline' },
  'field.unknown': { 'zh-CN': '不允许的字段', 'en-US': 'Unknown field' },
};

/** The message key for a value the user left out. */
export const REQUIRED = 'field.required';

/** What an empty form field sends: nothing, null or only blanks. */
export const isMissingValue = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The value at `path` inside `data`, undefined when a step on the way is absent. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here = data;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

/**
 * Whether a schema refused a value only because the user left it out, so the field should say 必填
 * rather than what type it expected. A refinement (code `custom`) keeps its own message, which says
 * why that value is needed.
 */
export const isRequiredMiss = (
  issue: { code: string; path: readonly PropertyKey[] },
  data: unknown,
): boolean => issue.code !== 'custom' && isMissingValue(valueAt(data, issue.path));
