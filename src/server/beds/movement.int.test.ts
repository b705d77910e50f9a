// Bed movements over HTTP (issue 13 §4, §6): admit from the waiting list → transfer → swap → discharge with
// their history; two nurses assigning one bed at once (one wins, the other sees who); every bad input a 400
// naming the field with nothing changed; a broken hard rule refused, then overridden with a reason that is
// recorded and audited; corrections and the ADT cancellations keep the voided stays.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids';
import { auditLog, bedRooms, beds, users, wards } from '../../db/schema';
import { DEPARTMENT } from '../../domain/auth/scope';
import type { UserId } from '../../domain/common/ids';
import { AppError } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { RealtimeEvent } from '../realtime/hub';
import { type Agent, createTestApp, samplePatient, type TestApp } from '../testing/test-app';
import { refusal } from '../testing/test-context';
import { BedMovementService } from './movement.service';

let t: TestApp;
let nurseA: Agent;
let nurseB: Agent;
let movements: BedMovementService;
let actorA: Actor;
const w2 = newId();
const bed: Record<string, string> = {};
let mrn = 3000000;

type Json = Record<string, unknown> & { error?: Record<string, unknown> & { fields: { path: string }[] } };
type Stay = {
  id: string;
  bedId: string | null;
  bedCode: string | null;
  toAt: string | null;
  voidedAt: string | null;
  version: number;
};

async function named(agent: Agent, displayName: string) {
  await t.database.db.update(users).set({ displayName }).where(eq(users.id, agent.userId));
}

beforeAll(async () => {
  t = await createTestApp();
  movements = new BedMovementService(t.app.ctx);
  await t.database.db.insert(wards).values({ id: w2, code: 'W2', name: '胸外二病区' });
  const rooms = [
    { id: newId(), wardId: t.wardId, code: '101', sex: 'male' as const },
    { id: newId(), wardId: t.wardId, code: '102', sex: 'female' as const },
    { id: newId(), wardId: t.wardId, code: '103', sex: 'mixed' as const, isolationCapable: true },
    { id: newId(), wardId: w2, code: '201', sex: 'mixed' as const },
  ];
  await t.database.db.insert(bedRooms).values(rooms);
  const layout: [string, number][] = [
    ['1', 0],
    ['2', 0],
    ['3', 1],
    ['4', 1],
    ['5', 2],
    ['21', 3],
    ['22', 3],
  ];
  for (const [code, r] of layout) {
    bed[code] = newId();
    await t.database.db
      .insert(beds)
      .values({ id: bed[code]!, wardId: rooms[r]!.wardId, roomId: rooms[r]!.id, code });
  }
  nurseA = await t.userAgent('nurse');
  nurseB = await t.userAgent('nurse');
  await named(nurseA, '护士甲');
  await named(nurseB, '护士乙');
  actorA = {
    id: nurseA.userId as UserId,
    username: nurseA.username,
    displayName: '护士甲',
    role: 'nurse',
    scope: DEPARTMENT,
    locale: 'zh-CN',
    address: '127.0.0.1',
  };
});
afterAll(async () => t?.close());

