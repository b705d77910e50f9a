// Login failure handling (GB/T 22239-2019 level 3, 8.1.4.1 b: 限制非法登录次数, 登录失败锁定): after
// `maxFailures` consecutive failures the account is locked for `lockMinutes`. The count itself is kept
// by one atomic statement per failure (src/db/platform/lockout.repo.ts); this reads what it left.

export type LockoutLimits = { maxFailures: number; lockMinutes: number };
/** After a failed login: the lock in force, if any, and whether this very failure set it. */
export type FailureResult = { lockedUntil: Date | null; lockedNow: boolean };
export type FailureCounter = { failedLogins: number; lockedUntil: Date | null };

/** When a lock set now ends. */
export const lockEnds = (now: Date, limits: LockoutLimits): Date =>
  new Date(now.getTime() + limits.lockMinutes * 60_000);

/** The counter after a failure: locked while the limit is reached and the lock has not run out. */
export function failureResult(
  counter: FailureCounter | undefined,
  maxFailures: number,
  now: Date,
): FailureResult {
  const lockedUntil =
    counter && counter.failedLogins >= maxFailures && counter.lockedUntil && counter.lockedUntil > now
      ? counter.lockedUntil
      : null;
  return { lockedUntil, lockedNow: lockedUntil !== null && counter?.failedLogins === maxFailures };
}
