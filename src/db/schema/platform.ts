// Accounts, sessions, the security policy, the audit log and the application's own metadata.

import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AuditOutcome } from '../../domain/auth/audit';
import type { Role } from '../../domain/auth/permissions';
import type { Locale } from '../../domain/common/field-messages';
import { tracked, ts } from './columns';

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role').$type<Role>().notNull(),
  /** The whole department's patient data; otherwise only the wards in `ward_ids` (none: no patient data). */
  allWards: boolean('all_wards').notNull().default(false),
  wardIds: uuid('ward_ids').array().notNull().default(sql`'{}'::uuid[]`),
  passwordHash: text('password_hash').notNull(),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  disabled: boolean('disabled').notNull().default(false),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: ts('locked_until'),
  locale: text('locale').$type<Locale>().notNull().default('zh-CN'),
  /** A surgeon's authorised surgical grade (1–4, 手术分级授权); null: not authorised to operate. */
  surgicalGrade: smallint('surgical_grade'),
  lastLoginAt: ts('last_login_at'),
  ...tracked(),
});

export const sessions = pgTable(
  'sessions',
  {
    // sha256 of the cookie token: a leaked table does not leak usable sessions.
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: ts('created_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
    clientAddress: text('client_address'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Failed logins under a name that is no account, counted and locked exactly as `users` counts an
 * account's, so that no answer tells the two apart.
 */
export const loginFailures = pgTable('login_failures', {
  username: text('username').primaryKey(),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: ts('locked_until'),
  lastFailureAt: ts('last_failure_at').notNull(),
});

/** The security administrator's policy: one row (id 1); absent until first saved, when the start-up defaults apply. */
export const securityPolicy = pgTable(
  'security_policy',
  {
    id: smallint('id').primaryKey(),
    minPasswordLength: integer('min_password_length').notNull(),
    maxFailedLogins: integer('max_failed_logins').notNull(),
    lockMinutes: integer('lock_minutes').notNull(),
    sessionIdleMinutes: integer('session_idle_minutes').notNull(),
    sessionAbsoluteHours: integer('session_absolute_hours').notNull(),
    ...tracked(),
  },
  (t) => [check('security_policy_single_row', sql`${t.id} = 1`)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: ts('at').notNull().defaultNow(),
    userId: uuid('user_id'),
    username: text('username'),
    /** The role held when acting (null: no one signed in, e.g. a failed login). */
    role: text('role').$type<Role>(),
    action: text('action').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id'),
    patientId: uuid('patient_id'),
    clientAddress: text('client_address'),
    outcome: text('outcome').$type<AuditOutcome>().notNull(),
    detail: jsonb('detail'),
  },
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_patient_idx').on(t.patientId, t.at),
    index('audit_user_idx').on(t.userId, t.at),
  ],
);

export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});

/** When each timed job last ran, cluster-wide: a run claims its period here (server/platform/job-runner.ts). */
export const jobRuns = pgTable('job_runs', {
  name: text('name').primaryKey(),
  lastRunAt: ts('last_run_at').notNull(),
});
