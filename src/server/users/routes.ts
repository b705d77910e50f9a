import { asc, eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newId } from '../../db/ids';
import { sessions, users } from '../../db/schema';
import { passwordProblems } from '../../domain/auth/password-policy';
import { ROLES } from '../../domain/auth/permissions';
import { safeText } from '../../domain/registry/schemas';
import { audit } from '../audit/audit';
import { hashPassword } from '../auth/password';
import { AppError, conflict, notFound } from '../errors/app-error';

const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  wardIds: z.array(z.string()),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  version: z.number(),
});

const toDto = (u: typeof users.$inferSelect): z.infer<typeof userSchema> => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role as (typeof ROLES)[number],
  wardIds: u.wardIds,
  disabled: u.disabled,
  mustChangePassword: u.mustChangePassword,
  lockedUntil: u.lockedUntil?.toISOString() ?? null,
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  version: u.version,
});

const username = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_.-]{2,31}$/, { message: 'user.username.format' });
const idParams = z.object({ id: z.uuid() });

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, clock } = app.ctx;
  const db = database.db;

  const requireStrong = (password: string, name: string) => {
    if (passwordProblems(password, name).length > 0)
      throw new AppError('password_weak', {}, [{ path: 'password', message: '' }]);
  };

  app.get(
    '/api/v1/users',
    {
      config: { permission: 'user.admin' },
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
        summary: '新建用户 / create a user',
        body: z.strictObject({
          username,
          displayName: safeText(50),
          role: z.enum(ROLES),
          wardIds: z.array(z.uuid()).max(50).default([]),
          password: z.string().min(1).max(200),
        }),
        response: { 201: userSchema },
      },
    },
    async (req, reply) => {
      requireStrong(req.body.password, req.body.username);
      const [exists] = await db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.username, req.body.username));
      if (exists) throw new AppError('duplicate_username', { username: req.body.username });
      const now = clock();
      const [row] = await db
        .insert(users)
        .values({
          id: newId(),
          username: req.body.username,
          displayName: req.body.displayName,
          role: req.body.role,
          wardIds: req.body.wardIds,
          passwordHash: await hashPassword(req.body.password),
          // A password chosen by the administrator must be replaced by its owner at first login.
          mustChangePassword: true,
          createdAt: now,
          createdBy: req.user!.id,
          updatedAt: now,
          updatedBy: req.user!.id,
        })
        .returning();
      await audit(req, { action: 'create', resourceType: 'user', resourceId: row!.id });
      return reply.status(201).send(toDto(row!));
    },
  );

  app.put(
    '/api/v1/users/:id',
    {
      config: { permission: 'user.admin' },
      schema: {
        tags: ['admin'],
        summary: '修改角色、病区、停用 / set role, wards, disabled',
        params: idParams,
        body: z.strictObject({
          displayName: safeText(50),
          role: z.enum(ROLES),
          wardIds: z.array(z.uuid()).max(50),
          disabled: z.boolean(),
          version: z.number().int().positive(),
        }),
        response: { 200: userSchema },
      },
    },
    async (req) => {
      const { version, ...changes } = req.body;
      const [row] = await db
        .update(users)
        .set({ ...changes, version: sql`${users.version} + 1`, updatedAt: clock(), updatedBy: req.user!.id })
        .where(sql`${users.id} = ${req.params.id} and ${users.version} = ${version}`)
        .returning();
      if (!row) {
        const [latest] = await db.select().from(users).where(eq(users.id, req.params.id));
        if (!latest) throw notFound();
        throw conflict(latest.version, toDto(latest));
      }
      if (row.disabled) await db.delete(sessions).where(eq(sessions.userId, row.id));
      await app.ctx.sessions.announceUserChanged(db, row.id);
      await audit(req, {
        action: 'update',
        resourceType: 'user',
        resourceId: row.id,
        detail: { role: row.role, disabled: row.disabled },
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
      requireStrong(req.body.password, target.username);
      const [row] = await db
        .update(users)
        .set({
          passwordHash: await hashPassword(req.body.password),
          mustChangePassword: true,
          failedLogins: 0,
          lockedUntil: null,
          version: sql`${users.version} + 1`,
          updatedAt: clock(),
          updatedBy: req.user!.id,
        })
        .where(eq(users.id, target.id))
        .returning();
      await db.delete(sessions).where(eq(sessions.userId, target.id));
      await app.ctx.sessions.announceUserChanged(db, target.id);
      await audit(req, { action: 'reset_password', resourceType: 'user', resourceId: target.id });
      return toDto(row!);
    },
  );
};
