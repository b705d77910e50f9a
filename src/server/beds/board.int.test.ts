// The department bed board (issue 13 §2): every bed of every ward grouped by ward and room, the occupant with
// age, surgery, post-op day, expected discharge and open NEWS2 alert, closed / reserved / extra beds, each
// ward's occupancy from its open beds, the discharges expected today and tomorrow, the filters, the access
// scope and the audit of the patients shown, and the realtime topic.
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Board, type BoardBed, boardSchema } from '../../api/beds';
import { newId } from '../../db/ids';
import { auditLog, bedRooms, beds, surgicalCases, wardOpenBeds, wards } from '../../db/schema';
import { DEPARTMENT } from '../../domain/auth/scope';
import type { UserId } from '../../domain/common/ids';
import type { Actor } from '../platform/actor';
import { mayWatch } from '../realtime/topics';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';
import { BedMovementService } from './movement.service';

let t: TestApp;
let nurse: Agent;
let surgeon: Agent;
const w2 = newId();
const bed: Record<string, string> = {};
const ids: Record<string, string> = {};
const news7 = {
  respirationRate: 22,
  spo2: 95,
  onOxygen: true,
  systolicBp: 105,
  pulse: 95,
  consciousness: 'A',
  temperature: 37,
};

const actor = (agent: Agent): Actor => ({
  id: agent.userId as UserId,
  username: agent.username,
  displayName: '测试nurse',
  role: 'nurse',
  scope: DEPARTMENT,
  locale: 'zh-CN',
  address: '127.0.0.1',
});

async function patient(mrn: string, name: string, sex: string, birthDate = '1960-05-01') {
  const res = await nurse.post(
    '/api/v1/patients',
    samplePatient({ mrn, name, sex, birthDate, idCard: null }),
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  nurse = await t.userAgent('nurse');
  surgeon = await t.userAgent('surgeon');
  const db = t.database.db;
  await db.insert(wards).values({ id: w2, code: 'W2', name: '胸外二病区', nameEn: 'Thoracic ward 2' });
  const [male, female] = [newId(), newId()];
  await db.insert(bedRooms).values([
    { id: male, wardId: t.wardId, code: 'A', sex: 'male', monitored: true },
    { id: female, wardId: t.wardId, code: 'B', sex: 'female' },
  ]);
  const layout: [string, string, string | null][] = [
    ['1', t.wardId, male],
    ['2', t.wardId, male],
    ['3', t.wardId, female],
    ['4', t.wardId, female],
    ['21', w2, null],
    ['22', w2, null],
  ];
  for (const [code, wardId, roomId] of layout) {
    bed[code] = newId();
    await db.insert(beds).values({ id: bed[code]!, wardId, roomId, code });
  }
  await db
    .insert(wardOpenBeds)
    .values({ id: newId(), wardId: t.wardId, openBeds: 3, validFrom: '2026-01-01', source: 'entered' });

  // 王一 through the registry's admission form (its first stay written there), operated two days ago.
  ids.p1 = await patient('ZY4000001', '王一', 'male');
  const adm = await surgeon.post('/api/v1/admissions', {
    patientId: ids.p1,
    wardId: t.wardId,
    bedId: bed['1'],
    admittedAt: '2026-11-19T02:00:00Z',
    attendingDoctor: '李外科',
  });
  expect(adm.statusCode, adm.body).toBe(201);
  ids.a1 = adm.json().id;
  const c = await surgeon.post('/api/v1/cases', sampleCase(ids.p1, { admissionId: ids.a1 }));
  expect(c.statusCode, c.body).toBe(201);
  ids.c1 = c.json().id;
  await db
    .update(surgicalCases)
    .set({
      surgeryStartAt: new Date('2026-11-20T01:30:00Z'),
      scheduledStart: new Date('2026-11-20T00:30:00Z'),
    })
    .where(eq(surgicalCases.id, ids.c1!));
  const set = await nurse.post(`/api/v1/cases/${ids.c1}/observation-sets`, {
    takenAt: t.clock.now.toISOString(),
    values: news7,
  });
  expect(set.statusCode, set.body).toBe(200);
  const expected = await nurse.post(`/api/v1/beds/admissions/${ids.a1}/expected-discharge`, {
    on: '2026-11-22',
    version: adm.json().version,
  });
  expect(expected.statusCode, expected.body).toBe(200);

  const movements = new BedMovementService(t.app.ctx);
  const at = new Date('2026-11-21T02:00:00Z');
  ids.p2 = await patient('ZY4000002', '李二', 'female', '1990-12-01');
  const a2 = await movements.admit(actor(nurse), {
    patientId: ids.p2,
    wardId: t.wardId,
    bedId: bed['3']!,
    at,
    expectedDischargeOn: '2026-11-23',
    source: 'periop',
  });
  ids.a2 = a2.admissionId;
  ids.p3 = await patient('ZY4000003', '张三', 'male');
  ids.a3 = (
    await movements.admit(actor(nurse), { patientId: ids.p3, wardId: w2, bedId: null, at, source: 'adt' })
  ).admissionId;
  const closed = await nurse.post(`/api/v1/beds/${bed['2']}/state`, {
    state: 'closed',
    closureReason: 'major_repair',
    reopensOn: '2026-12-01',
    note: '更换氧气终端',
    version: 1,
  });
  expect(closed.statusCode, closed.body).toBe(200);
  ids.p4 = await patient('ZY4000004', '赵四', 'male');
  const req = await nurse.post('/api/v1/beds/requests', {
    patientId: ids.p4,
    plannedAdmissionOn: '2026-11-23',
    expectedLos: 6,
  });
  expect(req.statusCode, req.body).toBe(201);
  const held = await nurse.post(`/api/v1/beds/requests/${req.json().id}/reserve`, {
    bedId: bed['21'],
    version: req.json().version,
  });
  expect(held.statusCode, held.body).toBe(200);
  ids.r4 = req.json().id;
});
afterAll(async () => t?.close());

