// The failed-login counter and lock-out, one atomic statement per failure: concurrent failures each
// count, and exactly one of them, the one that reaches the limit, sets the lock. A name that is no
// account is counted in `login_failures` by the same rule, so that it answers as an account would.
import { eq, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type FailureResult, failureResult, type LockoutLimits, lockEnds } from '../../domain/auth/lockout';
import type { Db } from '../client';
import { loginFailures, users } from '../schema';

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

export async function recordFailedLogin(
  db: Db,
  target: { userId: string } | { username: string },
  now: Date,
  limits: LockoutLimits,
): Promise<FailureResult> {
  const max = limits.maxFailures;
  const lockUntil = lockEnds(now, limits);
  if ('userId' in target) {
    const [row] = await db
      .update(users)
      .set(nextState(users, now, lockUntil, max))
      .where(eq(users.id, target.userId))
      .returning({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil });
    return failureResult(row, max, now);
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
  return failureResult(row, max, now);
}
