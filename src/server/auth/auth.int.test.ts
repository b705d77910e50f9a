import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../db/schema';
import { agent, createTestApp, login, TEST_PASSWORD, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('login and sessions', () => {
  it('logs in with a HttpOnly SameSite=Strict cookie and answers /me', async () => {
    const nurse = await t.userAgent('nurse', { username: 'nurse_a' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'nurse_a', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'periop_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const me = await nurse.get('/api/v1/auth/me');
    expect(me.json()).toMatchObject({ username: 'nurse_a', role: 'nurse', locale: 'zh-CN' });
    expect(me.json().permissions).toContain('patient.read');
    expect(me.json().permissions).not.toContain('user.admin');
  });

  it('refuses a wrong password in Chinese, and in English when the browser asks', async () => {
    await t.userAgent('surgeon', { username: 'surgeon_b' });
    const zh = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'surgeon_b', password: 'wrong-password' },
    });
    expect(zh.statusCode).toBe(401);
    expect(zh.json()).toEqual({
      error: { code: 'invalid_credentials', message: '用户名或密码错误', fields: [] },
    });
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: { username: 'nobody', password: 'x' },
    });
    expect(en.json().error.message).toBe('Wrong user name or password');
  });

  it('locks the account for 15 minutes after 5 failed logins', async () => {
    await t.userAgent('quality', { username: 'locked_user' });
    const attempt = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'locked_user', password },
      });
    for (let i = 0; i < 4; i++) expect((await attempt('bad-password')).statusCode).toBe(401);
    const fifth = await attempt('bad-password');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('account_locked');
    // Even the right password is refused while locked.
    const right = await attempt(TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json().error.message).toContain('15');
    t.clock.advance(14 * 60_000);
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(423);
    t.clock.advance(60_000 + 1);
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
    const failures = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'login'));
    expect(failures.filter((a) => a.outcome === 'failure').length).toBeGreaterThanOrEqual(6);
  });

  it('expires a session after 30 idle minutes and after 12 hours in all', async () => {
    const a = await t.userAgent('viewer');
    t.clock.advance(29 * 60_000);
    expect((await a.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advance(29 * 60_000);
    expect((await a.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advance(30 * 60_000 + 1);
    const expired = await a.get('/api/v1/auth/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('session_expired');

    const b = await t.userAgent('viewer');
    for (let i = 0; i < 25; i++) {
      t.clock.advance(29 * 60_000);
      const r = await b.get('/api/v1/auth/me');
      if (i < 24) expect(r.statusCode).toBe(200);
      else expect(r.statusCode).toBe(401);
    }
  });

  it('logs out and the cookie stops working', async () => {
    const a = await t.userAgent('nurse');
    expect((await a.post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await a.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('refuses form posts and text/plain, so cross-site requests fail', async () => {
    const a = await t.userAgent('admin');
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/v1/patients',
      headers: { cookie: a.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'mrn=X1&name=test',
    });
    expect(form.statusCode).toBe(415);
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: a.cookie, 'content-type': 'text/plain' },
      payload: '{}',
    });
    expect(text.statusCode).toBe(415);
    const bare = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: a.cookie },
    });
    expect(bare.statusCode).toBe(415);
  });

  it('forces a password change after an admin reset, with the policy enforced', async () => {
    const admin = await t.userAgent('admin');
    const target = await t.userAgent('nurse', { username: 'reset_me' });
    const [row] = await t.database.db.select().from(users).where(eq(users.username, 'reset_me'));
    const weak = await admin.post(`/api/v1/users/${row!.id}/reset-password`, { password: 'short' });
    expect(weak.statusCode).toBe(400);
    const same = await admin.post(`/api/v1/users/${row!.id}/reset-password`, { password: 'reset_me' });
    expect(same.statusCode).toBe(400);
    expect(
      (await admin.post(`/api/v1/users/${row!.id}/reset-password`, { password: 'Temp@Pass2026' })).statusCode,
    ).toBe(200);
    // The reset ends existing sessions.
    expect((await target.get('/api/v1/auth/me')).statusCode).toBe(401);
    const cookie = await login(t.app, 'reset_me', 'Temp@Pass2026');
    const again = agent(t.app, cookie);
    expect((await again.get('/api/v1/auth/me')).json().mustChangePassword).toBe(true);
    const blocked = await again.get('/api/v1/patients');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');
    const change = await again.post('/api/v1/auth/password', {
      currentPassword: 'Temp@Pass2026',
      newPassword: 'Mine@Secret2026',
    });
    expect(change.statusCode).toBe(200);
    expect((await again.get('/api/v1/patients')).statusCode).toBe(200);
  });

  it('rate-limits login attempts', async () => {
    const limited = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await limited.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: `u${i}`, password: 'x' },
        });
        codes.push(r.statusCode);
      }
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes[3]).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
