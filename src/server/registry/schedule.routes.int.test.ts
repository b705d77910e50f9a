// The OR board as the day's tool: its filters, the 手术排班表 as PDF and Excel and the 手术通知单 — real
// files (read back with exceljs, pdftotext and pdfinfo), within the user's wards, each patient audited.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids';
import { auditLog, beds, wards } from '../../db/schema';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';

let t: TestApp;
let surgeon: Agent;
let nurse: Agent;
const ward2 = newId();
const day = '2026-11-22';
const ids: Record<'zhang' | 'li' | 'wang' | 'tomorrow', string> = {
  zhang: '',
  li: '',
  wang: '',
  tomorrow: '',
};

async function admitted(
  wardId: string,
  bed: string,
  patient: Record<string, unknown>,
): Promise<[string, string]> {
  const bedId = newId();
  await t.database.db.insert(beds).values({ id: bedId, wardId, code: bed });
  const patientId = (await surgeon.post('/api/v1/patients', samplePatient(patient))).json().id as string;
  const admission = await surgeon.post('/api/v1/admissions', {
    patientId,
    wardId,
    bedId,
    admittedAt: '2026-11-20T02:00:00Z',
    attendingDoctor: '李外科',
  });
  expect(admission.statusCode, admission.body).toBe(201);
  return [patientId, admission.json().id as string];
}

async function scheduled(patientId: string, admissionId: string, overrides: Record<string, unknown>) {
  const res = await surgeon.post('/api/v1/cases', sampleCase(patientId, { admissionId, ...overrides }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

let printed = 0;
/** The text and page facts of a PDF; PERIOP_KEEP_SCHEDULE_PDF=<dir> keeps each one to look at. */
function pdfText(bytes: Buffer): { text: string; info: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'periop-schedule-')), 'doc.pdf');
  writeFileSync(file, bytes);
  printed += 1;
  const keep = process.env.PERIOP_KEEP_SCHEDULE_PDF;
  if (keep) writeFileSync(join(keep, `schedule-test-${printed}.pdf`), bytes);
  return {
    text: execFileSync('pdftotext', ['-layout', file, '-']).toString(),
    info: execFileSync('pdfinfo', [file]).toString(),
  };
}

async function workbook(res: { rawPayload: Buffer }) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return book;
}

const names = (res: { json(): { items: { patient?: { name: string } }[] } }) =>
  res.json().items.map((c) => c.patient?.name);

beforeAll(async () => {
  t = await createTestApp();
  await t.database.db.insert(wards).values({ id: ward2, code: 'W2', name: '胸外二病区' });
  surgeon = await t.userAgent('surgeon');
  nurse = await t.userAgent('nurse');
  const [zhang, zhangAdm] = await admitted(t.wardId, '12', {});
  const [li, liAdm] = await admitted(t.wardId, '15', {
    mrn: 'ZY20260002',
    name: '李四',
    sex: 'female',
    birthDate: '1975-03-02',
    idCard: null,
  });
  const [wang, wangAdm] = await admitted(ward2, '3', { mrn: 'ZY20260003', name: '王五', idCard: null });
  const a = await scheduled(zhang, zhangAdm, { urgency: 'emergency' });
  ids.zhang = a.id;
  ids.li = (
    await scheduled(li, liAdm, {
      orRoom: 'OR-02',
      scheduledStart: `${day}T02:00:00Z`,
      surgeon: '赵外科',
      anesthesiologists: ['钱麻醉'],
      procedureText: '胸腔镜下左肺上叶切除术',
      plannedAnesthesia: 'combined',
    })
  ).id;
  ids.wang = (await scheduled(wang, wangAdm, { scheduledStart: `${day}T05:00:00Z` })).id;
  ids.tomorrow = (await scheduled(zhang, zhangAdm, { scheduledStart: '2026-11-23T00:30:00Z' })).id;
  const moved = await nurse.post(`/api/v1/cases/${a.id}/transitions`, {
    to: 'in_room',
    at: `${day}T01:00:00Z`,
    version: a.version,
  });
  expect(moved.statusCode, moved.body).toBe(200);
});
afterAll(async () => t?.close());

