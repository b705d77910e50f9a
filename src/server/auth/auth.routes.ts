// Signing in and out over HTTP: the session cookie is set and cleared here, everything else is the service's.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  emptyInput,
  localeInput,
  loginInput,
  meSchema,
  okSchema,
  passwordChangeInput,
} from '../../api/platform';
import { actorOf } from '../platform/actor';
import { AuthService } from './auth.service';
import { SESSION_COOKIE } from './session';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const auth = new AuthService(app.ctx);
  const { config } = app.ctx;

  app.post(
    '/api/v1/auth/login',
    {
      config: { public: true, rateLimit: { max: config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: '登录 / log in',
        body: loginInput,
        response: { 200: meSchema },
      },
    },
    async (req, reply) => {
      const { me, token, maxAgeSeconds } = await auth.login(req.body, { address: req.ip });
      const secure =
        config.COOKIE_SECURE === 'auto' ? req.protocol === 'https' : config.COOKIE_SECURE === 'true';
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure,
        maxAge: maxAgeSeconds,
      });
      return me;
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { permission: 'self.manage' },
      schema: {
        tags: ['auth'],
        summary: '退出 / log out',
        body: emptyInput,
        response: { 200: okSchema },
      },
    },
    async (req, reply) => {
      const done = await auth.logout(actorOf(req), req.sessionTokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return done;
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { permission: 'self.manage' },
      schema: { tags: ['auth'], summary: '当前用户 / the signed-in user', response: { 200: meSchema } },
    },
    (req) => auth.me(actorOf(req)),
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { permission: 'self.manage' },
      schema: {
        tags: ['auth'],
        summary: '修改密码 / change password',
        body: passwordChangeInput,
        response: { 200: okSchema },
      },
    },
    (req) => auth.changePassword(actorOf(req), req.body),
  );

  app.put(
    '/api/v1/auth/locale',
    {
      config: { permission: 'self.manage' },
      schema: {
        tags: ['auth'],
        summary: '界面语言 / the interface language',
        body: localeInput,
        response: { 200: okSchema },
      },
    },
    (req) => auth.setLocale(actorOf(req), req.body),
  );
};
