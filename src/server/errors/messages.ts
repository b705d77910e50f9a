// The one error vocabulary: every code a client can receive, in Chinese and English.
import type { Locale, LocalText } from '../../domain/common/field-messages';

export { FIELD_MESSAGES } from '../../domain/common/field-messages';
export type { Locale };

type Text = LocalText;

export const ERROR_MESSAGES = {
  validation_failed: {
    'zh-CN': '提交的数据有误，请检查标出的字段',
    'en-US': 'The submitted data is invalid; see the fields',
  },
  malformed_json: { 'zh-CN': '请求内容不是有效的 JSON', 'en-US': 'The request body is not valid JSON' },
  unsupported_media_type: {
    'zh-CN': '仅接受 application/json 格式的请求',
    'en-US': 'Only application/json requests are accepted',
  },
  payload_too_large: { 'zh-CN': '请求内容过大', 'en-US': 'The request body is too large' },
  unauthenticated: { 'zh-CN': '请先登录', 'en-US': 'Please log in' },
  session_expired: {
    'zh-CN': '登录已过期，请重新登录',
    'en-US': 'Your session has expired; please log in again',
  },
  invalid_credentials: { 'zh-CN': '用户名或密码错误', 'en-US': 'Wrong user name or password' },
  account_locked: {
    'zh-CN': '连续登录失败次数过多，账户已锁定，请 {minutes} 分钟后再试',
    'en-US': 'Too many failed logins; the account is locked for {minutes} more minutes',
  },
  account_disabled: {
    'zh-CN': '账户已停用，请联系管理员',
    'en-US': 'This account is disabled; contact the administrator',
  },
  password_change_required: { 'zh-CN': '请先修改密码', 'en-US': 'You must change your password first' },
  password_weak: {
    'zh-CN':
      '密码至少 12 个字符，须含大写字母、小写字母、数字、其他符号中的至少三类，不能是常见密码，也不能与用户名相同',
    'en-US':
      'The password needs at least 12 characters from at least three of: lowercase, uppercase, digits, other symbols; it must not be a common password nor the user name',
  },
  password_wrong: { 'zh-CN': '当前密码错误', 'en-US': 'The current password is wrong' },
  forbidden: { 'zh-CN': '您没有执行此操作的权限', 'en-US': 'You do not have permission for this' },
  not_found: { 'zh-CN': '未找到请求的资源', 'en-US': 'Not found' },
  route_not_found: { 'zh-CN': '接口不存在', 'en-US': 'No such endpoint' },
  version_conflict: {
    'zh-CN': '该记录已被他人修改（当前版本 {current}），请查看最新内容后再保存',
    'en-US': 'Someone else changed this record (now version {current}); review the latest before saving',
  },
  illegal_transition: {
    'zh-CN': '当前状态“{from}”不能变更为“{to}”，允许的操作：{allowed}',
    'en-US': 'A case in status "{from}" cannot move to "{to}"; allowed: {allowed}',
  },
  transition_before_previous: {
    'zh-CN': '时间不能早于上一环节的时间（{previous}）',
    'en-US': 'The time cannot precede the previous step ({previous})',
  },
  transition_in_future: { 'zh-CN': '时间不能晚于当前时间', 'en-US': 'The time cannot be in the future' },
  cancel_reason_required: { 'zh-CN': '取消手术必须填写原因', 'en-US': 'A reason is required to cancel' },
  record_signed: {
    'zh-CN': '麻醉记录已签名锁定，如需修改请发起修订并填写原因',
    'en-US': 'The anesthesia record is signed; amend it with a reason to change it',
  },
  record_not_signed: {
    'zh-CN': '麻醉记录尚未签名，无需修订',
    'en-US': 'The record is not signed; no amendment is needed',
  },
  checklist_incomplete: {
    'zh-CN': '「{phase}」尚未完成，如确需继续请填写越过核查的理由',
    'en-US': 'The checklist phase "{phase}" is not complete; give a reason to proceed without it',
  },
  alert_closed: { 'zh-CN': '该预警已被处理', 'en-US': 'The alert has already been acknowledged' },
  complication_decided: {
    'zh-CN': '该并发症提示已被确认或排除',
    'en-US': 'The suggested complication has already been decided',
  },
  duplicate_device: {
    'zh-CN': '设备标识 {identifier} 已登记',
    'en-US': 'Device identifier {identifier} is already registered',
  },
  inbox_not_quarantined: {
    'zh-CN': '该报文不在隔离区，无需处理',
    'en-US': 'The message is not in quarantine',
  },
  duplicate_mrn: { 'zh-CN': '住院号 {mrn} 已存在', 'en-US': 'MRN {mrn} already exists' },
  duplicate_username: { 'zh-CN': '用户名 {username} 已存在', 'en-US': 'User name {username} already exists' },
  reference_not_found: { 'zh-CN': '引用的{what}不存在', 'en-US': 'The referenced {what} does not exist' },
  case_closed: {
    'zh-CN': '该手术已取消或已结束，不能再填写术前访视',
    'en-US': 'The case is cancelled or finished; no pre-anesthesia visit can be recorded',
  },
  visit_signed: {
    'zh-CN': '访视已签名锁定，如需修改请发起修订并填写原因',
    'en-US': 'The visit is signed and locked; start an amendment with a reason to change it',
  },
  visit_not_signed: {
    'zh-CN': '访视尚未签名，无需修订',
    'en-US': 'The visit is not signed; no amendment is needed',
  },
  pdf_font_missing: {
    'zh-CN': '服务器未安装中文字体（fonts-noto-cjk），暂时无法生成 PDF，请联系管理员',
    'en-US': 'No Chinese font (fonts-noto-cjk) is installed on the server; the PDF cannot be made',
  },
  print_requires_signature: {
    'zh-CN': '访视签名后才能打印',
    'en-US': 'Only a signed visit can be printed',
  },
  visit_incomplete: {
    'zh-CN': '签名前请完成标出的必填项目',
    'en-US': 'Complete the marked items before signing',
  },
  task_closed: { 'zh-CN': '该建议已处理完毕', 'en-US': 'This recommendation is already closed' },
  followup_done: { 'zh-CN': '该随访任务已完成', 'en-US': 'This follow-up task is already done' },
  own_account: {
    'zh-CN': '不能更改自己账户的角色，也不能停用自己的账户（三员分立）',
    'en-US': 'You cannot change your own role or disable your own account (separation of duties)',
  },
  duplicate_record: {
    'zh-CN': '相同的记录已存在，未重复保存',
    'en-US': 'The same record already exists; nothing was saved twice',
  },
  write_conflict: {
    'zh-CN': '该记录正被他人同时修改，请刷新后重试',
    'en-US': 'Someone else is changing this record at the same moment; reload and retry',
  },
  malformed_url: { 'zh-CN': '请求地址格式不正确', 'en-US': 'The request URL is malformed' },
  malformed_request: { 'zh-CN': '请求格式不正确', 'en-US': 'The request is malformed' },
  uri_too_long: { 'zh-CN': '请求地址过长', 'en-US': 'The request URL is too long' },
  header_too_large: { 'zh-CN': '请求头过大', 'en-US': 'The request headers are too large' },
  request_timeout: { 'zh-CN': '请求超时', 'en-US': 'The request timed out' },
  rate_limited: { 'zh-CN': '请求过于频繁，请稍后再试', 'en-US': 'Too many requests; try again later' },
  internal_error: { 'zh-CN': '服务器内部错误，请稍后重试', 'en-US': 'Internal server error; please retry' },
} as const satisfies Record<string, Text>;
export type ErrorCode = keyof typeof ERROR_MESSAGES;

export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
}

export function localise(code: ErrorCode, locale: Locale, params?: Record<string, string | number>): string {
  return format(ERROR_MESSAGES[code][locale], params);
}
