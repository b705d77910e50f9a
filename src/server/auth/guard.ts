// Deny by default: every request is authenticated from its session cookie and checked against the
// permission of the route that matched. The decision reads only the matched route's definition
// (`req.routeOptions`), never the raw URL, so no spelling of a path can reach a handler unguarded.

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { UPLOAD_HEADER } from '../../api/interop-history';
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

/** The web app's files and the API documentation are public by what they are, decided when the route is registered. */
export const isPublicByDefinition = (url: string): boolean =>
  !url.startsWith('/api/') || url === '/api/docs' || url.startsWith('/api/docs/');

/**
 * A route is public only when its definition says so: login and health declare it; static files and
 * the documentation get it here, from the URL they are registered under. Call before any route exists.
 */
export function markPublicRoutes(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (route.config?.public === undefined && !route.config?.permission && isPublicByDefinition(route.url)) {
      route.config = { ...route.config, public: true };
    }
  });
}

/** The authentication and permission check of every request; after the cookie plugin. */
export function registerGuard(app: FastifyInstance): void {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionTokenHash', null);

  app.addHook('onRequest', async (req) => {
    // No route matched: the not-found handler answers (a 404, or the web app's index page).
    if (req.is404) return;
    const config = req.routeOptions.config;
    // Cross-site requests cannot send JSON with the SameSite=Strict cookie; forms and text/plain are refused.
    const isApi = req.routeOptions.url?.startsWith('/api/') === true;
    if (STATE_CHANGING.has(req.method) && isApi && !isJson(req) && !isUpload(req)) {
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
        await req.server.ctx.securityPolicy.get(),
      );
      if (found.kind === 'valid') {
        req.user = found.user;
        req.sessionTokenHash = tokenHash;
      } else if (found.kind === 'expired' && !config.public) {
        throw new AppError('session_expired');
      }
    }
    if (config.public === true) return;
    if (!req.user) throw new AppError('unauthenticated');
    if (req.user.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(req.routeOptions.url ?? '')) {
      throw new AppError('password_change_required');
    }
    const permission = config.permission;
    if (!permission || !hasPermission(req.user.role, permission)) {
      await audit(req, {
        action: 'access',
        resourceType: 'route',
        resourceId: `${req.method} ${req.routeOptions.url}`,
        outcome: 'denied',
      });
      throw new AppError('forbidden');
    }
  });
}

/**
 * A file upload to a route that takes one: multipart with the header a cross-site form cannot set (a form can post
 * multipart, but not with a custom header, and the SameSite=Strict cookie stays home anyway).
 */
function isUpload(req: FastifyRequest): boolean {
  const type = req.headers['content-type'] ?? '';
  return (
    req.routeOptions.config.upload === true &&
    /^multipart\/form-data\b/i.test(type) &&
    req.headers[UPLOAD_HEADER] === '1'
  );
}

function isJson(req: FastifyRequest): boolean {
  const type = req.headers['content-type'] ?? '';
  return /^application\/json\b/i.test(type);
}
