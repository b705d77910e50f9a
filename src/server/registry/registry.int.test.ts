import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, caseEvents } from '../../db/schema';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';

let t: TestApp;
let admin: Agent;
let nurse: Agent;
let patientId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.userAgent('surgeon');
  nurse = await t.userAgent('nurse');
  const res = await admin.post('/api/v1/patients', samplePatient());
  expect(res.statusCode).toBe(201);
  patientId = res.json().id;
  await admin.post(
    '/api/v1/patients',
    samplePatient({ mrn: 'ZY20260002', name: '李四', phone: '13900001111', idCard: null }),
  );
  await admin.post(
    '/api/v1/patients',
    samplePatient({ mrn: 'ZY20260003', name: '赵树', phone: '13700002222', idCard: null }),
  );
});
afterAll(async () => t?.close());

describe('patients', () => {
  it.each([
    ['ZY20260001', ['张三']],
    ['zy2026000', ['赵树', '李四', '张三']],
    ['张', ['张三']],
    ['zs', ['赵树', '张三']],
    ['zhangs', ['张三']],
    ['1111', ['李四']],
    ['5678', ['张三']],
  ])('finds %s', async (q, names) => {
    const res = await nurse.get(`/api/v1/patients?q=${encodeURIComponent(q)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((p: { name: string }) => p.name)).toEqual(names);
  });

  it('masks ID card and phone in lists and shows them in the chart', async () => {
    const list = await nurse.get('/api/v1/patients?q=ZY20260001');
    expect(list.json().items[0]).toMatchObject({ idCard: '1101**********002X', phone: '138****5678' });
    const chart = await nurse.get(`/api/v1/patients/${patientId}`);
    expect(chart.json()).toMatchObject({
      idCard: '11010519491231002X',
      phone: '13812345678',
      admissions: [],
      cases: [],
    });
  });

  it('pages with a cursor', async () => {
    const first = await nurse.get('/api/v1/patients?limit=2');
    expect(first.json().items).toHaveLength(2);
    expect(first.json().nextCursor).toBeTruthy();
    const second = await nurse.get(`/api/v1/patients?limit=2&cursor=${first.json().nextCursor}`);
    expect(second.json().items).toHaveLength(1);
    expect(second.json().nextCursor).toBeNull();
  });

  it('records every chart read in the audit log', async () => {
    await nurse.get(`/api/v1/patients/${patientId}`);
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.patientId, patientId));
    expect(
      rows.some((r) => r.action === 'read' && r.username === nurse.username && r.outcome === 'success'),
    ).toBe(true);
    const auditor = await t.userAgent('auditor');
    const search = await auditor.get(`/api/v1/audit?patientId=${patientId}&username=${nurse.username}`);
    expect(search.statusCode).toBe(200);
    expect(search.json().items[0]).toMatchObject({
      action: 'read',
      resourceType: 'patient',
      username: nurse.username,
      // The audit administrator may not read patient data: the patient shows masked.
      patient: { name: '张*', mrn: '******0001' },
    });
  });

  it('refuses a duplicate MRN and a birth date in the future', async () => {
    const dup = await admin.post('/api/v1/patients', samplePatient({ name: '王五' }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('duplicate_mrn');
    const future = await admin.post(
      '/api/v1/patients',
      samplePatient({ mrn: 'ZY1', birthDate: '2027-01-01' }),
    );
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toEqual([{ path: 'birthDate', message: '出生日期不能晚于今天' }]);
  });

  it('detects a stale version and returns the latest instead of overwriting', async () => {
    const chart = (await admin.get(`/api/v1/patients/${patientId}`)).json();
    const {
      admissions: _a,
      cases: _c,
      importedEpisodes: _e,
      importedFrom: _f,
      id: _id,
      nameInitials: _n,
      updatedAt: _u,
      ...editable
    } = chart;
    const first = await admin.put(`/api/v1/patients/${patientId}`, { ...editable, city: '大同市' });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(chart.version + 1);
    const stale = await nurse.put(`/api/v1/patients/${patientId}`, { ...editable, city: '晋中市' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'version_conflict',
      latest: { city: '大同市', version: chart.version + 1 },
    });
    expect((await admin.get(`/api/v1/patients/${patientId}`)).json().city).toBe('大同市');
  });
});

describe('admissions and cases', () => {
  let caseId: string;
  let version: number;

  it('admits and schedules a case that appears on the day board', async () => {
    const adm = await admin.post('/api/v1/admissions', {
      patientId,
      wardId: t.wardId,
      admittedAt: '2026-11-20T02:00:00Z',
      attendingDoctor: '李外科',
    });
    expect(adm.statusCode).toBe(201);
    const created = await admin.post('/api/v1/cases', sampleCase(patientId, { admissionId: adm.json().id }));
    expect(created.statusCode).toBe(201);
    caseId = created.json().id;
    version = created.json().version;
    expect(created.json()).toMatchObject({ status: 'scheduled', wardId: t.wardId });
    // 00:30Z is 08:30 in Shanghai on the 22nd; 2026-11-21 must not show it.
    const board = await nurse.get('/api/v1/cases?date=2026-11-22');
    expect(board.json().items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    expect(board.json().items[0].patient).toMatchObject({ name: '张三', mrn: 'ZY20260001' });
    expect((await nurse.get('/api/v1/cases?date=2026-11-21')).json().items).toEqual([]);
  });

  it('moves through the state machine, recording when and who', async () => {
    const r = await nurse.post(`/api/v1/cases/${caseId}/transitions`, {
      to: 'in_room',
      at: '2026-11-22T00:35:00Z',
      version,
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'in_room', times: { in_room: '2026-11-22T00:35:00.000Z' } });
    version = r.json().version;
    const events = await t.database.db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      fromStatus: 'scheduled',
      toStatus: 'in_room',
      recordedBy: nurse.userId,
    });
    expect(events[0]!.recordedAt.toISOString()).toBe(t.clock.now.toISOString());
    const detail = (await nurse.get(`/api/v1/cases/${caseId}`)).json();
    expect(detail.allowedTransitions).toEqual(['anesthesia_start', 'cancelled']);
    expect(detail.gates).toEqual([{ to: 'anesthesia_start', checklist: 'sign_in', complete: false }]);
    expect(detail.roomOccupant).toBeNull();
    expect(detail.events).toHaveLength(1);
  });

  it('refuses 麻醉开始 before the sign-in with 409 naming the checklist; a nurse cannot override it', async () => {
    const body = { to: 'anesthesia_start', at: '2026-11-22T00:40:00Z', version };
    const r = await nurse.post(`/api/v1/cases/${caseId}/transitions`, body);
    expect(r.statusCode).toBe(409);
    expect(r.json().error).toEqual({
      code: 'transition_checklist_incomplete',
      message: '麻醉实施前核查尚未完成，不能变更为麻醉开始',
      fields: [{ path: 'override.reason', message: '麻醉实施前核查尚未完成，不能变更为麻醉开始' }],
      checklist: 'sign_in',
      to: 'anesthesia_start',
    });
    const overridden = await nurse.post(`/api/v1/cases/${caseId}/transitions`, {
      ...body,
      override: { reason: '口头核查' },
    });
    expect(overridden.statusCode).toBe(403);
    expect(overridden.json().error.code).toBe('gate_override_forbidden');
    const blank = await nurse.post(`/api/v1/cases/${caseId}/transitions`, {
      ...body,
      override: { reason: ' ' },
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.fields[0].path).toBe('override.reason');
  });

  it('refuses an illegal transition with 409 naming what is allowed', async () => {
    const r = await nurse.post(`/api/v1/cases/${caseId}/transitions`, {
      to: 'surgery_end',
      at: '2026-11-22T00:40:00Z',
      version,
    });
    expect(r.statusCode).toBe(409);
    expect(r.json().error).toMatchObject({
      code: 'illegal_transition',
      allowed: ['anesthesia_start', 'cancelled'],
    });
    expect(r.json().error.message).toBe('当前状态“入室”不能变更为“手术结束”，允许的操作：麻醉开始、已取消');
  });

  it('refuses a time before the previous step, in the future, and a stale version', async () => {
    const before = await nurse.post(`/api/v1/cases/${caseId}/transitions`, {
      to: 'anesthesia_start',
      at: '2026-11-22T00:34:00Z',
      version,
    });
    expect(before.statusCode).toBe(400);
    expect(before.json().error.code).toBe('transition_before_previous');
    const future = await nurse.post(`/api/v1/cases/${caseId}/transitions`, {
      to: 'anesthesia_start',
      at: '2026-11-22T03:00:00Z',
      version,
    });
    expect(future.statusCode).toBe(400);
    const stale = await nurse.post(`/api/v1/cases/${caseId}/transitions`, {
      to: 'anesthesia_start',
      at: '2026-11-22T00:40:00Z',
      version: version - 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
  });

  it('cancels after room entry, recording the stage and the reason from the list with its text', async () => {
    const cancel = (body: Record<string, unknown>) =>
      nurse.post(`/api/v1/cases/${caseId}/transitions`, {
        to: 'cancelled',
        at: '2026-11-22T00:45:00Z',
        version,
        ...body,
      });
    const noReason = await cancel({ reason: '入室后血压 210/120 mmHg' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({
      code: 'cancel_reason_required',
      fields: [{ path: 'reasonCode' }],
    });
    const otherWithoutText = await cancel({ reasonCode: 'other' });
    expect(otherWithoutText.json().error).toMatchObject({
      code: 'cancel_reason_required',
      fields: [{ path: 'reason' }],
    });
    expect((await cancel({ reasonCode: 'maybe' })).statusCode).toBe(400);
    const r = await cancel({ reasonCode: 'patient_condition', reason: '入室后血压 210/120 mmHg' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      status: 'cancelled',
      cancelStage: 'after_room_before_anesthesia',
      cancelReasonCode: 'patient_condition',
      cancelReason: '入室后血压 210/120 mmHg',
    });
    const detail = (await nurse.get(`/api/v1/cases/${caseId}`)).json();
    expect(detail.events.at(-1).reason).toBe('患者病情变化（入室后血压 210/120 mmHg）');
  });

  it('updates a case over the current version only', async () => {
    const other = await admin.post('/api/v1/cases', sampleCase(patientId, { orRoom: 'OR-02' }));
    const id = other.json().id;
    const v = other.json().version;
    const ok = await admin.put(`/api/v1/cases/${id}`, {
      ...sampleCase(patientId, { orRoom: 'OR-01' }),
      version: v,
    });
    expect(ok.statusCode).toBe(200);
    const stale = await admin.put(`/api/v1/cases/${id}`, {
      ...sampleCase(patientId, { surgeon: '别人' }),
      version: v,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.latest).toMatchObject({ orRoom: 'OR-01', surgeon: '李外科' });
  });

  it('limits a ward-bound user to the patients of their wards', async () => {
    const elsewhere = await t.userAgent('nurse', { wardIds: ['0190a0a0-0000-7000-8000-000000000001'] });
    expect((await elsewhere.get('/api/v1/patients?q=ZY20260001')).json().items).toEqual([]);
    expect((await elsewhere.get(`/api/v1/patients/${patientId}`)).statusCode).toBe(404);
    const local = await t.userAgent('nurse', { wardIds: [t.wardId] });
    expect((await local.get('/api/v1/patients?q=ZY20260001')).json().items).toHaveLength(1);
  });
});
