// Server-side sessions: the cookie holds a random token, the database its sha256.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sessions, users } from '../../db/schema';
import type { Role } from '../../domain/auth/permissions';
import { scopeOf } from '../../domain/auth/scope';
import type { SecurityPolicy } from '../../domain/auth/security-policy';
import type { UserId } from '../../domain/common/ids';
import type { Locale } from '../errors/messages';
import type { SessionUser } from '../platform/context';
import type { SessionCache } from './session-cache';

export const SESSION_COOKIE = 'periop_session';
const TOUCH_AFTER_MS = 30_000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function createSession(
  db: Db,
  userId: string,
  now: Date,
  clientAddress: string,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insert(sessions)
    .values({ tokenHash: hashToken(token), userId, createdAt: now, lastSeenAt: now, clientAddress });
  return token;
}

export async function destroySession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
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
    const [row] = await db
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.tokenHash, tokenHash))
      .limit(1);
    if (!row) return { kind: 'none' };
    if (row.user.disabled) {
      await destroySession(db, tokenHash);
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
    await destroySession(db, tokenHash);
    await cache.announceSessionEnded(db, tokenHash);
    return { kind: 'expired' };
  }
  if (t - entry.lastSeenAt > TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
    entry.lastSeenAt = t;
  }
  return { kind: 'valid', user: entry.user };
}

export function toSessionUser(user: typeof users.$inferSelect): SessionUser {
  return {
    id: user.id as UserId,
    username: user.username,
    displayName: user.displayName,
    role: user.role as Role,
    scope: scopeOf(user),
    locale: (user.locale === 'en-US' ? 'en-US' : 'zh-CN') as Locale,
    mustChangePassword: user.mustChangePassword,
  };
}

/** Removes sessions that can no longer be valid; called opportunistically at login. */
export async function purgeExpiredSessions(
  db: Db,
  now: Date,
  policy: Pick<SecurityPolicy, 'sessionIdleMinutes'>,
): Promise<void> {
  const idleCutoff = new Date(now.getTime() - policy.sessionIdleMinutes * 60_000);
  await db.delete(sessions).where(and(lt(sessions.lastSeenAt, idleCutoff), sql`true`));
}
