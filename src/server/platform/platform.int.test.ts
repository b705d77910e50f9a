import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('health and API documentation', () => {
  it('says only "ok" without a login', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('reports the engine, its version, the migrations and the role to administrators only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/health' })).statusCode).toBe(401);
    const nurse = await t.userAgent('nurse');
    expect((await nurse.get('/api/v1/admin/health')).statusCode).toBe(403);
    const admin = await t.userAgent('admin');
    const res = await admin.get('/api/v1/admin/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      database: {
        kind: process.env.PERIOP_TEST_DB === 'postgresql' ? 'postgresql' : 'pglite',
        serverVersion: expect.stringMatching(/^\d+/),
        migrations: expect.any(Number),
        role: expect.any(String),
        // The tests connect as a superuser; production connects as a role that owns nothing.
        superuser: true,
        ownsAuditLog: true,
      },
    });
    expect(res.json().database.migrations).toBeGreaterThanOrEqual(2);
  });

  it('serves the OpenAPI document generated from the zod schemas', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(doc.statusCode).toBe(200);
    const spec = doc.json();
    expect(spec.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/v1/auth/login',
      '/api/v1/patients',
      '/api/v1/patients/{id}',
      '/api/v1/cases',
      '/api/v1/cases/{id}/transitions',
    ]) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
    const transition = spec.paths['/api/v1/cases/{id}/transitions'].post;
    expect(Object.keys(transition.requestBody.content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['to', 'at', 'version']),
    );
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/html/);
  });

  it('documents a response for every route: each operation has a success response with its schema', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, { responses?: Record<string, { content?: unknown }> }>>;
    };
    const missing: string[] = [];
    let operations = 0;
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        operations += 1;
        const success = Object.entries(op.responses ?? {}).filter(([code]) => /^2\d\d$/.test(code));
        // A 204 has no body; every other success names the shape of what it returns.
        const documented = success.some(([code, r]) => code === '204' || r.content !== undefined);
        if (!documented) missing.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(operations).toBeGreaterThanOrEqual(78);
    expect(missing).toEqual([]);
  });

  it('answers an unknown API path with the error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'route_not_found', message: '接口不存在', fields: [] } });
  });
});
