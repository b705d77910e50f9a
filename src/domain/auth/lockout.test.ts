import { describe, expect, it } from 'vitest';
import { failureResult, lockEnds } from './lockout';

const NOW = new Date('2026-11-22T02:00:00Z');
const LATER = new Date(NOW.getTime() + 15 * 60_000);

describe('login lock-out', () => {
  it('locks for lockMinutes from the failure that reaches the limit', () => {
    expect(lockEnds(NOW, { maxFailures: 5, lockMinutes: 15 })).toEqual(LATER);
  });

  it('is not locked below the limit, locked at it (set now) and beyond it (already set)', () => {
    expect(failureResult({ failedLogins: 4, lockedUntil: null }, 5, NOW)).toEqual({
      lockedUntil: null,
      lockedNow: false,
    });
    expect(failureResult({ failedLogins: 5, lockedUntil: LATER }, 5, NOW)).toEqual({
      lockedUntil: LATER,
      lockedNow: true,
    });
    expect(failureResult({ failedLogins: 6, lockedUntil: LATER }, 5, NOW)).toEqual({
      lockedUntil: LATER,
      lockedNow: false,
    });
  });

  it('is no longer locked from the moment the lock ends', () => {
    expect(failureResult({ failedLogins: 5, lockedUntil: NOW }, 5, NOW).lockedUntil).toBeNull();
    expect(
      failureResult({ failedLogins: 5, lockedUntil: new Date(NOW.getTime() + 1) }, 5, NOW).lockedUntil,
    ).not.toBeNull();
  });

  it('counts nothing as no lock when the counter is missing', () => {
    expect(failureResult(undefined, 5, NOW)).toEqual({ lockedUntil: null, lockedNow: false });
  });
});
