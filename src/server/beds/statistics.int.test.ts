// The bed statistics endpoints against figures computed by hand (china-standards.md §3) for a small history of
// January–February 2026: a same-day stay, a stay across the month boundary, a transfer between wards, a
// temporary extra bed, a long-standing extra bed that becomes open after six months, a bed closed for major
// repair (and one for disinfection, which stays open), a ward that opens a bed mid-period, an imported
// admission without bed stays and a cancelled one whose stays are all voided.
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids';
import {
  admissions,
  auditLog,
  bedStateEvents,
  bedStays,
  beds,
  patients,
  wardOpenBeds,
  wards,
} from '../../db/schema';
import { type Agent, createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let nurse: Agent;
const w2 = newId();
const w3 = newId();
const bed: Record<string, string> = {};
/** A local (UTC+08:00) wall-clock time. */
const at = (local: string) => new Date(`${local}+08:00`);

async function patient(mrn: string, name: string): Promise<string> {
  const id = newId();
  await t.database.db
    .insert(patients)
    .values({ id, mrn, name, nameInitials: 'x', namePinyin: 'x', sex: 'male', birthDate: '1960-01-01' });
  return id;
}

type Stay = {
  ward: string;
  bed: string | null;
  from: string;
  to: string | null;
  temporary?: boolean;
  voided?: boolean;
};

async function admit(
  key: string,
  name: string,
  ward: string,
  from: string,
  to: string | null,
  stays: Stay[],
  source: 'periop' | 'import' = 'periop',
): Promise<void> {
  const patientId = await patient(`ZY${key}`, name);
  const id = newId();
  await t.database.db.insert(admissions).values({
    id,
    patientId,
    wardId: ward,
    admittedAt: at(from),
    dischargedAt: to === null ? null : at(to),
    source,
  });
  for (const s of stays)
    await t.database.db.insert(bedStays).values({
      id: newId(),
      admissionId: id,
      patientId,
      wardId: s.ward,
      bedId: s.bed === null ? null : bed[s.bed]!,
      temporary: s.temporary ?? false,
      fromAt: at(s.from),
      toAt: s.to === null ? null : at(s.to),
      cause: 'admit',
      voidedAt: s.voided ? at('2026-01-12T11:00:00') : null,
    });
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const w1 = t.wardId;
  await db.insert(wards).values([
    { id: w2, code: 'W2', name: '胸外二病区', sortOrder: 2 },
    { id: w3, code: 'W3', name: '胸外三病区', sortOrder: 3 },
  ]);
  const bedRows = [
    { code: 'W1-01', wardId: w1 },
    { code: 'W1-02', wardId: w1 },
    { code: 'W1-03', wardId: w1 },
    // In place since 2025-07-20: a temporary extra bed until 2026-01-19, an open bed from 2026-01-20 (§3).
    { code: 'W1-+1', wardId: w1, extra: true, placedOn: '2025-07-20' },
    { code: 'W2-01', wardId: w2 },
    { code: 'W2-02', wardId: w2 },
    { code: 'W2-+1', wardId: w2, extra: true, placedOn: '2026-02-01', removedOn: '2026-02-05' },
  ];
  for (const b of bedRows) {
    bed[b.code] = newId();
    await db.insert(beds).values({ id: bed[b.code]!, ...b });
  }
  const open = (wardId: string, openBeds: number, validFrom: string, validTo: string | null) => ({
    id: newId(),
    wardId,
    openBeds,
    validFrom,
    validTo,
    source: 'entered' as const,
  });
  // W1 opens its third bed on 2026-01-16.
  await db
    .insert(wardOpenBeds)
    .values([
      open(w1, 2, '2025-01-01', '2026-01-15'),
      open(w1, 3, '2026-01-16', null),
      open(w2, 2, '2025-01-01', null),
    ]);
  type State = { state: 'available' | 'closed'; closureReason?: 'major_repair' | 'disinfection' };
  const event = (code: string, local: string, s: State) =>
    db.insert(bedStateEvents).values({ id: newId(), bedId: bed[code]!, at: at(local), ...s });
  // W2-02 closed for major repair at the midnights 02-10 … 02-19; W1-03 for disinfection (still open).
  await event('W2-02', '2026-02-10T10:00:00', { state: 'closed', closureReason: 'major_repair' });
  await event('W2-02', '2026-02-20T10:00:00', { state: 'available' });
  await event('W1-03', '2026-01-20T10:00:00', { state: 'closed', closureReason: 'disinfection' });
  await event('W1-03', '2026-01-21T10:00:00', { state: 'available' });

  // A1 same-day stay in W1: 1 occupied bed-day, 1 discharge, LOS 1.
  await admit('A1', '甲一', w1, '2026-01-10T09:00:00', '2026-01-10T15:00:00', [
    { ward: w1, bed: 'W1-01', from: '2026-01-10T09:00:00', to: '2026-01-10T15:00:00' },
  ]);
  // A2 across the month boundary: midnights 01-28 … 02-02 (4 + 2), LOS 6; a voided stay beside it.
  await admit('A2', '乙二', w1, '2026-01-28T10:00:00', '2026-02-03T09:00:00', [
    { ward: w1, bed: 'W1-02', from: '2026-01-28T10:00:00', to: '2026-02-03T09:00:00' },
    { ward: w2, bed: 'W2-01', from: '2026-01-28T10:00:00', to: null, voided: true },
  ]);
  // A3 W1 → W2: 3 midnights in W1, 4 in W2; discharged from W2, LOS 7.
  await admit('A3', '丙三', w1, '2026-01-05T08:00:00', '2026-01-12T10:00:00', [
    { ward: w1, bed: 'W1-01', from: '2026-01-05T08:00:00', to: '2026-01-08T14:00:00' },
    { ward: w2, bed: 'W2-01', from: '2026-01-08T14:00:00', to: '2026-01-12T10:00:00' },
  ]);
  // A4 in W2's temporary extra bed: 3 occupied bed-days, never open ones; LOS 3.
  await admit('A4', '丁四', w2, '2026-02-01T10:00:00', '2026-02-04T10:00:00', [
    { ward: w2, bed: 'W2-+1', from: '2026-02-01T10:00:00', to: '2026-02-04T10:00:00', temporary: true },
  ]);
  // A5 admitted in December: 31 + 7 midnights in the period; LOS 50.
  await admit('A5', '戊五', w2, '2025-12-20T10:00:00', '2026-02-08T10:00:00', [
    { ward: w2, bed: 'W2-02', from: '2025-12-20T10:00:00', to: '2026-02-08T10:00:00' },
  ]);
  // A6 cancelled: its only stay is voided.
  await admit('A6', '己六', w1, '2026-01-12T10:00:00', null, [
    { ward: w1, bed: 'W1-03', from: '2026-01-12T10:00:00', to: null, voided: true },
  ]);
  // A7 imported (no bed stays): one ward-level stay, midnights 02-10 … 02-14; LOS 5.
  await admit('A7', '庚七', w1, '2026-02-10T00:00:00', '2026-02-15T00:00:00', [], 'import');
  // A8 still in hospital: midnights 02-25 … 02-28 in the period.
  await admit('A8', '辛八', w1, '2026-02-25T10:00:00', null, [
    { ward: w1, bed: 'W1-03', from: '2026-02-25T10:00:00', to: null },
  ]);
  nurse = await t.userAgent('nurse');
});
afterAll(async () => t?.close());

