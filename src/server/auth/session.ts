// Server-side sessions: the cookie holds a random token, the database its sha256.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/client';
import { deleteSession, findSession, insertSession, touchSession } from '../../db/platform/session.repo';
import type { UserRow } from '../../db/platform/user.repo';
import { scopeOf } from '../../domain/auth/scope';
import type { SecurityPolicy } from '../../domain/auth/security-policy';
import type { UserId } from '../../domain/common/ids';
import type { SessionUser } from '../platform/context';
import type { SessionCache } from './session-cache';

export const SESSION_COOKIE = 'periop_session';
const TOUCH_AFTER_MS = 30_000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A new session; the token goes into the cookie, only its hash into the database. */
export async function createSession(
  db: Db,
  userId: string,
  now: Date,
  clientAddress: string,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await insertSession(db, { tokenHash: hashToken(token), userId, now, clientAddress });
  return token;
}

export type SessionLookup = { kind: 'valid'; user: SessionUser } | { kind: 'expired' } | { kind: 'none' };

export async function loadSession(
  db: Db,
  cache: SessionCache,
  tokenHash: string,
  now: Date,
  policy: Pick<SecurityPolicy, 'sessionIdleMinutes' | 'sessionAbsoluteHours'>,
): Promise<SessionLookup> {
  const t = now.getTime();
  const idleMs = policy.sessionIdleMinutes * 60_000;
  const absoluteMs = policy.sessionAbsoluteHours * 3_600_000;
  let entry = cache.get(tokenHash, t);
  if (!entry) {
    const row = await findSession(db, tokenHash);
    if (!row) return { kind: 'none' };
    if (row.user.disabled) {
      await deleteSession(db, tokenHash);
      return { kind: 'expired' };
    }
    entry = {
      user: toSessionUser(row.user),
      createdAt: row.session.createdAt.getTime(),
      lastSeenAt: row.session.lastSeenAt.getTime(),
      cachedAt: t,
    };
    cache.set(tokenHash, entry);
  }
  if (t - entry.lastSeenAt > idleMs || t - entry.createdAt > absoluteMs) {
    await deleteSession(db, tokenHash);
    await cache.announceSessionEnded(db, tokenHash);
    return { kind: 'expired' };
  }
  if (t - entry.lastSeenAt > TOUCH_AFTER_MS) {
    await touchSession(db, tokenHash, now);
    entry.lastSeenAt = t;
  }
  return { kind: 'valid', user: entry.user };
}

export function toSessionUser(user: UserRow): SessionUser {
  return {
    id: user.id as UserId,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    scope: scopeOf(user),
    locale: user.locale,
    mustChangePassword: user.mustChangePassword,
  };
}
