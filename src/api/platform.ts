// The platform's contract: sign-in and the session, accounts under 三员分立, the security policy, the
// audit log and health — request and response schemas of every route — the events on the sessions
// channel, and the errors of every request (validation, authentication, access, framework).
import { z } from 'zod';
import { AUDIT_OUTCOMES } from '../domain/auth/audit';
import { ROLES } from '../domain/auth/permissions';
import { wardScopeSchema } from '../domain/auth/scope';
import { securityPolicySchema } from '../domain/auth/security-policy';
import { singleLineText } from '../domain/common/text';
import { isoDateTime } from '../domain/registry/schemas';
import { defineErrors } from './error-def';

export { securityPolicySchema, wardScopeSchema };

export const idParams = z.object({ id: z.uuid() });
const version = z.number().int().positive();
const password = z.string().min(1).max(200);
export const localeSchema = z.enum(['zh-CN', 'en-US']);

/** The body of a POST that carries nothing (the web sends `{}`: every state change is JSON). */
export const emptyInput = z.strictObject({});

/** What a route that only does something answers. */
export const okSchema = z.object({ ok: z.literal(true) });
export type Ok = z.infer<typeof okSchema>;

// ── Sign-in and the session (/api/v1/auth) ──
export const loginInput = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password,
});
export type LoginInput = z.infer<typeof loginInput>;

/** The signed-in user, with the permissions of the role (the web shows and hides by them). */
export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  scope: wardScopeSchema,
  locale: localeSchema,
  mustChangePassword: z.boolean(),
  permissions: z.array(z.string()),
});
export type Me = z.infer<typeof meSchema>;

export const passwordChangeInput = z.strictObject({ currentPassword: password, newPassword: password });
export type PasswordChangeInput = z.infer<typeof passwordChangeInput>;

export const localeInput = z.strictObject({ locale: localeSchema });
export type LocaleInput = z.infer<typeof localeInput>;

// ── Accounts (/api/v1/users) ──
export const usernameSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_.-]{2,31}$/, { message: 'user.username.format' });

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  scope: wardScopeSchema,
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  version: z.number(),
});
export type User = z.infer<typeof userSchema>;
export const userListSchema = z.object({ items: z.array(userSchema) });
export type UserList = z.infer<typeof userListSchema>;

/** A new account has no role: the security administrator gives it one. */
export const userCreateInput = z.strictObject({
  username: usernameSchema,
  displayName: singleLineText(50),
  password,
});
export type UserCreateInput = z.infer<typeof userCreateInput>;

export const userUpdateInput = z.strictObject({
  displayName: singleLineText(50),
  disabled: z.boolean(),
  version,
});
export type UserUpdateInput = z.infer<typeof userUpdateInput>;

export const roleAssignInput = z.strictObject({ role: z.enum(ROLES), scope: wardScopeSchema, version });
export type RoleAssignInput = z.infer<typeof roleAssignInput>;

export const passwordResetInput = z.strictObject({ password });
export type PasswordResetInput = z.infer<typeof passwordResetInput>;

// ── The security policy (/api/v1/security/policy) ──
/** The policy in force; version null while the start-up defaults apply (none saved yet). */
export const policySchema = securityPolicySchema.extend({ version: z.number().nullable() });
export type PolicyInForce = z.infer<typeof policySchema>;
export const policyUpdate = securityPolicySchema.extend({ version: version.nullable() });
export type PolicyUpdate = z.infer<typeof policyUpdate>;

