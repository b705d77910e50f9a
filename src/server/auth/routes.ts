import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { users } from '../../db/schema';
import { ROLE_PERMISSIONS, ROLES } from '../../domain/auth/permissions';
import { wardScopeSchema } from '../../domain/auth/scope';
import { audit } from '../audit/audit';
import { AppError } from '../errors/app-error';
import type { SessionUser } from '../platform/context';
import { serverPasswordProblems } from './common-passwords';
import { recordFailedLogin } from './lockout';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password';
import { createSession, destroySession, SESSION_COOKIE, toSessionUser } from './session';

export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  scope: wardScopeSchema,
  locale: z.enum(['zh-CN', 'en-US']),
  mustChangePassword: z.boolean(),
  permissions: z.array(z.string()),
});

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, config, clock } = app.ctx;
  const db = database.db;

  app.post(
    '/api/v1/auth/login',
    {
      config: { public: true, rateLimit: { max: config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: '登录 / log in',
        body: z.strictObject({
          username: z.string().trim().min(1).max(64),
          password: z.string().min(1).max(200),
        }),
        response: { 200: meSchema },
      },
    },
    async (req, reply) => {
      const now = clock();
      const { username, password } = req.body;
      const [user] = await db.select().from(users).where(eq(users.username, username)).limit(1);
      const fail = async (reason: string) => {
        await audit(req, {
          action: 'login',
          resourceType: 'session',
          outcome: 'failure',
          detail: { username, reason },
        });
      };
      // One scrypt for every attempt, whether the name is an account or not, locked or not.
      const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
      const admitted = user && passwordOk && !(user.lockedUntil && user.lockedUntil > now) ? user : null;
      if (admitted?.disabled) {
        await fail('disabled');
        throw new AppError('account_disabled');
      }
      const [current] = admitted
        ? await db
            .update(users)
            .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
            .where(and(eq(users.id, admitted.id), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
            .returning()
        : [];
      if (!current) {
        // A wrong password, a name that is no account, a lock: counted and answered alike.
        const policy = await app.ctx.securityPolicy.get();
        const failure = await recordFailedLogin(db, user ? { userId: user.id } : { username }, now, {
          maxFailures: policy.maxFailedLogins,
          lockMinutes: policy.lockMinutes,
        });
        if (failure.lockedUntil) {
          await fail(failure.lockedNow ? 'locked_now' : 'locked');
          throw new AppError('account_locked', {
            minutes: Math.ceil((failure.lockedUntil.getTime() - now.getTime()) / 60_000),
          });
        }
        await fail(user ? 'wrong_password' : 'unknown_user');
        throw new AppError('invalid_credentials');
      }
      const token = await createSession(db, current.id, now, req.ip);
      const secure =
        config.COOKIE_SECURE === 'auto' ? req.protocol === 'https' : config.COOKIE_SECURE === 'true';
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure,
        maxAge: (await app.ctx.securityPolicy.get()).sessionAbsoluteHours * 3600,
      });
      req.user = toSessionUser(current);
      await audit(req, { action: 'login', resourceType: 'session', resourceId: current.id });
      return describeMe(req.user);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { permission: 'self.manage' }, schema: { tags: ['auth'], summary: '退出 / log out' } },
    async (req, reply) => {
      if (req.sessionTokenHash) {
        await destroySession(db, req.sessionTokenHash);
        await app.ctx.sessions.announceSessionEnded(db, req.sessionTokenHash);
      }
      await audit(req, { action: 'logout', resourceType: 'session', resourceId: req.user?.id ?? null });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );

  app.get(
    '/api/v1/auth/me',
    { config: { permission: 'self.manage' }, schema: { tags: ['auth'], response: { 200: meSchema } } },
    async (req) => describeMe(req.user!),
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { permission: 'self.manage' },
      schema: {
        tags: ['auth'],
        summary: '修改密码 / change password',
        body: z.strictObject({
          currentPassword: z.string().min(1).max(200),
          newPassword: z.string().min(1).max(200),
        }),
      },
    },
    async (req) => {
      const me = req.user!;
      const [user] = await db.select().from(users).where(eq(users.id, me.id)).limit(1);
      if (!user || !(await verifyPassword(req.body.currentPassword, user.passwordHash))) {
        throw new AppError('password_wrong');
      }
      if (
        serverPasswordProblems(
          req.body.newPassword,
          user.username,
          (await app.ctx.securityPolicy.get()).minPasswordLength,
        ).length > 0 ||
        req.body.newPassword === req.body.currentPassword
      ) {
        throw new AppError('password_weak');
      }
      await db
        .update(users)
        .set({
          passwordHash: await hashPassword(req.body.newPassword),
          mustChangePassword: false,
          version: sql`${users.version} + 1`,
          updatedAt: clock(),
          updatedBy: me.id,
        })
        .where(eq(users.id, me.id));
      await app.ctx.sessions.announceUserChanged(db, me.id);
      await audit(req, { action: 'update', resourceType: 'password', resourceId: me.id });
      return { ok: true };
    },
  );

  app.put(
    '/api/v1/auth/locale',
    {
      config: { permission: 'self.manage' },
      schema: { tags: ['auth'], body: z.strictObject({ locale: z.enum(['zh-CN', 'en-US']) }) },
    },
    async (req) => {
      await db.update(users).set({ locale: req.body.locale }).where(eq(users.id, req.user!.id));
      await app.ctx.sessions.announceUserChanged(db, req.user!.id);
      return { ok: true };
    },
  );
};

export function describeMe(user: SessionUser): z.infer<typeof meSchema> {
  return { ...user, permissions: [...ROLE_PERMISSIONS[user.role]] };
}
