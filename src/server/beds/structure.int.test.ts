// The bed pool's structure over HTTP: the system administrator's wards, rooms and beds, the open-bed count that
// changes from a date (never below the patients in bed), optimistic concurrency, a bed's history, and the
// charge nurse kept out.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Structure, StructureBed, StructureRoom, StructureWard } from '../../api/beds-structure';
import { newId } from '../../db/ids';
import { admissions, auditLog, bedStateEvents, bedStays, patients, wardOpenBeds } from '../../db/schema';
import { type Agent, createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let admin: Agent;
let nurse: Agent;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.userAgent('admin');
  nurse = await t.userAgent('nurse');
});
afterAll(async () => t?.close());

type Fields = { path: string; message: string }[];
const fieldsOf = (res: { json(): unknown }) => (res.json() as { error: { fields: Fields } }).error.fields;
const codeOf = (res: { json(): unknown }) => (res.json() as { error: { code: string } }).error.code;

async function newWard(code: string): Promise<StructureWard> {
  const res = await admin.post('/api/v1/beds/wards', { code, name: `病区${code}`, nameEn: `Ward ${code}` });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
async function newRoom(wardId: string, code: string): Promise<StructureRoom> {
  const res = await admin.post('/api/v1/beds/rooms', { wardId, code, sex: 'female' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
async function newBed(wardId: string, roomId: string | null, code: string): Promise<StructureBed> {
  const res = await admin.post('/api/v1/beds', { wardId, roomId, code });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
/** A patient in the bed now (an open stay), as the movements would leave it. */
async function occupy(wardId: string, bedId: string, fromAt = '2026-11-20T02:00:00Z'): Promise<string> {
  const db = t.database.db;
  const patientId = newId();
  const admissionId = newId();
  await db.insert(patients).values({
    id: patientId,
    mrn: `ZY${patientId.slice(-8)}`,
    name: '王五',
    nameInitials: 'ww',
    namePinyin: 'wangwu',
    sex: 'male',
  });
  await db
    .insert(admissions)
    .values({ id: admissionId, patientId, wardId, bedId, admittedAt: new Date(fromAt) });
  const stayId = newId();
  await db
    .insert(bedStays)
    .values({ id: stayId, admissionId, patientId, wardId, bedId, fromAt: new Date(fromAt), cause: 'admit' });
  return stayId;
}
const openBeds = (wardId: string, count: number, validFrom: string, as: Agent = admin) =>
  as.post(`/api/v1/beds/wards/${wardId}/open-beds`, { openBeds: count, validFrom });
const structure = async (): Promise<Structure> => {
  const res = await admin.get('/api/v1/beds/structure');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const auditOf = (resourceId: string) =>
  t.database.db.select().from(auditLog).where(eq(auditLog.resourceId, resourceId)).orderBy(auditLog.id);

describe('access', () => {
  it('refuses the charge nurse every structure route with 403', async () => {
    const ward = await newWard('ACC1');
    const room = await newRoom(ward.id, '101');
    const bed = await newBed(ward.id, room.id, '1');
    const attempts = [
      await nurse.get('/api/v1/beds/structure'),
      await nurse.post('/api/v1/beds/wards', { code: 'N1', name: '护士病区' }),
      await nurse.put(`/api/v1/beds/wards/${ward.id}`, { name: 'x', version: 1 }),
      await nurse.post(`/api/v1/beds/wards/${ward.id}/open-beds`, { openBeds: 1, validFrom: '2026-12-01' }),
      await nurse.post('/api/v1/beds/rooms', { wardId: ward.id, code: '102' }),
      await nurse.put(`/api/v1/beds/rooms/${room.id}`, { code: '102', version: 1 }),
      await nurse.post('/api/v1/beds', { wardId: ward.id, code: '2' }),
      await nurse.put(`/api/v1/beds/${bed.id}`, { code: '2', version: 1 }),
      await nurse.get(`/api/v1/beds/${bed.id}/history`),
    ];
    expect(attempts.map((r) => r.statusCode)).toEqual(attempts.map(() => 403));
    expect(attempts.map(codeOf)).toEqual(attempts.map(() => 'forbidden'));
  });
});

describe('wards', () => {
  it('adds a ward with a unique code, changes it over the version read, and audits both', async () => {
    const ward = await newWard('TS7');
    expect(ward).toMatchObject({ code: 'TS7', nameEn: 'Ward TS7', staffingLimit: null, version: 1 });
    expect(ward).toMatchObject({ openBeds: null, openBedPeriods: [], occupiedNow: 0 });

    const again = await admin.post('/api/v1/beds/wards', { code: 'TS7', name: '重复' });
    expect(again.statusCode).toBe(409);
    expect(codeOf(again)).toBe('beds_code_taken');
    expect(fieldsOf(again).map((f) => f.path)).toEqual(['code']);

    const bad = await admin.post('/api/v1/beds/wards', { code: 'TS 8', name: '胸外八病区' });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual([
      { path: 'code', message: '病区代码只能包含字母、数字和连字符，最多 32 位' },
    ]);
    const empty = await admin.post('/api/v1/beds/wards', { code: 'TS8' });
    expect(empty.statusCode).toBe(400);
    expect(fieldsOf(empty)).toEqual([{ path: 'name', message: '必填' }]);
    const unknown = await admin.post('/api/v1/beds/wards', { code: 'TS8', name: 'x', staffingLimit: 0 });
    expect(fieldsOf(unknown).map((f) => f.path)).toEqual(['staffingLimit']);

    const body = { name: '胸外七病区', nameEn: 'Thoracic 7', staffingLimit: 30, sortOrder: 7, version: 1 };
    const updated = await admin.put(`/api/v1/beds/wards/${ward.id}`, body);
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ code: 'TS7', name: '胸外七病区', staffingLimit: 30, version: 2 });
    const stale = await admin.put(`/api/v1/beds/wards/${ward.id}`, { ...body, name: '旧' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', latest: { version: 2 } });
    const codeChange = await admin.put(`/api/v1/beds/wards/${ward.id}`, { ...body, code: 'X', version: 2 });
    expect(codeChange.statusCode).toBe(400);
    expect((await admin.put(`/api/v1/beds/wards/${newId()}`, body)).statusCode).toBe(404);

    const audit = await auditOf(ward.id);
    expect(audit.map((a) => [a.resourceType, a.action])).toEqual([
      ['ward', 'create'],
      ['ward', 'update'],
    ]);
    expect(audit[1]!.detail).toMatchObject({ changes: { staffingLimit: [null, 30] } });
  });
});

describe('rooms', () => {
  it('adds a room to a ward, changes it, refuses a taken code, an unknown ward and a stale version', async () => {
    const ward = await newWard('RM1');
    const room = await newRoom(ward.id, '201');
    expect(room).toMatchObject({ code: '201', sex: 'female', isolationCapable: false, monitored: false });
    const taken = await admin.post('/api/v1/beds/rooms', { wardId: ward.id, code: '201' });
    expect([taken.statusCode, codeOf(taken)]).toEqual([409, 'beds_code_taken']);
    const noWard = await admin.post('/api/v1/beds/rooms', { wardId: newId(), code: '201' });
    expect(noWard.statusCode).toBe(400);
    expect(fieldsOf(noWard)).toEqual([{ path: 'wardId', message: '病区不存在' }]);
    const badSex = await admin.post('/api/v1/beds/rooms', { wardId: ward.id, code: '202', sex: 'other' });
    expect(fieldsOf(badSex).map((f) => f.path)).toEqual(['sex']);

    const body = { code: '201', sex: 'mixed', isolationCapable: true, monitored: true, version: 1 };
    const updated = await admin.put(`/api/v1/beds/rooms/${room.id}`, body);
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({
      sex: 'mixed',
      isolationCapable: true,
      monitored: true,
      version: 2,
    });
    expect((await admin.put(`/api/v1/beds/rooms/${room.id}`, body)).statusCode).toBe(409);
    expect((await auditOf(room.id)).map((a) => [a.resourceType, a.action])).toEqual([
      ['bed_room', 'create'],
      ['bed_room', 'update'],
    ]);
  });
});

describe('beds', () => {
  it('adds beds, moves one to another room of its ward, marks an extra bed with its placement date', async () => {
    const ward = await newWard('BD1');
    const other = await newWard('BD2');
    const [a, b, foreign] = [
      await newRoom(ward.id, '1'),
      await newRoom(ward.id, '2'),
      await newRoom(other.id, '1'),
    ];
    const bed = await newBed(ward.id, a.id, '1');
    expect(bed).toMatchObject({
      roomId: a.id,
      extra: false,
      state: 'available',
      active: true,
      occupied: false,
    });

    const extra = await admin.post('/api/v1/beds', { wardId: ward.id, code: '加1', extra: true });
    expect(extra.statusCode).toBe(400);
    expect(fieldsOf(extra).map((f) => f.path)).toEqual(['placedOn']);
    const placed = await admin.post('/api/v1/beds', {
      wardId: ward.id,
      code: '加1',
      extra: true,
      placedOn: '2026-11-01',
    });
    expect(placed.statusCode, placed.body).toBe(201);
    expect(placed.json()).toMatchObject({ extra: true, placedOn: '2026-11-01', roomId: null });
    const notADay = await admin.post('/api/v1/beds', { wardId: ward.id, code: '3', placedOn: '2026-02-30' });
    expect(fieldsOf(notADay)).toEqual([{ path: 'placedOn', message: '日期格式应为 YYYY-MM-DD' }]);
    expect(codeOf(await admin.post('/api/v1/beds', { wardId: ward.id, code: '1' }))).toBe('beds_code_taken');

    const wrongRoom = await admin.put(`/api/v1/beds/${bed.id}`, {
      roomId: foreign.id,
      code: '1',
      version: 1,
    });
    expect(wrongRoom.statusCode).toBe(400);
    expect(fieldsOf(wrongRoom)).toEqual([{ path: 'roomId', message: '所选病房不属于该床位所在的病区' }]);
    const moved = await admin.put(`/api/v1/beds/${bed.id}`, { roomId: b.id, code: '1', version: 1 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ roomId: b.id, version: 2 });
    const stale = await admin.put(`/api/v1/beds/${bed.id}`, { roomId: a.id, code: '1', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'version_conflict',
      latest: { roomId: b.id, version: 2 },
    });
    expect((await admin.put(`/api/v1/beds/${newId()}`, { code: '1', version: 1 })).statusCode).toBe(404);
  });

  it('retires a bed with its removal date, never while a patient is in it after that date', async () => {
    const ward = await newWard('BD3');
    const bed = await newBed(ward.id, null, '5');
    const body = { roomId: null, code: '5', extra: false, placedOn: '2026-01-01', version: 1 };
    const future = await admin.put(`/api/v1/beds/${bed.id}`, { ...body, removedOn: '2026-11-23' });
    expect(fieldsOf(future)).toEqual([{ path: 'removedOn', message: '撤床日期不能晚于今天' }]);
    const early = await admin.put(`/api/v1/beds/${bed.id}`, { ...body, removedOn: '2025-12-31' });
    expect(fieldsOf(early)).toEqual([{ path: 'removedOn', message: '撤床日期不能早于放置日期' }]);

    const stayId = await occupy(ward.id, bed.id);
    const occupied = await admin.put(`/api/v1/beds/${bed.id}`, { ...body, removedOn: '2026-11-21' });
    expect(occupied.statusCode).toBe(400);
    expect(fieldsOf(occupied).map((f) => f.path)).toEqual(['removedOn']);
    // Discharged on the 22nd (Beijing time): still in the bed after the 21st, not after the 22nd.
    await t.database.db
      .update(bedStays)
      .set({ toAt: new Date('2026-11-22T01:00:00Z') })
      .where(eq(bedStays.id, stayId));
    expect((await admin.put(`/api/v1/beds/${bed.id}`, { ...body, removedOn: '2026-11-21' })).statusCode).toBe(
      400,
    );
    const retired = await admin.put(`/api/v1/beds/${bed.id}`, { ...body, removedOn: '2026-11-22' });
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json()).toMatchObject({ removedOn: '2026-11-22', active: false, version: 2 });
    const back = await admin.put(`/api/v1/beds/${bed.id}`, { ...body, removedOn: null, version: 2 });
    expect(back.json()).toMatchObject({ removedOn: null, active: true, version: 3 });

    expect((await auditOf(bed.id)).map((a) => [a.resourceType, a.action])).toEqual([
      ['bed', 'create'],
      ['bed', 'retire'],
      ['bed', 'reinstate'],
    ]);
    // No route deletes a bed: the census replays its stays.
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/beds/${bed.id}`,
      headers: { cookie: admin.cookie },
    });
    expect(del.statusCode).toBe(404);
  });
});

describe('open beds from a date', () => {
  it('keeps the earlier count, ends the current period the day before, and opens the new one', async () => {
    const ward = await newWard('OB1');
    for (const code of ['1', '2', '3']) await newBed(ward.id, null, code);
    const first = await openBeds(ward.id, 4, '2026-12-01');
    expect(first.statusCode, first.body).toBe(200);
    // Today (22 Nov) the three active beds the statistics counted before still apply.
    expect(first.json()).toMatchObject({ openBeds: 3 });
    expect(first.json().openBedPeriods).toMatchObject([
      { openBeds: 4, validFrom: '2026-12-01', validTo: null, source: 'entered' },
      { openBeds: 3, validFrom: null, validTo: '2026-11-30', source: 'entered' },
    ]);

    const next = await openBeds(ward.id, 6, '2027-01-01');
    expect(
      next
        .json()
        .openBedPeriods.map((p: { validFrom: string | null; validTo: string | null }) => [
          p.validFrom,
          p.validTo,
        ]),
    ).toEqual([
      ['2027-01-01', null],
      ['2026-12-01', '2026-12-31'],
      [null, '2026-11-30'],
    ]);
    // The same start again corrects that period's count.
    const corrected = await openBeds(ward.id, 5, '2027-01-01');
    expect(corrected.json().openBedPeriods.map((p: { openBeds: number }) => p.openBeds)).toEqual([5, 4, 3]);

    const before = await openBeds(ward.id, 5, '2026-12-15');
    expect(before.statusCode).toBe(400);
    expect(fieldsOf(before)).toEqual([
      { path: 'validFrom', message: '生效日期不能早于当前开放床位期间的开始日期 2027-01-01' },
    ]);
    expect((await structure()).wards.find((w) => w.id === ward.id)?.openBedPeriods).toHaveLength(3);
    expect((await auditOf(ward.id)).map((a) => a.action)).toEqual([
      'create',
      'open_beds',
      'open_beds',
      'open_beds',
    ]);
  });

  it('refuses a count below the patients in regular beds now, naming openBeds, and changes nothing', async () => {
    const ward = await newWard('OB2');
    const beds = [await newBed(ward.id, null, '1'), await newBed(ward.id, null, '2')];
    const extra = await admin.post('/api/v1/beds', {
      wardId: ward.id,
      code: '加1',
      extra: true,
      placedOn: '2026-11-01',
    });
    await occupy(ward.id, beds[0]!.id);
    await occupy(ward.id, beds[1]!.id);
    await occupy(ward.id, extra.json().id);
    const listed = (await structure()).wards.find((w) => w.id === ward.id)!;
    expect(listed.occupiedNow).toBe(2);
    expect((await structure()).beds.filter((b) => b.wardId === ward.id).map((b) => b.occupied)).toEqual([
      true,
      true,
      true,
    ]);

    const below = await openBeds(ward.id, 1, '2026-12-01');
    expect(below.statusCode).toBe(400);
    expect(below.json().error.code).toBe('validation_failed');
    expect(fieldsOf(below)).toEqual([
      { path: 'openBeds', message: '开放床位数不能少于目前在床的患者数（2 人）' },
    ]);
    const stored = await t.database.db.select().from(wardOpenBeds).where(eq(wardOpenBeds.wardId, ward.id));
    expect(stored).toEqual([]);
    expect((await auditOf(ward.id)).map((a) => a.action)).toEqual(['create']);
    expect((await openBeds(ward.id, 2, '2026-12-01')).statusCode).toBe(200);

    const english = await t.userAgent('admin');
    expect((await english.put('/api/v1/auth/locale', { locale: 'en-US' })).statusCode).toBe(200);
    const res = await openBeds(ward.id, 0, '2026-12-02', english);
    expect(res.json().error).toMatchObject({
      message: 'The submitted data is invalid; see the fields',
      fields: [
        { path: 'openBeds', message: 'The open beds cannot be fewer than the patients in bed now (2)' },
      ],
    });
    const malformed = await openBeds(ward.id, -1, '1.12.2026');
    expect(
      fieldsOf(malformed)
        .map((f) => f.path)
        .sort(),
    ).toEqual(['openBeds', 'validFrom']);
    expect((await openBeds(newId(), 1, '2026-12-01')).statusCode).toBe(404);
  });
});

describe('a bed’s history', () => {
  it('shows when the bed was registered and by whom, and its state changes with who recorded them', async () => {
    const ward = await newWard('HI1');
    const room = await newRoom(ward.id, '301');
    const bed = await newBed(ward.id, room.id, '7');
    await t.database.db.insert(bedStateEvents).values([
      {
        id: newId(),
        bedId: bed.id,
        state: 'closed',
        closureReason: 'disinfection',
        reopensOn: '2026-11-23',
        note: '终末消毒',
        at: new Date('2026-11-21T08:00:00Z'),
        recordedBy: nurse.userId,
      },
      { id: newId(), bedId: bed.id, state: 'available', at: new Date('2026-11-22T01:00:00Z') },
    ]);
    const res = await admin.get(`/api/v1/beds/${bed.id}/history`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      bed: { id: bed.id, code: '7' },
      wardCode: 'HI1',
      roomCode: '301',
      registeredByName: '测试admin',
      stateEvents: [
        { state: 'available', closureReason: null, recordedByName: null, at: '2026-11-22T01:00:00.000Z' },
        {
          state: 'closed',
          closureReason: 'disinfection',
          reopensOn: '2026-11-23',
          note: '终末消毒',
          recordedByName: '测试nurse',
        },
      ],
    });
    expect((await admin.get(`/api/v1/beds/${newId()}/history`)).statusCode).toBe(404);
    expect((await admin.get('/api/v1/beds/not-a-uuid/history')).statusCode).toBe(400);
  });
});