// W1 open beds: 15 × 2 + 4 × 3 + 12 × 4 = 90 in January, 28 × 4 = 112 in February.
// W2 open beds: 31 × 2 = 62 in January, 28 × 2 − 10 (major repair) = 46 in February.
// Occupied: W1 8 / 11, W2 35 / 10. Discharges: W1 A1 (Jan, 1) A2 (Feb, 6) A7 (Feb, 5); W2 A3 (Jan, 7) A4 (Feb, 3) A5 (Feb, 50).
const DAYS = 59;

describe('GET /api/v1/beds/statistics', () => {
  it('gives the nine figures of the department, exactly the hand-computed ones', async () => {
    const res = await nurse.get('/api/v1/beds/statistics?from=2026-01-01&to=2026-02-28');
    expect(res.statusCode, res.body).toBe(200);
    const open = 90 + 112 + 62 + 46;
    const occupied = 8 + 11 + 35 + 10;
    const keys = 'openBedDays occupiedBedDays averageOpenBeds occupancy turnover averageBedWorkingDays';
    expect(Object.keys(res.json())).toEqual(
      `${keys} discharges dischargedBedDays averageLengthOfStay`.split(' '),
    );
    const f = res.json();
    expect(f.openBedDays).toBe(open);
    expect(f.occupiedBedDays).toBe(occupied);
    expect(f.averageOpenBeds).toBeCloseTo(open / DAYS, 12);
    expect(f.occupancy).toBeCloseTo(occupied / open, 12);
    expect(f.turnover).toBeCloseTo(6 / (open / DAYS), 12);
    expect(f.averageBedWorkingDays).toBeCloseTo(occupied / (open / DAYS), 12);
    expect(f.discharges).toBe(6);
    expect(f.dischargedBedDays).toBe(1 + 6 + 5 + 7 + 3 + 50);
    expect(f.averageLengthOfStay).toBe(12);
  });

  it('counts one ward: its own midnights, and only the discharges whose last ward it is', async () => {
    const f = (await nurse.get('/api/v1/beds/statistics?from=2026-01-01&to=2026-02-28&wards=W1')).json();
    expect(f).toMatchObject({ openBedDays: 202, occupiedBedDays: 19, discharges: 3, dischargedBedDays: 12 });
    expect(f.occupancy).toBeCloseTo(19 / 202, 12);
    expect(f.averageLengthOfStay).toBe(4);
    const jan = (await nurse.get('/api/v1/beds/statistics?from=2026-01-01&to=2026-01-31&wards=W2,W1')).json();
    expect(jan).toMatchObject({ openBedDays: 152, occupiedBedDays: 43, discharges: 2, dischargedBedDays: 8 });
    const sameDay = (
      await nurse.get('/api/v1/beds/statistics?from=2026-01-10&to=2026-01-10&wards=W1')
    ).json();
    expect(sameDay).toMatchObject({
      openBedDays: 2,
      occupiedBedDays: 1,
      discharges: 1,
      averageLengthOfStay: 1,
    });
  });

  it('gives null, not 0, for a figure whose denominator is 0', async () => {
    const f = (await nurse.get('/api/v1/beds/statistics?from=2026-01-01&to=2026-01-31&wards=W3')).json();
    expect(f).toEqual({
      openBedDays: 0,
      occupiedBedDays: 0,
      averageOpenBeds: 0,
      occupancy: null,
      turnover: null,
      averageBedWorkingDays: null,
      discharges: 0,
      dischargedBedDays: 0,
      averageLengthOfStay: null,
    });
  });

  it('refuses a reversed period, an unknown ward, a date that does not exist, with the field named', async () => {
    const reversed = await nurse.get('/api/v1/beds/statistics?from=2026-02-01&to=2026-01-31');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.fields.map((e: { path: string }) => e.path)).toContain('querystring.to');
    const unknown = await nurse.get('/api/v1/beds/statistics?from=2026-01-01&to=2026-01-31&wards=W1,XX');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual([expect.objectContaining({ path: 'querystring.wards' })]);
    const bad = await nurse.get('/api/v1/beds/statistics?from=2026-02-30&to=2026-03-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((e: { path: string }) => e.path)).toContain('querystring.from');
    expect((await nurse.get('/api/v1/beds/statistics?from=2026-01-01')).statusCode).toBe(400);
  });

  it('needs beds.statistics, keeps a ward-limited user to their wards, and is audited as a report read', async () => {
    const anesthesiologist = await t.userAgent('anesthesiologist');
    expect(
      (await anesthesiologist.get('/api/v1/beds/statistics?from=2026-01-01&to=2026-01-31')).statusCode,
    ).toBe(403);
    const limited = await t.userAgent('nurse', { wardIds: [w2] });
    const own = (await limited.get('/api/v1/beds/statistics?from=2026-01-01&to=2026-02-28')).json();
    expect(own).toMatchObject({ openBedDays: 108, occupiedBedDays: 45, discharges: 3 });
    const other = await limited.get('/api/v1/beds/statistics?from=2026-01-01&to=2026-02-28&wards=W1');
    expect(other.statusCode).toBe(400);
    const logged = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.resourceType, 'bed_statistics'));
    expect(logged.some((r) => r.action === 'read' && r.username === nurse.username)).toBe(true);
  });
});

