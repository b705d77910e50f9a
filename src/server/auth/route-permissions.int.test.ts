import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMINISTRATOR_ROLES,
  PERMISSIONS,
  type Permission,
  ROLE_PERMISSIONS,
  ROLES,
} from '../../domain/auth/permissions';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

// Only these may be reached without a permission: login, health, the API documentation, and the
// web app's static files (everything outside /api/).
const PUBLIC_ALLOWED = [/^\/api\/v1\/auth\/login$/, /^\/api\/health$/, /^\/api\/docs(\/|$)/, /^\/(?!api\/)/];

describe('三员分立', () => {
  const ADMINISTRATION: Permission[] = [
    'user.admin',
    'role.assign',
    'security.policy',
    'audit.read',
    'device.admin',
  ];
  const PATIENT_DATA = PERMISSIONS.filter((p) =>
    /^(patient|case|assessment|observation|complications|followup|report)\./.test(p),
  );

  it('no administrator role reads or writes patient data, and no clinical role administers', () => {
    for (const role of ADMINISTRATOR_ROLES)
      for (const p of PATIENT_DATA) expect(ROLE_PERMISSIONS[role].has(p), `${role} ${p}`).toBe(false);
    for (const role of ROLES.filter((r) => !(ADMINISTRATOR_ROLES as readonly string[]).includes(r)))
      for (const p of ADMINISTRATION) expect(ROLE_PERMISSIONS[role].has(p), `${role} ${p}`).toBe(false);
  });

  it('accounts, roles and the audit log each belong to one administrator alone', () => {
    const holders = (p: Permission) => ROLES.filter((r) => ROLE_PERMISSIONS[r].has(p));
    expect(holders('user.admin')).toEqual(['admin']);
    expect(holders('role.assign')).toEqual(['secadmin']);
    expect(holders('security.policy')).toEqual(['secadmin']);
    expect(holders('audit.read')).toEqual(['auditor']);
  });
});

describe('deny by default', () => {
  it('every registered API route declares a permission, except login, health and docs', () => {
    const routes = t.app.routeTable.filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS');
    expect(routes.length).toBeGreaterThan(15);
    const undeclared = routes.filter((r) => !r.permission && !PUBLIC_ALLOWED.some((p) => p.test(r.url)));
    expect(undeclared).toEqual([]);
    const publicOnes = routes.filter((r) => r.public).map((r) => r.url);
    for (const url of publicOnes) expect(PUBLIC_ALLOWED.some((p) => p.test(url))).toBe(true);
    for (const r of routes) if (r.permission) expect(PERMISSIONS).toContain(r.permission);
  });

  it('refuses anonymous access to every non-public API route with 401', async () => {
    const routes = t.app.routeTable.filter(
      (r) => r.method === 'GET' && r.url.startsWith('/api/v1/') && !r.public && !r.url.includes('/ws'),
    );
    for (const r of routes) {
      const url = r.url.replace(/:id/g, '0190a0a0-0000-7000-8000-000000000000');
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
    }
  });

  it('refuses each role the routes its permissions do not grant', async () => {
    const probe: Record<string, { method: 'GET' | 'POST'; url: string }> = {
      'user.read': { method: 'GET', url: '/api/v1/users' },
      'security.policy': { method: 'GET', url: '/api/v1/security/policy' },
      'audit.read': { method: 'GET', url: '/api/v1/audit' },
      'patient.read': { method: 'GET', url: '/api/v1/patients' },
      'case.read': { method: 'GET', url: '/api/v1/cases?date=2026-11-22' },
    };
    for (const role of ROLES) {
      const a = await t.userAgent(role);
      for (const [permission, p] of Object.entries(probe)) {
        const res = p.method === 'GET' ? await a.get(p.url) : await a.post(p.url, {});
        const granted = ROLE_PERMISSIONS[role].has(permission as (typeof PERMISSIONS)[number]);
        expect(res.statusCode, `${role} ${p.url}`).toBe(granted ? 200 : 403);
        if (!granted) expect(res.json().error.code).toBe('forbidden');
      }
    }
  });
});
