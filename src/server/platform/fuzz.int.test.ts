// Every route, as a user allowed to call it, fed what a hostile or careless client sends: malformed
// JSON, wrong types, huge and NUL strings, unknown and real ids. Nothing may answer 5xx, and every
// refusal comes in our error shape.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Permission, ROLE_PERMISSIONS, ROLES, type Role } from '../../domain/auth/permissions';
import type { RouteInfo } from '../app';
import { HOSTILE_VALUES, type Known, MALFORMED_BODIES, plausible, seeded } from '../testing/fuzz-values';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';

let t: TestApp;
const agents = new Map<Role, Agent>();
let known: Known;
const random = seeded(20261201);

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) agents.set(role, await t.userAgent(role));
  const writer = agentWith('patient.write');
  const patientId = (await writer.post('/api/v1/patients', samplePatient())).json().id as string;
  const admissionId = (
    await writer.post('/api/v1/admissions', {
      patientId,
      wardId: t.wardId,
      admittedAt: '2026-11-20T02:00:00Z',
      attendingDoctor: '李外科',
    })
  ).json().id as string;
  const caseId = (
    await agentWith('case.write').post('/api/v1/cases', sampleCase(patientId, { admissionId }))
  ).json().id as string;
  known = {
    patientId,
    admissionId,
    caseId,
    wardId: t.wardId,
    diagnosisCode: 'C15.400',
    procedureCode: '42.4101',
    mrn: 'ZY20269999',
    version: 1,
  };
});
afterAll(async () => t?.close());

function agentWith(permission: Permission): Agent {
  const role = ROLES.find((r) => ROLE_PERMISSIONS[r].has(permission));
  if (!role) throw new Error(`no role holds ${permission}`);
  return agents.get(role)!;
}

const jsonSchema = (schema: unknown) =>
  schema ? z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) : undefined;
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;

/** The path parameter values to try: real records of each kind, unknown and malformed ids. */
const idValues = () => [
  known.caseId as string,
  known.patientId as string,
  known.admissionId as string,
  '0190a0a0-0000-7000-8000-00000000dead',
  'not-a-uuid',
  'x'.repeat(101),
  '%00',
  '%ZZ',
  '..%2F..%2Fetc%2Fpasswd',
];

function urlsOf(route: RouteInfo): string[] {
  if (!route.url.includes(':')) return [route.url];
  return idValues().map((v) =>
    route.url.replace(/:[A-Za-z]+/g, (name) => (name === ':id' ? v : pick(idValues()))),
  );
}

function queriesOf(route: RouteInfo): string[] {
  const schema = jsonSchema(route.schema?.querystring) as
    | { properties?: Record<string, unknown> }
    | undefined;
  const keys = Object.keys(schema?.properties ?? {});
  const values = [
    '%00',
    'a%00b',
    'x'.repeat(5000),
    '-1',
    '1e309',
    '2026-13-45',
    '%F0%9F%98%80',
    "'%3B--",
    '',
  ];
  const out = ['', '?unknown=1', '?%00=1'];
  for (const key of keys) {
    for (const v of values) out.push(`?${key}=${v}`);
    out.push(`?${key}=1&${key}=2`);
  }
  return out;
}

function bodiesOf(route: RouteInfo): string[] {
  const schema = jsonSchema(route.schema?.body) as
    | { type?: string; properties?: Record<string, unknown>; required?: string[] }
    | undefined;
  const base = plausible(schema as never, known);
  const out = [...MALFORMED_BODIES, JSON.stringify(base)];
  if (base && typeof base === 'object' && !Array.isArray(base)) {
    const keys = Object.keys(schema?.properties ?? {});
    for (const key of keys)
      for (const value of HOSTILE_VALUES) out.push(JSON.stringify({ ...base, [key]: value }));
  }
  return out;
}

function errorShapeProblem(res: LightMyRequestResponse): string | null {
  if (res.statusCode < 400) return null;
  try {
    const body = res.json() as { error?: { code?: unknown; message?: unknown; fields?: unknown } };
    const e = body.error;
    return e && typeof e.code === 'string' && typeof e.message === 'string' && Array.isArray(e.fields)
      ? null
      : `not our error shape: ${res.body.slice(0, 200)}`;
  } catch {
    return `not JSON: ${res.body.slice(0, 200)}`;
  }
}

describe('fuzzing every route', () => {
  it('never answers 5xx, and refuses in our error shape', async () => {
    const routes = t.app.routeTable.filter(
      (r) =>
        r.url.startsWith('/api/v1/') &&
        !r.url.endsWith('/ws') &&
        r.method !== 'HEAD' &&
        r.method !== 'OPTIONS',
    );
    expect(routes.length).toBeGreaterThan(70);
    const statuses = new Map<number, number>();
    const problems: string[] = [];
    let requests = 0;
    for (const route of routes) {
      // Logging out or changing the password ends a session: those routes get an agent of their own.
      const own = route.url.startsWith('/api/v1/auth/') && route.permission;
      const agent = own
        ? await t.userAgent('nurse')
        : route.permission
          ? agentWith(route.permission as Permission)
          : null;
      const headers: Record<string, string> = agent ? { cookie: agent.cookie } : {};
      const hasBody = route.method !== 'GET' && route.method !== 'DELETE';
      const attempts: { url: string; payload?: string; contentType?: string }[] = [];
      const [first, ...others] = urlsOf(route);
      const url = first ?? route.url;
      for (const other of others) attempts.push({ url: other });
      for (const q of ['', ...queriesOf(route)]) attempts.push({ url: url + q });
      if (hasBody) {
        for (const payload of bodiesOf(route)) attempts.push({ url, payload });
        attempts.push({ url, payload: '{}', contentType: 'text/plain' });
        attempts.push({ url, payload: 'a=1', contentType: 'application/x-www-form-urlencoded' });
        attempts.push({ url, payload: '{}', contentType: 'application/json; charset=latin1' });
      }
      const routeStarted = performance.now();
      for (const a of attempts) {
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: a.url,
          headers: {
            ...headers,
            ...(a.payload !== undefined ? { 'content-type': a.contentType ?? 'application/json' } : {}),
          },
          ...(a.payload !== undefined ? { payload: a.payload } : {}),
        });
        requests += 1;
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        const where = `${route.method} ${a.url.slice(0, 120)} ${a.payload?.slice(0, 120) ?? ''}`;
        if (res.statusCode >= 500) problems.push(`${res.statusCode} ${where} → ${res.body.slice(0, 300)}`);
        const shape = errorShapeProblem(res);
        if (shape) problems.push(`${where}: ${shape}`);
      }
      const ms = performance.now() - routeStarted;
      if (process.env.FUZZ_VERBOSE)
        console.info(`${route.method} ${route.url}: ${attempts.length} in ${ms.toFixed(0)} ms`);
    }
    console.info(
      `fuzz (${t.database.kind}): ${requests} requests over ${routes.length} routes;`,
      Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])),
    );
    expect(problems.slice(0, 30)).toEqual([]);
  }, 600_000);
});
