// Accounts under 三员分立: the system administrator makes, renames, disables and resets accounts;
// the security administrator gives them a role and wards and sets the security policy; neither can
// change their own role. Every change is audited (the audit administrator reads it).
import { asc, eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessions, users } from '../../db/schema';
import { ROLES } from '../../domain/auth/permissions';
import { scopeOf, wardScopeSchema } from '../../domain/auth/scope';
import { type SecurityPolicy, securityPolicySchema } from '../../domain/auth/security-policy';
import { singleLineText } from '../../domain/common/text';
import { audit } from '../audit/audit';
import { hashPassword } from '../auth/password';
import { AppError, conflict, notFound } from '../errors/app-error';
import { createUser, requireStrongPassword, usernameSchema } from './create-user';

const userSchema = z.object({
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

type UserRow = typeof users.$inferSelect;

const toDto = (u: UserRow): z.infer<typeof userSchema> => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role as (typeof ROLES)[number],
  scope: scopeOf(u),
  disabled: u.disabled,
  mustChangePassword: u.mustChangePassword,
  lockedUntil: u.lockedUntil?.toISOString() ?? null,
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  version: u.version,
});

const idParams = z.object({ id: z.uuid() });
const version = z.number().int().positive();
const policyResponse = securityPolicySchema.extend({ version: z.number().nullable() });

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.ctx;
  const db = database.db;

  /** One versioned update of an account: 409 on a stale version, 404 when it does not exist. */
  const updateUser = async (id: string, expected: number, changes: Partial<UserRow>, by: string) => {
    const [row] = await db
      .update(users)
      .set({ ...changes, version: sql`${users.version} + 1`, updatedAt: clock(), updatedBy: by })
      .where(sql`${users.id} = ${id} and ${users.version} = ${expected}`)
      .returning();
    if (row) return row;
    const [latest] = await db.select().from(users).where(eq(users.id, id));
    if (!latest) throw notFound();
    throw conflict(latest.version, toDto(latest));
  };

  app.get(
    '/api/v1/users',
    {
      config: { permission: 'user.read' },
      schema: {
        tags: ['admin'],
        summary: '用户列表 / users',
        response: { 200: z.object({ items: z.array(userSchema) }) },
      },
    },
    async () => ({ items: (await db.select().from(users).orderBy(asc(users.username))).map(toDto) }),
  );

  app.post(
    '/api/v1/users',
    {
      config: { permission: 'user.admin' },
      schema: {
        tags: ['admin'],
        summary:
          '新建账户（角色由安全管理员分配）/ create an account; the security administrator gives it a role',
        body: z.strictObject({
          username: usernameSchema,
          displayName: singleLineText(50),
          password: z.string().min(1).max(200),
        }),
        response: { 201: userSchema },
      },
    },
    async (req, reply) => {
      const now = clock();
      const { minPasswordLength } = await app.ctx.securityPolicy.get();
      const row = await db.transaction(async (tx) => {
        const created = await createUser(
          tx,
          { ...req.body, role: 'unassigned', scope: { kind: 'wards', ids: [] } },
          { by: req.user!.id, now, minPasswordLength },
        );
        await audit(
          req,
          {
            action: 'create',
            resourceType: 'user',
            resourceId: created.id,
            detail: { username: created.username },
          },
          tx,
        );
        return created;
      });
      return reply.status(201).send(toDto(row));
    },
  );

  app.put(
    '/api/v1/users/:id',
    {
      config: { permission: 'user.admin' },
      schema: {
        tags: ['admin'],
        summary: '修改姓名、停用或启用账户 / rename, disable or enable an account',
        params: idParams,
        body: z.strictObject({ displayName: singleLineText(50), disabled: z.boolean(), version }),
        response: { 200: userSchema },
      },
    },
    async (req) => {
      const { version: expected, ...changes } = req.body;
      if (req.params.id === req.user!.id && changes.disabled) throw new AppError('own_account');
      const row = await updateUser(req.params.id, expected, changes, req.user!.id);
      if (row.disabled) await db.delete(sessions).where(eq(sessions.userId, row.id));
      await app.ctx.sessions.announceUserChanged(db, row.id);
      await audit(req, {
        action: 'update',
        resourceType: 'user',
        resourceId: row.id,
        detail: { displayName: row.displayName, disabled: row.disabled },
      });
      return toDto(row);
    },
  );

  app.put(
    '/api/v1/users/:id/role',
    {
      config: { permission: 'role.assign' },
      schema: {
        tags: ['admin'],
        summary: '分配角色与病区（安全管理员）/ give an account its role and wards (security administrator)',
        params: idParams,
        body: z.strictObject({ role: z.enum(ROLES), scope: wardScopeSchema, version }),
        response: { 200: userSchema },
      },
    },
    async (req) => {
      if (req.params.id === req.user!.id) throw new AppError('own_account');
      const { role, scope, version: expected } = req.body;
      const row = await updateUser(
        req.params.id,
        expected,
        {
          role,
          allWards: scope.kind === 'department',
          wardIds: scope.kind === 'wards' ? [...scope.ids] : [],
        },
        req.user!.id,
      );
      await app.ctx.sessions.announceUserChanged(db, row.id);
      await audit(req, {
        action: 'assign_role',
        resourceType: 'user',
        resourceId: row.id,
        detail: { role, scope },
      });
      return toDto(row);
    },
  );

  app.post(
    '/api/v1/users/:id/reset-password',
    {
      config: { permission: 'user.admin' },
      schema: {
        tags: ['admin'],
        summary: '重置密码（用户下次登录须修改）/ reset a password; the user must change it at next login',
        params: idParams,
        body: z.strictObject({ password: z.string().min(1).max(200) }),
        response: { 200: userSchema },
      },
    },
    async (req) => {
      const [target] = await db.select().from(users).where(eq(users.id, req.params.id));
      if (!target) throw notFound();
      requireStrongPassword(
        req.body.password,
        target.username,
        (await app.ctx.securityPolicy.get()).minPasswordLength,
      );
      const row = await updateUser(
        target.id,
        target.version,
        {
          passwordHash: await hashPassword(req.body.password),
          mustChangePassword: true,
          failedLogins: 0,
          lockedUntil: null,
        },
        req.user!.id,
      );
      await db.delete(sessions).where(eq(sessions.userId, target.id));
      await app.ctx.sessions.announceUserChanged(db, target.id);
      await audit(req, { action: 'reset_password', resourceType: 'user', resourceId: target.id });
      return toDto(row);
    },
  );

  app.get(
    '/api/v1/security/policy',
    {
      config: { permission: 'security.policy' },
      schema: {
        tags: ['admin'],
        summary: '安全策略：密码长度、登录失败锁定、会话超时 / password, lock-out and session policy',
        response: { 200: policyResponse },
      },
    },
    async () => app.ctx.securityPolicy.get(),
  );

  app.put(
    '/api/v1/security/policy',
    {
      config: { permission: 'security.policy' },
      schema: {
        tags: ['admin'],
        summary: '修改安全策略（需携带版本号）/ change the security policy with the version read',
        body: securityPolicySchema.extend({ version: z.number().int().positive().nullable() }),
        response: { 200: policyResponse },
      },
    },
    async (req) => {
      const { version: expected, ...policy } = req.body;
      const saved = await db.transaction(async (tx) => {
        const next = await app.ctx.securityPolicy.save(tx, policy satisfies SecurityPolicy, expected, {
          userId: req.user!.id,
          now: clock(),
        });
        if (next !== null)
          await audit(req, { action: 'update', resourceType: 'security_policy', detail: policy }, tx);
        return next;
      });
      const current = await app.ctx.securityPolicy.get();
      if (saved === null) throw conflict(current.version ?? 0, current);
      return current;
    },
  );
};
