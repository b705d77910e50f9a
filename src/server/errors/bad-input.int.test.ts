import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/rows';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';

let t: TestApp;
let admin: Agent;
let patientId: string;
let caseId: string;
let admissionId: string;

/** A fingerprint of every registry table, to prove that refused requests changed nothing. */
async function snapshot(): Promise<string> {
  const [r] = await rows<{ h: string }>(
    t.database.db,
    sql`select md5(
      coalesce((select string_agg(p::text, '|' order by id) from patients p), '') ||
      coalesce((select string_agg(a::text, '|' order by id) from admissions a), '') ||
      coalesce((select string_agg(c::text, '|' order by id) from surgical_cases c), '') ||
      coalesce((select string_agg(u::text, '|' order by id) from users u), '')) as h`,
  );
  return r!.h;
}

beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: 64 * 1024 });
  admin = await t.userAgent('admin');
  patientId = (await admin.post('/api/v1/patients', samplePatient())).json().id;
  admissionId = (
    await admin.post('/api/v1/admissions', {
      patientId,
      wardId: t.wardId,
      admittedAt: '2026-11-20T02:00:00Z',
      attendingDoctor: '李外科',
    })
  ).json().id;
  caseId = (await admin.post('/api/v1/cases', sampleCase(patientId, { admissionId }))).json().id;
});
afterAll(async () => t?.close());

const raw = (method: 'POST' | 'PUT', url: string, payload: string, contentType = 'application/json') =>
  t.app.inject({ method, url, headers: { cookie: admin.cookie, 'content-type': contentType }, payload });

