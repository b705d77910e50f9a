// The security policy the security administrator (安全管理员) sets: password length, lock-out and session
// timeouts. The bounds keep every setting at or above GB/T 22239-2019 level 3 (8.1.4.1 a: 口令复杂度;
// b: 登录失败处理 — limited attempts, lock-out, session timeout) and OWASP ASVS 4.0.3 V2.1.1 (≥ 12 characters).
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from './password-policy';

export const securityPolicySchema = z.strictObject({
  minPasswordLength: z.number().int().min(MIN_PASSWORD_LENGTH).max(64),
  maxFailedLogins: z.number().int().min(3).max(10),
  lockMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  sessionIdleMinutes: z.number().int().min(5).max(120),
  sessionAbsoluteHours: z.number().int().min(1).max(24),
});
export type SecurityPolicy = z.infer<typeof securityPolicySchema>;