const board = async (agent: Agent = nurse, query = ''): Promise<Board> => {
  const res = await agent.get(`/api/v1/beds/board${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const bedsOf = (b: Board): BoardBed[] => b.wards.flatMap((w) => w.rooms.flatMap((r) => r.beds));

describe('the department bed board', () => {
  it('shows every ward by room with the occupants, their surgery, alert and the bed states', async () => {
    const b = await board();
    expect(b.today).toBe('2026-11-22');
    expect(b.wards.map((w) => [w.code, w.rooms.map((r) => r.code)])).toEqual([
      ['W1', ['A', 'B']],
      ['W2', ['—']],
    ]);
    const byCode = new Map(bedsOf(b).map((x) => [x.code, x]));
    expect(byCode.get('1')).toMatchObject({
      state: 'occupied',
      occupant: {
        admissionId: ids.a1,
        name: '王一',
        sex: 'male',
        age: 66,
        expectedDischargeOn: '2026-11-22',
        surgery: { caseId: ids.c1, date: '2026-11-20', procedure: '胸腹腔镜联合食管癌根治术' },
        postopDay: 2,
        isolation: false,
        news2Alert: { total: 7, band: 'high' },
      },
    });
    expect(byCode.get('3')?.occupant).toMatchObject({
      name: '李二',
      age: 35,
      surgery: null,
      postopDay: null,
    });
    expect(byCode.get('2')).toMatchObject({
      state: 'closed',
      closure: { reason: 'major_repair', reopensOn: '2026-12-01', note: '更换氧气终端' },
    });
    expect(byCode.get('21')).toMatchObject({
      state: 'reserved',
      reservedFor: { requestId: ids.r4, patientName: '赵四', until: '2026-11-23' },
    });
    expect(byCode.get('4')?.state).toBe('free');
    expect(byCode.get('加1')).toMatchObject({ extra: true, state: 'occupied', occupant: { name: '张三' } });
    expect(byCode.get('加1')?.id).toMatch(/^extra:/);
    // The bytes served (built once for every screen) are exactly the contract's shape.
    expect(boardSchema.parse(b)).toEqual(b);
  });

  it('counts each ward’s occupancy over its open beds and lists the discharges expected', async () => {
    const b = await board();
    expect(b.wards.map((w) => [w.code, w.occupancy])).toEqual([
      ['W1', { occupied: 2, openBeds: 3, fraction: 2 / 3 }],
      ['W2', { occupied: 1, openBeds: 2, fraction: 0.5 }],
    ]);
    expect(b.department).toEqual({ occupied: 3, openBeds: 5, fraction: 0.6 });
    expect(b.expectedDischarges.today).toMatchObject([{ admissionId: ids.a1, wardCode: 'W1', bedCode: '1' }]);
    expect(b.expectedDischarges.tomorrow).toMatchObject([{ admissionId: ids.a2, on: '2026-11-23' }]);
  });

  it('names a ward code the department does not have instead of showing an empty board', async () => {
    const res = await nurse.get('/api/v1/beds/board?wards=W1,NOPE');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ path: 'querystring.wards', message: expect.any(String) }]);
  });

  it('filters by ward, free beds, expected discharge and sex', async () => {
    const codes = async (q: string) => bedsOf(await board(nurse, q)).map((x) => x.code);
    expect(await codes('?wards=W2')).toEqual(['21', '22', '加1']);
    expect(await codes('?freeOnly=true')).toEqual(['4', '22']);
    expect(await codes('?discharge=today')).toEqual(['1']);
    expect(await codes('?discharge=tomorrow')).toEqual(['3']);
    expect(await codes('?sex=female')).toEqual(['3', '4', '21', '22']);
    expect((await nurse.get('/api/v1/beds/board?wards=W1;drop')).statusCode).toBe(400);
  });

  it('shows a ward-limited user only their wards, and audits each patient shown', async () => {
    const limited = await t.userAgent('nurse', { wardIds: [w2] });
    const res = await limited.get('/api/v1/beds/board');
    expect(res.body).not.toContain('王一');
    expect(res.json().wards.map((w: { code: string }) => w.code)).toEqual(['W2']);
    await board(nurse, '?discharge=today');
    const [row] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.resourceType, 'bed_board'), eq(auditLog.userId, nurse.userId)))
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(1);
    expect(row?.detail).toEqual({ count: 1, patients: [ids.p1], filter: { discharge: 'today' } });
  });

  it('lets bed readers watch the board topic', async () => {
    const viewer = { ...actor(nurse), role: 'viewer' as const };
    expect(await mayWatch(t.app.ctx.access, t.database.db, actor(nurse), 'beds')).toBe(true);
    expect(await mayWatch(t.app.ctx.access, t.database.db, viewer, 'beds')).toBe(false);
  });
});