// ── The audit log (/api/v1/audit) ──
export const auditQuery = z.strictObject({
  patientId: z.uuid().optional(),
  username: z.string().trim().max(64).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  cursor: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  patientId: z.string().nullable(),
  /** Who the patient is: in full for a reader allowed patient data, masked (张*, ****0001) otherwise. */
  patient: z.object({ name: z.string(), mrn: z.string() }).nullable(),
  clientAddress: z.string().nullable(),
  outcome: z.enum(AUDIT_OUTCOMES),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = z.object({
  items: z.array(auditEntrySchema),
  nextCursor: z.number().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

// ── Health (/api/health, /api/v1/admin/health) ──
export const healthSchema = z.object({ status: z.literal('ok') });
export type Health = z.infer<typeof healthSchema>;
export const healthDetailsSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.object({
    kind: z.enum(['pglite', 'postgresql']),
    serverVersion: z.string(),
    migrations: z.number(),
    role: z.string(),
    superuser: z.boolean(),
    /** Whether the application's own role could alter the audit log or switch off its trigger. */
    ownsAuditLog: z.boolean(),
  }),
});
export type HealthDetails = z.infer<typeof healthDetailsSchema>;

// ── Realtime: the server's own `sessions` channel, which every instance listens to ──
export const SESSIONS_TOPIC = 'sessions';
export type SessionsEvent =
  | { topic: typeof SESSIONS_TOPIC; type: 'user.changed'; id: string }
  | { topic: typeof SESSIONS_TOPIC; type: 'session.ended'; id: string }
  | { topic: typeof SESSIONS_TOPIC; type: 'policy.changed' };

/** The `{what}` of reference_not_found when the database names no particular thing. */
export const REFERENCED_RECORD = { 'zh-CN': '记录', 'en-US': 'record' } as const;

export const platformErrors = defineErrors({
  validation_failed: {
    status: 400,
    'zh-CN': '提交的数据有误，请检查标出的字段',
    'en-US': 'The submitted data is invalid; see the fields',
  },
  malformed_json: {
    status: 400,
    'zh-CN': '请求内容不是有效的 JSON',
    'en-US': 'The request body is not valid JSON',
  },
  unsupported_media_type: {
    status: 415,
    'zh-CN': '仅接受 application/json 格式的请求',
    'en-US': 'Only application/json requests are accepted',
  },
  payload_too_large: { status: 413, 'zh-CN': '请求内容过大', 'en-US': 'The request body is too large' },
  unauthenticated: { status: 401, 'zh-CN': '请先登录', 'en-US': 'Please log in' },
  session_expired: {
    status: 401,
    'zh-CN': '登录已过期，请重新登录',
    'en-US': 'Your session has expired; please log in again',
  },
  invalid_credentials: { status: 401, 'zh-CN': '用户名或密码错误', 'en-US': 'Wrong user name or password' },
  account_locked: {
    status: 423,
    'zh-CN': '连续登录失败次数过多，账户已锁定，请 {minutes} 分钟后再试',
    'en-US': 'Too many failed logins; the account is locked for {minutes} more minutes',
  },
  account_disabled: {
    status: 403,
    'zh-CN': '账户已停用，请联系管理员',
    'en-US': 'This account is disabled; contact the administrator',
  },
  password_change_required: {
    status: 403,
    'zh-CN': '请先修改密码',
    'en-US': 'You must change your password first',
  },
  password_weak: {
    status: 400,
    'zh-CN':
      '密码至少 12 个字符，须含大写字母、小写字母、数字、其他符号中的至少三类，不能是常见密码，也不能与用户名相同',
    'en-US':
      'The password needs at least 12 characters from at least three of: lowercase, uppercase, digits, other symbols; it must not be a common password nor the user name',
  },
  password_wrong: { status: 400, 'zh-CN': '当前密码错误', 'en-US': 'The current password is wrong' },
  forbidden: {
    status: 403,
    'zh-CN': '您没有执行此操作的权限',
    'en-US': 'You do not have permission for this',
  },
  not_found: { status: 404, 'zh-CN': '未找到请求的资源', 'en-US': 'Not found' },
  route_not_found: { status: 404, 'zh-CN': '接口不存在', 'en-US': 'No such endpoint' },
  version_conflict: {
    status: 409,
    'zh-CN': '该记录已被他人修改（当前版本 {current}），请查看最新内容后再保存',
    'en-US': 'Someone else changed this record (now version {current}); review the latest before saving',
  },
  duplicate_username: {
    status: 409,
    'zh-CN': '用户名 {username} 已存在',
    'en-US': 'User name {username} already exists',
  },
  reference_not_found: {
    status: 400,
    'zh-CN': '引用的{what}不存在',
    'en-US': 'The referenced {what} does not exist',
  },
  pdf_font_missing: {
    status: 503,
    'zh-CN': '服务器未安装中文字体（fonts-noto-cjk），暂时无法生成 PDF，请联系管理员',
    'en-US': 'No Chinese font (fonts-noto-cjk) is installed on the server; the PDF cannot be made',
  },
  own_account: {
    status: 403,
    'zh-CN': '不能更改自己账户的角色，也不能停用自己的账户（三员分立）',
    'en-US': 'You cannot change your own role or disable your own account (separation of duties)',
  },
  duplicate_record: {
    status: 409,
    'zh-CN': '相同的记录已存在，未重复保存',
    'en-US': 'The same record already exists; nothing was saved twice',
  },
  write_conflict: {
    status: 409,
    'zh-CN': '该记录正被他人同时修改，请刷新后重试',
    'en-US': 'Someone else is changing this record at the same moment; reload and retry',
  },
  malformed_url: { status: 400, 'zh-CN': '请求地址格式不正确', 'en-US': 'The request URL is malformed' },
  malformed_request: { status: 400, 'zh-CN': '请求格式不正确', 'en-US': 'The request is malformed' },
  uri_too_long: { status: 414, 'zh-CN': '请求地址过长', 'en-US': 'The request URL is too long' },
  header_too_large: { status: 431, 'zh-CN': '请求头过大', 'en-US': 'The request headers are too large' },
  request_timeout: { status: 408, 'zh-CN': '请求超时', 'en-US': 'The request timed out' },
  rate_limited: {
    status: 429,
    'zh-CN': '请求过于频繁，请稍后再试',
    'en-US': 'Too many requests; try again later',
  },
  internal_error: {
    status: 500,
    'zh-CN': '服务器内部错误，请稍后重试',
    'en-US': 'Internal server error; please retry',
  },
});