describe('bad input gets a clear 4xx and changes nothing', () => {
  it('malformed JSON', async () => {
    const before = await snapshot();
    for (const body of ['{', '{"mrn":', 'null', '[1,2', '{"a":1}}', '\u0000']) {
      const res = await raw('POST', '/api/v1/patients', body);
      expect(res.statusCode, body).toBe(400);
      expect(res.json().error.code).toMatch(/malformed_json|validation_failed/);
      expect(res.body).not.toMatch(/at .*\.ts|stack/i);
    }
    expect(await snapshot()).toBe(before);
  });

  it('wrong types, missing and unknown fields name each field', async () => {
    const res = await admin.post('/api/v1/patients', {
      ...samplePatient({ mrn: 'ZY9' }),
      sex: 3,
      birthDate: 19600501,
      hacker: true,
    });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .error.fields.map((f: { path: string }) => f.path)
      .sort();
    expect(paths).toEqual(['birthDate', 'hacker', 'sex']);
    expect(res.json().error.message).toBe('提交的数据有误，请检查标出的字段');
    const missing = await admin.post('/api/v1/cases', { patientId });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(['diagnosisCode', 'procedureText', 'grade', 'scheduledStart', 'surgeon']),
    );
    // The language the user chose is remembered and used for every message.
    const english = await t.userAgent('admin');
    expect((await english.put('/api/v1/auth/locale', { locale: 'en-US' })).statusCode).toBe(200);
    const en = await english.post('/api/v1/patients', {
      ...samplePatient({ mrn: 'ZY10' }),
      idCard: '110105194912310021',
    });
    expect(en.json().error).toEqual({
      code: 'validation_failed',
      message: 'The submitted data is invalid; see the fields',
      fields: [{ path: 'idCard', message: 'Invalid ID card number (18 characters with check digit)' }],
    });
  });

  it('oversized bodies get 413', async () => {
    const before = await snapshot();
    const res = await raw(
      'POST',
      '/api/v1/patients',
      JSON.stringify({ ...samplePatient({ mrn: 'ZY11' }), name: 'x'.repeat(100_000) }),
    );
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
    expect(await snapshot()).toBe(before);
  });

  it('bad ids in the path and the query', async () => {
    expect((await admin.get('/api/v1/patients/not-a-uuid')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/cases?date=2026-13-45x')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/patients?cursor=1;drop table patients')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/patients/0190a0a0-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });

  const NASTY = [
    "'; drop table patients; --",
    "' or '1'='1",
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg/onload=alert(1)>',
    'Robert`); DELETE FROM users;',
    'back\\slash',
    'tab\tnewline\n',
  ];

  it('SQL and HTML metacharacters in every text field of the registry forms', async () => {
    const before = await snapshot();
    const patientText = ['mrn', 'name', 'phone', 'idCard', 'province', 'city'];
    const caseText = [
      'diagnosisCode',
      'diagnosisText',
      'procedureCode',
      'procedureText',
      'orRoom',
      'surgeon',
    ];
    const admissionText = ['attendingDoctor'];
    const patient = (await admin.get(`/api/v1/patients/${patientId}`)).json();
    const theCase = (await admin.get(`/api/v1/cases/${caseId}`)).json();
    const { admissions: _a, cases: _c, id: _i, nameInitials: _n, updatedAt: _u, ...patientBody } = patient;
    for (const value of NASTY) {
      for (const field of patientText) {
        const created = await admin.post('/api/v1/patients', samplePatient({ mrn: 'ZY77', [field]: value }));
        expect(created.statusCode, `${field}=${value}`).toBe(400);
        expect(created.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
        const updated = await admin.put(`/api/v1/patients/${patientId}`, { ...patientBody, [field]: value });
        expect(updated.statusCode, `update ${field}=${value}`).toBe(400);
      }
      for (const field of caseText) {
        const created = await admin.post('/api/v1/cases', sampleCase(patientId, { [field]: value }));
        expect(created.statusCode, `${field}=${value}`).toBe(400);
        const updated = await admin.put(`/api/v1/cases/${caseId}`, {
          ...sampleCase(patientId),
          version: theCase.version,
          [field]: value,
        });
        expect(updated.statusCode).toBe(400);
      }
      for (const field of ['assistants', 'anesthesiologists']) {
        expect(
          (await admin.post('/api/v1/cases', sampleCase(patientId, { [field]: [value] }))).statusCode,
        ).toBe(400);
      }
      for (const field of admissionText) {
        const r = await admin.post('/api/v1/admissions', {
          patientId,
          wardId: t.wardId,
          admittedAt: '2026-11-20T02:00:00Z',
          attendingDoctor: 'x',
          [field]: value,
        });
        expect(r.statusCode).toBe(400);
      }
      const search = await admin.get(`/api/v1/patients?q=${encodeURIComponent(value)}`);
      expect(search.statusCode).toBeLessThan(500);
      const transition = await admin.post(`/api/v1/cases/${caseId}/transitions`, {
        to: 'cancelled',
        at: '2026-11-22T01:00:00Z',
        version: theCase.version,
        reason: value,
      });
      expect(transition.statusCode).toBe(400);
      const user = await admin.post('/api/v1/users', {
        username: value,
        displayName: value,
        role: 'nurse',
        password: 'Long@Enough2026',
      });
      expect(user.statusCode).toBe(400);
    }
    expect(await snapshot()).toBe(before);
  });

  it('no JSON a client can send produces a 500 on any write route', async () => {
    const routes: [method: 'POST' | 'PUT', url: string][] = [
      ['POST', '/api/v1/patients'],
      ['PUT', `/api/v1/patients/${patientId}`],
      ['POST', '/api/v1/admissions'],
      ['PUT', `/api/v1/admissions/${admissionId}`],
      ['POST', '/api/v1/cases'],
      ['PUT', `/api/v1/cases/${caseId}`],
      ['POST', `/api/v1/cases/${caseId}/transitions`],
      ['POST', '/api/v1/users'],
      ['POST', '/api/v1/auth/login'],
      ['POST', '/api/v1/auth/password'],
      ['PUT', '/api/v1/auth/locale'],
    ];
    // Bodies shaped like the real ones, with fields swapped for arbitrary JSON values.
    const base = {
      ...samplePatient(),
      ...sampleCase(patientId),
      wardId: t.wardId,
      admittedAt: '2026-11-20T02:00:00Z',
      version: 1,
    };
    const keys = Object.keys(base);
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        Object.fromEntries(
          keys.map((k) => [k, fc.oneof(fc.jsonValue(), fc.constant((base as Record<string, unknown>)[k]))]),
        ),
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, async ([method, url], payload) => {
        const res = await raw(method, url, JSON.stringify(payload));
        expect(
          res.statusCode,
          `${method} ${url} ${JSON.stringify(payload).slice(0, 200)} → ${res.body}`,
        ).toBeLessThan(500);
        expect(res.json()).toBeTypeOf('object');
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });
});