describe('the OR board filters', () => {
  it.each([
    ['q=zs', ['张三']],
    ['q=ZY20260002', ['李四']],
    ['q=%E5%BC%A0', ['张三']],
    ['q=%E6%9D%8E%E5%A4%96%E7%A7%91', ['张三', '王五']],
    ['q=zwk', ['李四']],
    ['room=OR-02', ['李四']],
    ['status=in_room', ['张三']],
    ['surgeon=%E8%B5%B5%E5%A4%96%E7%A7%91', ['李四']],
    ['anesthesiologist=%E7%8E%8B%E9%BA%BB%E9%86%89', ['张三', '王五']],
    ['room=OR-01&q=ww', ['王五']],
    ['q=', ['张三', '王五', '李四']],
  ])('%s', async (filter, expected) => {
    const res = await nurse.get(`/api/v1/cases?date=${day}&${filter}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(names(res)).toEqual(expected);
    expect(res.json().facets).toEqual({
      total: 3,
      surgeons: ['李外科', '赵外科'],
      anesthesiologists: ['钱麻醉', '王麻醉'],
    });
  });

  it('refuses an unknown status and unknown parameters', async () => {
    expect((await nurse.get(`/api/v1/cases?date=${day}&status=asleep`)).statusCode).toBe(400);
    expect((await nurse.get(`/api/v1/cases?date=${day}&ward=x`)).statusCode).toBe(400);
  });

  it('does not match the public screen on names it may not see', async () => {
    const viewer = await t.userAgent('viewer');
    expect(names(await viewer.get(`/api/v1/cases?date=${day}&q=zs`))).toEqual([]);
    expect(names(await viewer.get(`/api/v1/cases?date=${day}&q=lwk`))).toEqual(['张*', '王*']);
  });
});

describe('the day’s schedule sheet', () => {
  it('exports an Excel workbook: one sheet for the day, Chinese headers, frozen, one row per case', async () => {
    const res = await nurse.get(`/api/v1/cases/schedule/xlsx?date=${day}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent(`手术排班表-${day}.xlsx`)}`,
    );
    const book = await workbook(res);
    expect(book.worksheets.map((s) => s.name)).toEqual([day]);
    const sheet = book.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      '序号',
      '手术间',
      '计划时间',
      '入室时间',
      '出室时间',
      '类别',
      '姓名',
      '住院号',
      '性别',
      '年龄',
      '病区',
      '床号',
      '诊断',
      '手术名称',
      '手术分级',
      '手术方式',
      '主刀医师',
      '助手',
      '麻醉医师',
      '麻醉方式',
      '状态',
      '备注',
    ]);
    expect(sheet.getColumn(14).width).toBeGreaterThan(20);
    expect(sheet.rowCount).toBe(4);
    const row = (n: number) =>
      Object.fromEntries(header.map((h, i) => [h, sheet.getRow(n).getCell(i + 1).value]));
    expect(row(2)).toMatchObject({
      序号: 1,
      手术间: '第1手术间',
      计划时间: '08:30',
      入室时间: '09:00',
      类别: '急诊',
      姓名: '张三',
      住院号: 'ZY20260001',
      性别: '男',
      年龄: 66,
      病区: '胸外一病区',
      床号: '12',
      诊断: '食管中段恶性肿瘤',
      手术分级: '四级',
      手术方式: '胸腔镜(VATS)',
      主刀医师: '李外科',
      助手: '张助手',
      麻醉医师: '王麻醉',
      麻醉方式: '气管插管全身麻醉',
      状态: '入室',
    });
    expect([row(3).姓名, row(3).计划时间, row(3).病区]).toEqual(['王五', '13:00', '胸外二病区']);
    expect([row(4).姓名, row(4).手术间, row(4).麻醉方式, row(4).性别]).toEqual([
      '李四',
      '第2手术间',
      '复合麻醉',
      '女',
    ]);
  });

  it('prints an A4 landscape PDF grouped by room, with the filters it was printed with', async () => {
    const res = await nurse.get(`/api/v1/cases/schedule/pdf?date=${day}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, info } = pdfText(res.rawPayload);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/);
    expect(info).toMatch(/Pages:\s+1/);
    const flat = text.replace(/\s+/g, '');
    for (const s of ['手术排班表', '2026-11-22星期日', '共3台', '第1手术间（2台）', '第2手术间（1台）']) {
      expect(flat, s).toContain(s);
    }
    for (const s of [
      '张三',
      'ZY20260001',
      '胸外一病区',
      '气管插管全身麻醉',
      '入室09:00',
      '急诊',
      '李四',
      '王五',
    ])
      expect(flat, s).toContain(s);
    expect(flat.indexOf('张三')).toBeLessThan(flat.indexOf('王五'));
    expect(flat.indexOf('王五')).toBeLessThan(flat.indexOf('李四'));

    const filtered = pdfText(
      (await nurse.get(`/api/v1/cases/schedule/pdf?date=${day}&room=OR-02`)).rawPayload,
    );
    const only = filtered.text.replace(/\s+/g, '');
    expect(only).toContain('筛选：手术间第2手术间');
    expect(only).toContain('李四');
    expect(only).not.toContain('张三');
  });

  it('holds only the wards a ward-limited user may see, and audits each patient exported', async () => {
    const limited = await t.userAgent('nurse', { wardIds: [ward2] });
    const book = await workbook(await limited.get(`/api/v1/cases/schedule/xlsx?date=${day}`));
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(7).value).toBe('王五');
    const pdf = pdfText((await limited.get(`/api/v1/cases/schedule/pdf?date=${day}`)).rawPayload).text;
    expect(pdf).toContain('王五');
    expect(pdf).not.toContain('张三');

    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.userId, limited.userId), eq(auditLog.resourceType, 'case_schedule')));
    expect(rows.map((r) => [r.action, r.resourceId])).toEqual(
      expect.arrayContaining([
        ['export', ids.wang],
        ['print', ids.wang],
      ]),
    );
    expect(rows).toHaveLength(2);
  });

  it('audits one entry per patient on the full sheet', async () => {
    const exporter = await t.userAgent('anesthesiologist');
    await exporter.get(`/api/v1/cases/schedule/xlsx?date=${day}`);
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.userId, exporter.userId));
    const exported = rows.filter((r) => r.action === 'export');
    expect(exported.map((r) => r.resourceId).sort()).toEqual([ids.zhang, ids.li, ids.wang].sort());
    expect(exported[0]).toMatchObject({
      resourceType: 'case_schedule',
      detail: { date: day, format: 'xlsx' },
    });
    expect(exported.every((r) => r.patientId)).toBe(true);
  });

  it('masks the patients for the public screen', async () => {
    const viewer = await t.userAgent('viewer');
    const res = await viewer.get(`/api/v1/cases/schedule/xlsx?date=${day}`);
    expect(res.statusCode).toBe(200);
    const sheet = (await workbook(res)).worksheets[0]!;
    const values = JSON.stringify(sheet.getSheetValues());
    for (const marker of ['张三', '李四', 'ZY20260001']) expect(values).not.toContain(marker);
    expect(sheet.getRow(2).getCell(7).value).toBe('张*');
  });

  it('prints an empty day as such', async () => {
    const res = await nurse.get('/api/v1/cases/schedule/pdf?date=2026-11-30');
    expect(res.statusCode).toBe(200);
    expect(pdfText(res.rawPayload).text).toContain('当日没有符合条件的手术');
  });
});

