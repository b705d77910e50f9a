// A name that is no account must not be told apart from one that is: same answers, same lock-out,
// one password hash verified either way; and the failure counter counts concurrent failures exactly.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyPassword } from '../../db/platform/password';
import { auditLog, loginFailures, users } from '../../db/schema';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app';

vi.mock('../../db/platform/password', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../db/platform/password')>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

let t: TestApp;
/** The same, with a limit no test reaches: for timing and counting. */
let unlimited: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  unlimited = await createTestApp({ LOGIN_MAX_FAILURES: 1000 });
});
afterAll(async () => {
  await t?.close();
  await unlimited?.close();
});

const attempt = (on: TestApp, username: string, password = 'Wrong@Password1') =>
  on.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
const answer = (r: Awaited<ReturnType<typeof attempt>>) => ({ status: r.statusCode, body: r.json() });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('login does not tell whether an account exists', () => {
  it('verifies one password hash for an account, a name that is none, and a locked account', async () => {
    await t.userAgent('nurse', { username: 'hash_known' });
    const calls = vi.mocked(verifyPassword);
    for (const [name, password] of [
      ['hash_known', 'Wrong@Password1'],
      ['hash_nobody', 'Wrong@Password1'],
    ] as const) {
      for (let i = 0; i < 6; i++) {
        calls.mockClear();
        await attempt(t, name, password);
        expect(calls, `${name} attempt ${i + 1}`).toHaveBeenCalledTimes(1);
      }
    }
    // Locked now: the right password is verified too, and refused.
    calls.mockClear();
    expect((await attempt(t, 'hash_known', TEST_PASSWORD)).statusCode).toBe(423);
    expect(calls).toHaveBeenCalledTimes(1);
  });

  it('takes about as long for a name that is no account as for one that is', async () => {
    await unlimited.userAgent('nurse', { username: 'timing_known' });
    const time = async (name: string) => {
      const start = performance.now();
      expect((await attempt(unlimited, name)).statusCode).toBe(401);
      return performance.now() - start;
    };
    await time('timing_known');
    await time('timing_nobody');
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await time('timing_known'));
      unknown.push(await time('timing_nobody'));
    }
    // Before, an unknown name answered ~10 times faster (no scrypt); a loose factor absorbs noise.
    expect(median(unknown)).toBeGreaterThan(median(known) / 3);
    expect(median(known)).toBeGreaterThan(median(unknown) / 3);
  });

  it('answers a name that is no account exactly as an account, through the lock and after it', async () => {
    await t.userAgent('surgeon', { username: 'real_user' });
    const run = async (name: string) => {
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push(answer(await attempt(t, name)));
      // The account's own password changes nothing while it is locked.
      answers.push(answer(await attempt(t, name, TEST_PASSWORD)));
      return answers;
    };
    const known = await run('real_user');
    const unknown = await run('ghost_user');
    expect(unknown).toEqual(known);
    expect(known.map((a) => a.status)).toEqual([401, 401, 401, 401, 423, 423, 423]);
    expect(known[0]!.body.error.code).toBe('invalid_credentials');
    expect(known[4]!.body.error.code).toBe('account_locked');
    expect(known[6]!.body.error.message).toContain('15');

    t.clock.advance(14 * 60_000);
    expect(answer(await attempt(t, 'ghost_user'))).toEqual(answer(await attempt(t, 'real_user')));
    expect((await attempt(t, 'ghost_user')).json().error.message).toContain('请 1 分钟');
    t.clock.advance(60_000 + 1);
    const after = answer(await attempt(t, 'ghost_user'));
    expect(after).toEqual(answer(await attempt(t, 'real_user')));
    expect(after.status).toBe(401);
    expect((await attempt(t, 'real_user', TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('the failure counter and the lock are one atomic statement', () => {
  it('counts every one of 20 concurrent failures, for an account and for a name that is none', async () => {
    await unlimited.userAgent('nurse', { username: 'racing_known' });
    const codes = await Promise.all([
      ...Array.from({ length: 20 }, () => attempt(unlimited, 'racing_known')),
      ...Array.from({ length: 20 }, () => attempt(unlimited, 'racing_nobody')),
    ]);
    expect(codes.every((r) => r.statusCode === 401)).toBe(true);
    const [account] = await unlimited.database.db
      .select()
      .from(users)
      .where(eq(users.username, 'racing_known'));
    const [name] = await unlimited.database.db
      .select()
      .from(loginFailures)
      .where(eq(loginFailures.username, 'racing_nobody'));
    expect(account!.failedLogins).toBe(20);
    expect(name!.failedLogins).toBe(20);
  });

  it('of 12 concurrent failures with a limit of 5, four are refused and eight meet the lock', async () => {
    await t.userAgent('nurse', { username: 'burst_known' });
    for (const name of ['burst_known', 'burst_nobody']) {
      const res = await Promise.all(Array.from({ length: 12 }, () => attempt(t, name)));
      const statuses = res.map((r) => r.statusCode).sort();
      expect(statuses, name).toEqual([...Array(4).fill(401), ...Array(8).fill(423)]);
      const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'login'));
      const reasons = rows
        .filter((r) => (r.detail as { username?: string } | null)?.username === name)
        .map((r) => (r.detail as { reason: string }).reason);
      expect(
        reasons.filter((r) => r === 'locked_now'),
        name,
      ).toHaveLength(1);
      expect(
        reasons.filter((r) => r === 'locked'),
        name,
      ).toHaveLength(7);
    }
  });
});
