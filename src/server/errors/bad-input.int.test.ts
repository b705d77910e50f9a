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
  admin = await t.userAgent('surgeon');
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
    const english = await t.userAgent('surgeon');
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

  const NASTY_BUT_TEXT = [
    "Barrett's esophagus",
    "'; drop table patients; --",
    "' or '1'='1",
    '<script>alert(1)</script>',
    '"><svg/onload=alert(1)>',
    'Robert`); DELETE FROM users;',
    'back\\slash',
    '食管癌😀（中段）；“复发”',
  ];

  it('free text is stored as typed: quotes, semicolons, markup and emoji come back unchanged', async () => {
    const patientText = { name: 50, province: 20, city: 20 };
    const caseText = ['diagnosisText', 'procedureText', 'orRoom', 'surgeon'];
    let n = 0;
    for (const value of NASTY_BUT_TEXT) {
      for (const [field, max] of Object.entries(patientText)) {
        n += 1;
        const text = [...value].slice(0, max).join('').trim();
        const created = await admin.post(
          '/api/v1/patients',
          samplePatient({ mrn: `ZY77${n}`, idCard: null, [field]: text }),
        );
        expect(created.statusCode, `${field}=${text}: ${created.body}`).toBe(201);
        expect(created.json()[field]).toBe(text);
        expect((await admin.get(`/api/v1/patients/${created.json().id}`)).json()[field]).toBe(text);
      }
      for (const field of caseText) {
        const text = field === 'orRoom' ? [...value].slice(0, 20).join('').trim() : value;
        const created = await admin.post('/api/v1/cases', sampleCase(patientId, { [field]: text }));
        expect(created.statusCode, `${field}=${text}: ${created.body}`).toBe(201);
        expect((await admin.get(`/api/v1/cases/${created.json().id}`)).json()[field]).toBe(text);
      }
      const admission = await admin.post('/api/v1/admissions', {
        patientId,
        wardId: t.wardId,
        admittedAt: '2026-11-20T02:00:00Z',
        attendingDoctor: value,
      });
      expect(admission.statusCode).toBe(201);
      expect(admission.json().attendingDoctor).toBe(value);
    }
    const found = await admin.get(`/api/v1/patients?q=${encodeURIComponent(NASTY_BUT_TEXT[0]!)}`);
    expect(found.statusCode).toBe(200);
  });

  it('coded fields keep their formats, and control characters are refused everywhere', async () => {
    const before = await snapshot();
    for (const value of ["'; drop table patients; --", '<script>alert(1)</script>']) {
      for (const field of ['mrn', 'phone', 'idCard']) {
        const created = await admin.post('/api/v1/patients', samplePatient({ mrn: 'ZY78', [field]: value }));
        expect(created.statusCode, `${field}=${value}`).toBe(400);
        expect(created.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
      }
      for (const field of ['diagnosisCode', 'procedureCode']) {
        expect(
          (await admin.post('/api/v1/cases', sampleCase(patientId, { [field]: value }))).statusCode,
        ).toBe(400);
      }
    }
    for (const value of ['a\u0000b', 'line\nbreak', 'bell\u0007']) {
      const created = await admin.post('/api/v1/patients', samplePatient({ mrn: 'ZY79', name: value }));
      expect(created.statusCode, JSON.stringify(value)).toBe(400);
      expect(created.json().error.fields).toEqual([
        { path: 'name', message: expect.stringMatching(/控制字符/) },
      ]);
    }
    const nul = await admin.get('/api/v1/patients?q=%00');
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error).toMatchObject({
      code: 'validation_failed',
      fields: [{ path: 'querystring.q' }],
    });
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