describe('GET /api/v1/beds/statistics/monthly', () => {
  it('gives each month per ward, the department and the spread of ward occupancies', async () => {
    const res = await nurse.get('/api/v1/beds/statistics/monthly?from=2026-01&to=2026-02&wards=W1,W2');
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json();
    expect(m.wards.map((w: { code: string }) => w.code)).toEqual(['W1', 'W2']);
    expect(m.months.map((x: { month: string }) => x.month)).toEqual(['2026-01', '2026-02']);
    const [jan, feb] = m.months;
    expect(jan.wards[0]).toMatchObject({
      ward: 'W1',
      openBedDays: 90,
      occupiedBedDays: 8,
      discharges: 1,
      days: 31,
    });
    expect(jan.wards[1]).toMatchObject({ ward: 'W2', openBedDays: 62, occupiedBedDays: 35, discharges: 1 });
    expect(feb.wards[0]).toMatchObject({
      openBedDays: 112,
      occupiedBedDays: 11,
      discharges: 2,
      dischargedBedDays: 11,
    });
    expect(feb.wards[1]).toMatchObject({
      openBedDays: 46,
      occupiedBedDays: 10,
      discharges: 2,
      dischargedBedDays: 53,
    });
    expect(jan.department).toMatchObject({ openBedDays: 152, occupiedBedDays: 43 });
    expect(jan.balance.spread).toBeCloseTo(35 / 62 - 8 / 90, 12);
    expect(jan.balance.highest).toEqual({ ward: 'W2', occupancy: 35 / 62 });
    expect(feb.balance.spread).toBeCloseTo(10 / 46 - 11 / 112, 12);
    expect(m.total.department).toMatchObject({
      openBedDays: 310,
      occupiedBedDays: 64,
      discharges: 6,
      days: DAYS,
    });
    expect(m.total.wards[0]).toMatchObject({ ward: 'W1', openBedDays: 202, occupiedBedDays: 19 });
    expect(m.skippedAdmissions).toBe(0);
    expect((await nurse.get('/api/v1/beds/statistics/monthly?from=2026-03&to=2026-02')).statusCode).toBe(400);
  });
});

