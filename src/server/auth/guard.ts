// Deny by default: every request is authenticated from its session cookie and checked against the
// permission its route declares. Routes that declare none are refused unless marked public.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hasPermission } from '../../domain/auth/permissions';
import { audit } from '../audit/audit';
import { AppError } from '../errors/app-error';
import { hashToken, loadSession, SESSION_COOKIE } from './session';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// What a user who must change the password may still do.
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set([
  '/api/v1/auth/me',
  '/api/v1/auth/logout',
  '/api/v1/auth/password',
]);

export function registerGuard(app: FastifyInstance): void {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionTokenHash', null);

  app.addHook('onRequest', async (req) => {
    const config = req.routeOptions.config;
    // Cross-site requests cannot send JSON with the SameSite=Strict cookie; forms and text/plain are refused.
    if (STATE_CHANGING.has(req.method) && req.url.startsWith('/api/') && !isJson(req)) {
      throw new AppError('unsupported_media_type');
    }
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const tokenHash = hashToken(token);
      const found = await loadSession(
        req.server.ctx.database.db,
        req.server.ctx.sessions,
        tokenHash,
        req.server.ctx.clock(),
        req.server.ctx.config,
      );
      if (found.kind === 'valid') {
        req.user = found.user;
        req.sessionTokenHash = tokenHash;
      } else if (found.kind === 'expired' && !config.public && req.url.startsWith('/api/')) {
        throw new AppError('session_expired');
      }
    }
    // Static files and the single-page app are public; unknown API paths fall through to a 404.
    if (config.public || !req.url.startsWith('/api/') || req.url.startsWith('/api/docs') || req.is404) return;
    if (!req.user) throw new AppError('unauthenticated');
    if (req.user.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(req.routeOptions.url ?? '')) {
      throw new AppError('password_change_required');
    }
    const permission = config.permission;
    if (!permission || !hasPermission(req.user.role, permission)) {
      await audit(req, {
        action: 'access',
        resourceType: 'route',
        resourceId: `${req.method} ${req.routeOptions.url ?? req.url}`,
        outcome: 'denied',
      });
      throw new AppError('forbidden');
    }
  });
}

function isJson(req: FastifyRequest): boolean {
  const type = req.headers['content-type'] ?? '';
  return /^application\/json\b/i.test(type);
}