async function patient(name: string, sex: 'male' | 'female'): Promise<string> {
  mrn += 1;
  const res = await nurseA.post(
    '/api/v1/patients',
    samplePatient({ mrn: `ZY${mrn}`, name, sex, idCard: null }),
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function request(patientId: string, extra: Record<string, unknown> = {}): Promise<Json> {
  const res = await nurseA.post('/api/v1/beds/requests', {
    patientId,
    plannedAdmissionOn: '2026-11-22',
    expectedLos: 5,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const admit = (agent: Agent, req: Json, bedId: string, extra: Record<string, unknown> = {}) =>
  agent.post(`/api/v1/beds/requests/${req.id}/admit`, {
    bedId,
    requestVersion: req.version,
    at: '2026-11-22T01:00:00Z',
    ...extra,
  });

async function admitted(name: string, sex: 'male' | 'female', bedId: string): Promise<string> {
  const res = await admit(nurseA, await request(await patient(name, sex)), bedId);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().admissionId;
}

const stays = async (admissionId: string): Promise<Stay[]> =>
  (await nurseA.get(`/api/v1/beds/admissions/${admissionId}/stays`)).json().items;
const openStay = async (admissionId: string) =>
  (await stays(admissionId)).find((s) => !s.toAt && !s.voidedAt)!;
const boardBed = async (bedId: string) => {
  const board = (await nurseA.get('/api/v1/beds/board')).json();
  for (const w of board.wards) for (const r of w.rooms) for (const b of r.beds) if (b.id === bedId) return b;
  throw new Error(`bed ${bedId} not on the board`);
};
const fieldOf = (res: { json(): Json }) => res.json().error?.fields.map((f) => f.path);

describe('admit, transfer, swap, discharge', () => {
  it('makes the round trip and keeps each stay in the history', async () => {
    const events: RealtimeEvent[] = [];
    const subscriber = { sees: () => true, send: (e: RealtimeEvent) => events.push(e) };
    t.app.ctx.hub.subscribe('beds', subscriber);
    const req = await request(await patient('王一', 'male'));
    const res = await admit(nurseA, req, bed['1']!);
    expect(res.statusCode, res.body).toBe(201);
    const a1 = res.json().admissionId as string;
    expect(res.json().stays).toMatchObject([{ bedCode: '1', cause: 'admit', toAt: null, temporary: false }]);
    const listed = (await nurseA.get('/api/v1/beds/requests?status=admitted')).json().items;
    expect(listed.find((r: Json) => r.id === req.id)).toMatchObject({ status: 'admitted', admissionId: a1 });
    expect(await boardBed(bed['1']!)).toMatchObject({
      state: 'occupied',
      occupant: { admissionId: a1, name: '王一', age: 66, expectedDischargeOn: '2026-11-27' },
    });
    await expect.poll(() => events.some((e) => e.type === 'beds.changed')).toBe(true);
    t.app.ctx.hub.unsubscribe('beds', subscriber);

    const moved = await nurseA.post(`/api/v1/beds/admissions/${a1}/transfer`, {
      bedId: bed['21'],
      reason: '病区调整',
      at: '2026-11-22T01:30:00Z',
      stayVersion: (await openStay(a1)).version,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().stays).toMatchObject([
      { bedCode: '1', toAt: '2026-11-22T01:30:00.000Z' },
      { bedCode: '21', wardCode: 'W2', cause: 'transfer', reason: '病区调整', toAt: null },
    ]);
    expect((await boardBed(bed['1']!)).state).toBe('free');

    const a2 = await admitted('李二', 'male', bed['2']!);
    const swapped = await nurseA.post('/api/v1/beds/swap', {
      first: { admissionId: a1, stayVersion: (await openStay(a1)).version },
      second: { admissionId: a2, stayVersion: (await openStay(a2)).version },
      at: '2026-11-22T01:40:00Z',
      reason: '互换床位',
    });
    expect(swapped.statusCode, swapped.body).toBe(200);
    expect((await openStay(a1)).bedCode).toBe('2');
    expect((await openStay(a2)).bedCode).toBe('21');

    const out = await nurseA.post(`/api/v1/beds/admissions/${a1}/discharge`, {
      at: '2026-11-22T01:50:00Z',
      disposition: 'home',
      stayVersion: (await openStay(a1)).version,
    });
    expect(out.statusCode, out.body).toBe(200);
    expect((await stays(a1)).map((s) => [s.bedCode, s.toAt !== null])).toEqual([
      ['1', true],
      ['21', true],
      ['2', true],
    ]);
    expect(await boardBed(bed['2']!)).toMatchObject({ state: 'cleaning', occupant: null });
    expect((await boardBed(bed['21']!)).occupant.admissionId).toBe(a2);
  });

  it('two nurses assigning one bed at once: exactly one succeeds, the other is told who took it', async () => {
    const first = await request(await patient('赵三', 'female'));
    const second = await request(await patient('钱四', 'female'));
    const results = await Promise.all([admit(nurseA, first, bed['4']!), admit(nurseB, second, bed['4']!)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const winner = results[0]!.statusCode === 201 ? '护士甲' : '护士乙';
    const loser = results.find((r) => r.statusCode === 409)!.json().error;
    expect(loser).toMatchObject({ code: 'beds_bed_taken', takenBy: winner });
    expect(loser.message).toContain(winner);
    expect((await boardBed(bed['4']!)).state).toBe('occupied');
  });
});

describe('bad input changes nothing', () => {
  it('refuses each with 400 naming the field', async () => {
    const a3 = await admitted('孙五', 'female', bed['3']!);
    const closed = await nurseA.post(`/api/v1/beds/${bed['5']}/state`, {
      state: 'closed',
      closureReason: 'minor_repair',
      reopensOn: '2026-11-25',
      version: (await boardBed(bed['5']!)).version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const before = await stays(a3);
    const stayVersion = before[0]!.version;
    const transfer = (body: Record<string, unknown>) =>
      nurseA.post(`/api/v1/beds/admissions/${a3}/transfer`, { reason: '测试', stayVersion, ...body });
    const cases: [string, Promise<{ statusCode: number; json(): Json }>, string][] = [
      [
        'discharge before admission',
        nurseA.post(`/api/v1/beds/admissions/${a3}/discharge`, {
          at: '2026-11-21T00:00:00Z',
          disposition: 'home',
          stayVersion,
        }),
        'at',
      ],
      ['transfer into an occupied bed', transfer({ bedId: bed['4'] }), 'bedId'],
      ['transfer into a closed bed', transfer({ bedId: bed['5'] }), 'bedId'],
      ['transfer before the stay began', transfer({ bedId: bed['22'], at: '2026-11-22T00:00:00Z' }), 'at'],
      ['transfer in the future', transfer({ bedId: bed['22'], at: '2026-11-22T03:00:00Z' }), 'at'],
      ['transfer into a bed of another ward', transfer({ bedId: bed['22'], wardId: t.wardId }), 'wardId'],
      [
        'closing an occupied bed',
        nurseA.post(`/api/v1/beds/${bed['3']}/state`, {
          state: 'closed',
          closureReason: 'disinfection',
          version: (await boardBed(bed['3']!)).version,
        }),
        'state',
      ],
    ];
    for (const [what, pending, field] of cases) {
      const res = await pending;
      expect(res.statusCode, `${what}: ${JSON.stringify(res.json())}`).toBe(400);
      expect(fieldOf(res), what).toContain(field);
    }
    // Overlapping stays of one patient: a second admission while the first is open.
    const patientId = (await boardBed(bed['3']!)).occupant.patientId;
    const overlap = movements.admit(actorA, {
      patientId,
      wardId: w2,
      bedId: bed['22']!,
      at: new Date('2026-11-22T01:30:00Z'),
      source: 'periop',
    });
    await expect(overlap).rejects.toMatchObject({
      code: 'validation_failed',
      fields: [{ path: 'patientId' }],
    });
    expect(await stays(a3)).toEqual(before);
    expect((await boardBed(bed['22']!)).state).toBe('free');
    const stale = await transfer({ bedId: bed['22'], stayVersion: stayVersion + 5 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
  });
});

describe('hard bed rules', () => {
  it('refuses a broken rule, then records and audits the override with its reason', async () => {
    const req = await request(await patient('周六', 'male'), { isolation: true });
    const at = '2026-11-22T01:55:00Z';
    const refused = await admit(nurseA, req, bed['1']!, { at });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'beds_rules_broken',
      violations: [{ kind: 'isolation' }],
    });
    const reason = '隔离病房已满，床旁隔离';
    const res = await admit(nurseA, req, bed['1']!, { at, override: { reason } });
    expect(res.statusCode, res.body).toBe(201);
    const stay = res.json().stays[0];
    expect(stay).toMatchObject({ overridden: ['isolation'], overrideReason: reason });
    const [row] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'admit'), eq(auditLog.resourceId, stay.id)));
    expect(row?.detail).toMatchObject({ override: { rules: ['isolation'], reason } });
    // A woman into the men's room breaks the room's sex.
    const woman = await request(await patient('吴七', 'female'));
    const sex = await admit(nurseA, woman, bed['2']!, { at });
    expect(sex.json().error.violations.map((v: { kind: string }) => v.kind)).toContain('room-sex');
  });
});

describe('corrections keep history', () => {
  it('voids the corrected stay and writes its replacement; the ADT cancellations void and reopen', async () => {
    const a = await admitted('郑八', 'male', bed['22']!);
    const [first] = await stays(a);
    const corrected = await nurseA.post(`/api/v1/beds/stays/${first!.id}/correct`, {
      fromAt: '2026-11-22T00:40:00Z',
      reason: '入院时间录入有误',
      version: first!.version,
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    // In time order: the replacement from 00:40, then the voided original from 01:00.
    expect(corrected.json().stays).toMatchObject([
      { fromAt: '2026-11-22T00:40:00.000Z', voidedAt: null, bedCode: '22' },
      { id: first!.id, voidReason: '入院时间录入有误' },
    ]);
    const at = new Date('2026-11-22T01:45:00Z');
    await movements.transfer(actorA, a, { bedId: null, wardId: w2, at, reason: '加床' });
    expect((await openStay(a)).bedId).toBeNull();
    await movements.cancelTransfer(actorA, a, 'A12');
    expect((await openStay(a)).bedCode).toBe('22');
    await movements.discharge(actorA, a, { at, disposition: 'other_hospital' });
    expect(await refusal(movements.discharge(actorA, a, { at, disposition: 'home' }))).toBe(
      'beds_not_in_bed',
    );
    await movements.cancelDischarge(actorA, a, 'A13');
    expect((await openStay(a)).bedCode).toBe('22');
    const cancelled = await movements.cancelAdmission(actorA, a, 'A11');
    expect(cancelled.stays.every((s) => s.voidedAt !== null)).toBe(true);
    expect((await boardBed(bed['22']!)).state).toBe('free');
    const again = movements.cancelAdmission(actorA, a, 'A11');
    await expect(again).rejects.toBeInstanceOf(AppError);
  });
});
