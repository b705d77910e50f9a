// The waiting list and its proposals (issue 13 §2–3): the expected length of stay from the procedure's median
// in the department's own history (or typed, never a silent default), editing with the version read,
// cancelling; the joint proposal for a small department evening out its wards, explained in Chinese; every
// bed checked against a waiting patient; admitting into the proposed bed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids';
import { bedRooms, beds, wards } from '../../db/schema';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';

let t: TestApp;
let nurse: Agent;
let surgeon: Agent;
const w2 = newId();
const bed: Record<string, string> = {};
let mrn = 5000000;

async function patient(sex: 'male' | 'female' = 'male', name = '患者'): Promise<string> {
  mrn += 1;
  const res = await nurse.post(
    '/api/v1/patients',
    samplePatient({ mrn: `ZY${mrn}`, name, sex, idCard: null }),
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** A past stay of `days` local days with an esophagectomy (42.4101), through the registry's forms. */
async function history(days: number, wardId: string, bedId: string | null = null) {
  const patientId = await patient();
  const admittedAt = new Date('2026-06-01T02:00:00Z');
  const adm = await surgeon.post('/api/v1/admissions', {
    patientId,
    wardId,
    ...(bedId ? { bedId } : {}),
    admittedAt: admittedAt.toISOString(),
    dischargedAt: new Date(admittedAt.getTime() + days * 86_400_000).toISOString(),
    attendingDoctor: '李外科',
  });
  expect(adm.statusCode, adm.body).toBe(201);
  const c = await surgeon.post(
    '/api/v1/cases',
    sampleCase(patientId, { admissionId: adm.json().id, scheduledStart: '2026-06-02T00:30:00Z' }),
  );
  expect(c.statusCode, c.body).toBe(201);
}

beforeAll(async () => {
  t = await createTestApp();
  nurse = await t.userAgent('nurse');
  surgeon = await t.userAgent('surgeon');
  const db = t.database.db;
  await db.insert(wards).values({ id: w2, code: 'W2', name: '胸外二病区' });
  const [r1, r2, r3] = [newId(), newId(), newId()];
  await db.insert(bedRooms).values([
    { id: r1, wardId: t.wardId, code: '101', sex: 'mixed' },
    { id: r2, wardId: w2, code: '201', sex: 'mixed' },
    { id: r3, wardId: w2, code: '202', sex: 'female' },
  ]);
  const layout: [string, string, string][] = [
    ['1', t.wardId, r1],
    ['2', t.wardId, r1],
    ['3', t.wardId, r1],
    ['21', w2, r2],
    ['22', w2, r2],
    ['23', w2, r3],
  ];
  for (const [code, wardId, roomId] of layout) {
    bed[code] = newId();
    await db.insert(beds).values({ id: bed[code]!, wardId, roomId, code });
  }
  for (const days of [8, 10, 12]) await history(days, t.wardId);
  // Ward 1 is two-thirds full for the next weeks; ward 2 is empty.
  for (const code of ['1', '2']) {
    const res = await surgeon.post('/api/v1/admissions', {
      patientId: await patient(),
      wardId: t.wardId,
      bedId: bed[code],
      admittedAt: '2026-11-21T02:00:00Z',
      attendingDoctor: '李外科',
    });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(async () => t?.close());

const book = (body: Record<string, unknown>) =>
  nurse.post('/api/v1/beds/requests', { plannedAdmissionOn: '2026-11-22', ...body });

describe('the waiting list', () => {
  it('takes the expected stay from the procedure’s median in the department’s history, or as typed', async () => {
    const res = await book({ patientId: await patient(), procedureCode: '42.4101', procedureGrade: 4 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ expectedLos: 10, losSource: 'history', status: 'waiting' });
    for (const body of [{}, { procedureCode: '99.9999' }]) {
      const refused = await book({ patientId: await patient(), ...body });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().error.fields[0].path).toBe('expectedLos');
    }
    const typed = await book({ patientId: await patient(), expectedLos: 3 });
    expect(typed.json()).toMatchObject({ expectedLos: 3, losSource: 'entered' });
    const twice = await book({ patientId: typed.json().patientId, expectedLos: 3 });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.fields[0].path).toBe('patientId');
    const late = await book({ patientId: await patient(), expectedLos: 3, plannedSurgeryOn: '2026-11-20' });
    expect(late.json().error.fields[0].path).toBe('plannedSurgeryOn');
  });

  it('edits with the version read, refuses a stale one, and cancels', async () => {
    const created = (await book({ patientId: await patient(), expectedLos: 4 })).json();
    const { id, version, patientId } = created;
    const body = { patientId, plannedAdmissionOn: '2026-11-24', expectedLos: 6, priority: 'urgent', version };
    const edited = await nurse.put(`/api/v1/beds/requests/${id}`, body);
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ plannedAdmissionOn: '2026-11-24', priority: 'urgent', version: 2 });
    const stale = await nurse.put(`/api/v1/beds/requests/${id}`, body);
    expect(stale.statusCode).toBe(409);
    const cancelled = await nurse.post(`/api/v1/beds/requests/${id}/cancel`, {
      reason: '患者改期',
      version: 2,
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    const open = (await nurse.get('/api/v1/beds/requests')).json().items.map((r: { id: string }) => r.id);
    expect(open).not.toContain(id);
    const urgentFirst = (await nurse.get('/api/v1/beds/requests?until=2026-11-22')).json().items;
    expect(
      urgentFirst.every((r: { plannedAdmissionOn: string }) => r.plannedAdmissionOn <= '2026-11-22'),
    ).toBe(true);
  });
});

describe('proposals', () => {
  it('refuses a date that does not exist, naming it', async () => {
    const res = await nurse.get('/api/v1/beds/proposals?date=2026-02-30');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ path: 'querystring.date', message: expect.any(String) }]);
  });

  it('proposes beds that even out the wards, explained in Chinese, and checks every bed', async () => {
    const list = (await nurse.get('/api/v1/beds/requests')).json().items as { id: string }[];
    for (const r of list) {
      const current = (await nurse.get('/api/v1/beds/requests'))
        .json()
        .items.find((x: { id: string }) => x.id === r.id);
      await nurse.post(`/api/v1/beds/requests/${r.id}/cancel`, { reason: '清理', version: current.version });
    }
    const man = (await book({ patientId: await patient('male', '钱五'), expectedLos: 5 })).json();
    const isolated = (
      await book({ patientId: await patient('male', '孙六'), expectedLos: 5, isolation: true })
    ).json();
    const res = await nurse.get('/api/v1/beds/proposals?date=2026-11-22');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Record<string, unknown>[];
    const forMan = items.find((p) => p.requestId === man.id)!;
    expect(forMan).toMatchObject({ kind: 'bed', ward: 'W2', room: '201' });
    expect((forMan.explanation as Record<string, string>)['zh-CN']).toMatch(/^胸外二病区 2\d 床：.*占用率差/);
    expect(items.find((p) => p.requestId === isolated.id)).toMatchObject({
      kind: 'no-bed',
      violationCounts: { isolation: 6 },
    });

    const check = (await nurse.get(`/api/v1/beds/requests/${man.id}/check`)).json();
    const of = (code: string) =>
      check.items
        .find((i: { bedId: string }) => i.bedId === bed[code])
        .violations.map((v: { kind: string }) => v.kind);
    expect(of('23')).toEqual(['room-sex']);
    expect(of('1')).toEqual(['bed-occupied']);
    expect(of('3')).toEqual([]);

    const admitted = await nurse.post(`/api/v1/beds/requests/${man.id}/admit`, {
      bedId: forMan.bedId,
      requestVersion: man.version,
    });
    expect(admitted.statusCode, admitted.body).toBe(201);
    expect(admitted.json().stays[0]).toMatchObject({ bedId: forMan.bedId, cause: 'admit', overridden: null });
    const after = (await nurse.get('/api/v1/beds/proposals?date=2026-11-22')).json().items;
    expect(after.map((p: { requestId: string }) => p.requestId)).toEqual([isolated.id]);
    const stale = await nurse.post(`/api/v1/beds/requests/${isolated.id}/admit`, {
      bedId: bed['3'],
      requestVersion: isolated.version + 1,
    });
    expect(stale.statusCode).toBe(409);
  });
});
