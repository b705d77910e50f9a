// The failed-login counter and lock-out, one atomic statement per failure: concurrent failures each
// count, and exactly one of them, the one that reaches the limit, sets the lock. A name that is no
// account is counted in `login_failures` by the same rule, so that it answers as an account would.
import { eq, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { loginFailures, users } from '../../db/schema';

export type LockoutLimits = { maxFailures: number; lockMinutes: number };
/** After a failed login: the lock in force, if any, and whether this very failure set it. */
export type FailureResult = { lockedUntil: Date | null; lockedNow: boolean };

type Counter = { failedLogins: AnyPgColumn; lockedUntil: AnyPgColumn };

/**
 * Failures go on counting while locked; the one that makes the count equal the limit sets the lock.
 * Once a lock has run out, the next failure counts as the first again.
 */
function nextState(c: Counter, now: Date, lockUntil: Date, max: number) {
  const lockRanOut = sql`(${c.failedLogins} >= ${max} and coalesce(${c.lockedUntil} <= ${now.toISOString()}::timestamptz, true))`;
  const count = sql`(case when ${lockRanOut} then 1 else ${c.failedLogins} + 1 end)`;
  return {
    failedLogins: count,
    lockedUntil: sql<Date | null>`case when ${count} = ${max} then ${lockUntil.toISOString()}::timestamptz else ${c.lockedUntil} end`,
  };
}

const result = (
  row: { failedLogins: number; lockedUntil: Date | null } | undefined,
  max: number,
  now: Date,
): FailureResult => {
  const lockedUntil =
    row && row.failedLogins >= max && row.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
  return { lockedUntil, lockedNow: lockedUntil !== null && row?.failedLogins === max };
};

export async function recordFailedLogin(
  db: Db,
  target: { userId: string } | { username: string },
  now: Date,
  limits: LockoutLimits,
): Promise<FailureResult> {
  const max = limits.maxFailures;
  const lockUntil = new Date(now.getTime() + limits.lockMinutes * 60_000);
  if ('userId' in target) {
    const [row] = await db
      .update(users)
      .set(nextState(users, now, lockUntil, max))
      .where(eq(users.id, target.userId))
      .returning({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil });
    return result(row, max, now);
  }
  const [row] = await db
    .insert(loginFailures)
    .values({
      username: target.username,
      failedLogins: 1,
      lockedUntil: max <= 1 ? lockUntil : null,
      lastFailureAt: now,
    })
    .onConflictDoUpdate({
      target: loginFailures.username,
      set: { ...nextState(loginFailures, now, lockUntil, max), lastFailureAt: now },
    })
    .returning({ failedLogins: loginFailures.failedLogins, lockedUntil: loginFailures.lockedUntil });
  return result(row, max, now);
}
