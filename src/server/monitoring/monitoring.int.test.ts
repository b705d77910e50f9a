// The post-operative loop over HTTP: a set scores NEWS2 and raises the right alert, the ward board
// shows it, acknowledgement records the action, escalation and overdue alerts follow the clock, and the
// ward bed's monitor prefills a set.

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids';
import { beds, devices, surgicalCases } from '../../db/schema';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';
import { runEscalation } from './escalation.job';

let t: TestApp;
let nurse: Agent;
let surgeon: Agent;
let caseId: string;
const bedId = newId();
const normal = {
  respirationRate: 16,
  spo2: 97,
  onOxygen: false,
  systolicBp: 120,
  pulse: 75,
  consciousness: 'A',
  temperature: 37,
};
const news7 = {
  respirationRate: 22,
  spo2: 95,
  onOxygen: true,
  systolicBp: 105,
  pulse: 95,
  consciousness: 'A',
  temperature: 37,
};

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.userAgent('surgeon');
  nurse = await t.userAgent('nurse');
  surgeon = await t.userAgent('surgeon');
  await t.database.db.insert(beds).values({ id: bedId, wardId: t.wardId, code: '12' });
  const patientId = (await admin.post('/api/v1/patients', samplePatient())).json().id;
  const admission = await admin.post('/api/v1/admissions', {
    patientId,
    wardId: t.wardId,
    bedId,
    admittedAt: '2026-11-20T02:00:00Z',
    attendingDoctor: '李外科',
  });
  expect(admission.statusCode, admission.body).toBe(201);
  const c = await admin.post(
    '/api/v1/cases',
    sampleCase(patientId, { admissionId: admission.json().id, scheduledStart: '2026-11-21T00:30:00Z' }),
  );
  expect(c.statusCode, c.body).toBe(201);
  caseId = c.json().id;
});
afterAll(async () => t.close());

const post = (agent: Agent, values: object, takenAt = t.clock.now.toISOString()) =>
  agent.post(`/api/v1/cases/${caseId}/observation-sets`, { takenAt, values });

describe('NEWS2 on the ward', () => {
  it('scores a complete set, marks an incomplete one without scoring it, and refuses impossible values', async () => {
    const ok = await post(nurse, normal);
    expect(ok.json()).toMatchObject({ complete: true, total: 0, alert: null });
    expect(Date.parse(ok.json().nextDueAt) - t.clock.now.getTime()).toBe(12 * 3_600_000);
    const partial = await post(nurse, { ...normal, temperature: null });
    expect(partial.json()).toMatchObject({
      complete: false,
      total: null,
      missing: ['temperature'],
      alert: null,
    });
    const impossible = await post(nurse, { ...normal, pulse: 400 });
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json().error.fields[0].path).toBe('values.pulse');
    const future = await post(nurse, normal, '2027-01-01T00:00:00Z');
    expect(future.statusCode).toBe(400);
  });

  it('uses scale 2 only under an attributed order', async () => {
    expect(
      (await nurse.post(`/api/v1/cases/${caseId}/scale2-order`, { active: true, reason: 'COPD' })).statusCode,
    ).toBe(403);
    expect((await surgeon.post(`/api/v1/cases/${caseId}/scale2-order`, { active: true })).statusCode).toBe(
      400,
    );
    expect(
      (
        await surgeon.post(`/api/v1/cases/${caseId}/scale2-order`, {
          active: true,
          reason: '慢阻肺 II 型呼衰',
        })
      ).statusCode,
    ).toBe(200);
    const s2 = await post(nurse, { ...normal, spo2: 89 });
    expect(s2.json()).toMatchObject({ scale: 2, total: 0 });
    await surgeon.post(`/api/v1/cases/${caseId}/scale2-order`, { active: false });
    expect((await post(nurse, { ...normal, spo2: 89 })).json()).toMatchObject({ scale: 1, total: 3 });
  });

  it('raises an emergency alert at NEWS2 7, shows it on the ward board, records the acknowledgement', async () => {
    const res = await post(nurse, news7);
    expect(res.json()).toMatchObject({ total: 7, band: 'high', alert: { type: 'emergency' } });
    const board = (await nurse.get(`/api/v1/wards/${t.wardId}/board`)).json();
    const bed = board.beds.find((b: { bedCode: string }) => b.bedCode === '12');
    expect(bed).toMatchObject({ caseId, news2: { total: 7, band: 'high' } });
    expect(bed.trend.at(-1)).toBe(7);
    const alert = bed.alerts.find((a: { type: string }) => a.type === 'emergency');
    expect(alert.label.zh).toContain('紧急抢救');
    const ack = await nurse.post(`/api/v1/ews-alerts/${alert.id}/ack`, {
      action: 'rapid_response',
      note: '呼叫快速反应小组',
      version: alert.version,
    });
    expect(ack.json()).toMatchObject({ status: 'acknowledged', action: 'rapid_response' });
    const again = await nurse.post(`/api/v1/ews-alerts/${alert.id}/ack`, {
      action: 'reviewed',
      version: alert.version,
    });
    expect(again.statusCode).toBe(409);
  });

  it('escalates an unacknowledged alert after its minutes and raises overdue alerts', async () => {
    const res = await post(nurse, { ...normal, respirationRate: 22, spo2: 93, pulse: 95 });
    expect(res.json().alert.type).toBe('urgent');
    expect(
      (await runEscalation(t.database, t.app.ctx.hub, new Date(t.clock.now.getTime() + 10 * 60_000)))
        .escalated,
    ).toBe(0);
    expect(
      (await runEscalation(t.database, t.app.ctx.hub, new Date(t.clock.now.getTime() + 16 * 60_000)))
        .escalated,
    ).toBe(1);
    // The case is not on the ward yet (scheduled): no overdue alert for it.
    expect(
      (await runEscalation(t.database, t.app.ctx.hub, new Date(t.clock.now.getTime() + 3 * 3_600_000)))
        .overdue,
    ).toBe(0);
    const report = (
      await (
        await t.userAgent('quality')
      ).get(`/api/v1/reports/ews-response?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z`)
    ).json();
    expect(report.items.find((r: { type: string }) => r.type === 'emergency')).toMatchObject({
      alerts: 1,
      acknowledged: 1,
    });
    expect(report.items.find((r: { type: string }) => r.type === 'urgent')).toMatchObject({
      alerts: 1,
      acknowledged: 0,
      escalated: 1,
    });
  });
});