describe('GET /api/v1/beds/statistics/export.xlsx', () => {
  it('is the monthly report: a row per ward per month, the department total, the balance by month', async () => {
    const res = await nurse.get('/api/v1/beds/statistics/export.xlsx?from=2026-01&to=2026-02');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('病床使用情况月报'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const report = book.worksheets[0]!;
    expect(report.getCell(1, 1).value).toBe('病床使用情况月报');
    const header = (report.getRow(3).values as unknown[]).slice(1);
    const headers =
      '月份 病区代码 病区 实际开放总床日数 平均开放病床数 实际占用总床日数 病床使用率 病床周转次数';
    expect(header).toEqual(
      `${headers} 平均病床工作日 出院人数 出院者占用总床日数 出院者平均住院日`.split(' '),
    );
    const rows: unknown[][] = [];
    const cells = new Map<string, ExcelJS.Row>();
    report.eachRow((row, n) => {
      if (n <= 3) return;
      const values = Array.from({ length: 12 }, (_, i) => row.getCell(i + 1).value);
      rows.push(values);
      cells.set(`${values[0]} ${values[1]}`, row);
    });
    const w1Jan = rows.find((r) => r[0] === '2026-01' && r[1] === 'W1')!;
    expect(w1Jan.slice(2, 7)).toEqual(['胸外一病区', 90, 90 / 31, 8, 8 / 90]);
    expect(report.getRow(4).getCell(7).numFmt).toBe('0.00%');
    const total = rows.find((r) => r[0] === '2026-02' && r[2] === '全科合计')!;
    expect(total[3]).toBe(112 + 46 + 0);
    // W3 has no open beds: its occupancy is an empty cell with a note, never 0.
    const w3 = cells.get('2026-01 W3')!.getCell(7);
    expect(w3.value).toBeNull();
    expect(String(w3.note)).toContain('分母为 0');
    expect(rows.some((r) => r[2] === '期间全科合计' && r[3] === 310)).toBe(true);
    const balance = book.worksheets[1]!;
    expect(balance.name).toBe('各病区占用率极差');
    const jan = balance.getRow(4);
    expect(jan.getCell(1).value).toBe('2026-01');
    expect(jan.getCell(7).value).toBeCloseTo(35 / 62 - 8 / 90, 12);
    expect(jan.getCell(7).numFmt).toBe('0.00%');
  });
});

describe('GET /api/v1/beds/census', () => {
  it('lists who was in which bed at 24:00 of a date, extra beds apart, with the open beds', async () => {
    const res = await nurse.get('/api/v1/beds/census?date=2026-02-01&wards=W1,W2');
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    expect(c.midnight).toBe('2026-02-01T16:00:00.000Z');
    expect(c.provisional).toBe(false);
    expect(
      c.wards.map((w: { ward: string; present: number; inExtraBeds: number; openBeds: number }) => [
        w.ward,
        w.present,
        w.inExtraBeds,
        w.openBeds,
      ]),
    ).toEqual([
      ['W1', 1, 0, 4],
      ['W2', 2, 1, 2],
    ]);
    expect(
      c.wards[1].occupants.map((o: { patientName: string; bedCode: string; extraBed: boolean }) => [
        o.patientName,
        o.bedCode,
        o.extraBed,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['戊五', 'W2-02', false],
        ['丁四', 'W2-+1', true],
      ]),
    );
    expect(c.department).toEqual({ present: 3, inExtraBeds: 1, openBeds: 6 });
    const logged = await t.database.db.select().from(auditLog).where(eq(auditLog.resourceType, 'bed_census'));
    expect(logged.filter((r) => r.patientId !== null)).toHaveLength(3);
  });

  it('takes tonight as provisional and refuses a date still to come', async () => {
    const tonight = (await nurse.get('/api/v1/beds/census?date=2026-11-22')).json();
    expect(tonight.provisional).toBe(true);
    expect(tonight.wards.find((w: { ward: string }) => w.ward === 'W1').occupants[0].patientName).toBe(
      '辛八',
    );
    const future = await nurse.get('/api/v1/beds/census?date=2026-11-23');
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toEqual([expect.objectContaining({ path: 'querystring.date' })]);
  });
});