describe('the 手术通知单', () => {
  it('prints one case on A5 with everything the theatre needs, and audits it', async () => {
    const res = await nurse.get(`/api/v1/cases/${ids.zhang}/notice/pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('手术通知单-ZY20260001.pdf'));
    const { text, info } = pdfText(res.rawPayload);
    expect(info).toMatch(/Page size:\s+419\.53 x 595\.28/);
    expect(info).toMatch(/Pages:\s+1/);
    const flat = text.replace(/\s+/g, '');
    for (const s of [
      '手术通知单',
      '张三',
      '男/66岁',
      'ZY20260001',
      '胸外一病区12床',
      '食管中段恶性肿瘤',
      '胸腹腔镜联合食管癌根治术',
      '四级',
      '胸腔镜(VATS)',
      '急诊',
      '第1手术间第1台',
      '2026-11-2208:30',
      '李外科',
      '张助手',
      '王麻醉',
      '气管插管全身麻醉',
      '急诊手术，请优先安排',
      '术前访视尚未签名',
    ])
      expect(flat, s).toContain(s);
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.userId, nurse.userId), eq(auditLog.resourceType, 'case_notice')));
    expect(audit).toMatchObject({ action: 'print', resourceId: ids.zhang, detail: { size: 'A5' } });
  });

  it('prints on A4 on request, and not a case of another ward', async () => {
    const a4 = await nurse.get(`/api/v1/cases/${ids.li}/notice/pdf?size=A4`);
    expect(pdfText(a4.rawPayload).info).toMatch(/Page size:\s+595\.28 x 841\.89/);
    expect((await nurse.get(`/api/v1/cases/${ids.li}/notice/pdf?size=A3`)).statusCode).toBe(400);
    const limited = await t.userAgent('nurse', { wardIds: [ward2] });
    expect((await limited.get(`/api/v1/cases/${ids.zhang}/notice/pdf`)).statusCode).toBe(404);
    expect((await limited.get(`/api/v1/cases/${ids.wang}/notice/pdf`)).statusCode).toBe(200);
  });
});