describe('overdue sets', () => {
  it('an incomplete set does not stop the clock: the last complete set still falls due', async () => {
    const patientId = (await surgeon.post('/api/v1/patients', samplePatient({ mrn: 'ZY3100001' }))).json().id;
    const bed = newId();
    await t.database.db.insert(beds).values({ id: bed, wardId: t.wardId, code: '14' });
    const admission = await surgeon.post('/api/v1/admissions', {
      patientId,
      wardId: t.wardId,
      bedId: bed,
      admittedAt: '2026-11-20T02:00:00Z',
      attendingDoctor: '李外科',
    });
    const c = await surgeon.post(
      '/api/v1/cases',
      sampleCase(patientId, { admissionId: admission.json().id }),
    );
    const id = c.json().id as string;
    await t.database.db.update(surgicalCases).set({ status: 'ward' }).where(eq(surgicalCases.id, id));
    const set = (values: object, takenAt: Date) =>
      nurse.post(`/api/v1/cases/${id}/observation-sets`, { takenAt: takenAt.toISOString(), values });
    const start = t.clock.now.getTime();
    const complete = await set(normal, new Date(start));
    expect(complete.statusCode, complete.body).toBe(200);
    const due = Date.parse(complete.json().nextDueAt);
    // An hour later a set without a pulse: saved, not scored, no due time of its own.
    const { pulse: _missing, ...partial } = normal;
    expect((await set(partial, new Date(start + 3_600_000))).json().nextDueAt ?? null).toBeNull();
    const board = (await nurse.get(`/api/v1/wards/${t.wardId}/board`)).json();
    expect(Date.parse(board.beds.find((b: { caseId: string }) => b.caseId === id)?.nextDueAt)).toBe(due);
    const sweep = await runEscalation(t.database, t.app.ctx.hub, new Date(due + 16 * 60_000));
    expect(sweep.overdue).toBeGreaterThanOrEqual(1);
    const alerts = (await nurse.get(`/api/v1/wards/${t.wardId}/board`))
      .json()
      .beds.find((b: { caseId: string }) => b.caseId === id).alerts as { type: string }[];
    expect(alerts.map((a) => a.type)).toContain('overdue');
  });
});

describe('ward monitors', () => {
  it('prefill a set from the monitor at the patient’s bed; consciousness and oxygen stay for the nurse', async () => {
    const eui = '00A0370000000D04';
    await t.database.db.insert(devices).values({
      id: newId(),
      vendor: 'mindray',
      model: 'iMEC',
      identifier: eui,
      placeKind: 'ward_bed',
      placeCode: 'W1/12',
    });
    const msg = [
      `MSH|^~\\&|MINDRAY_^${eui}^EUI-64||||20261122095500+0800||ORU^R01|B1|P|2.6`,
      'OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.13.1.1|104|^MDC_DIM_BEAT_PER_MIN|||||R|||20261122095500+0800',
      'OBX|2|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC|1.7.1.1|93|^MDC_DIM_PERCENT|||||R|||20261122095500+0800',
      'OBX|3|NM|151562^MDC_RESP_RATE^MDC|1.9.1.1|24|^MDC_DIM_RESP_PER_MIN|||||R|||20261122095500+0800',
    ].join('\r');
    t.app.ctx.ingestor.devices.invalidate();
    expect(
      (await t.app.ctx.ingestor.submit({ text: msg, remoteAddress: '10.0.0.9', receivedAt: new Date() }))
        .outcome,
    ).toBe('stored');
    const r = (await nurse.get(`/api/v1/cases/${caseId}/bedside-vitals`)).json();
    expect(r.values).toEqual({
      respirationRate: 24,
      spo2: 93,
      systolicBp: null,
      pulse: 104,
      temperature: null,
    });
    expect(r.at).toBe('2026-11-22T01:55:00.000Z');
  });
});
