// The post-operative loop over HTTP: a set scores NEWS2 and raises the right alert, the ward board
// shows it, acknowledgement records the action, escalation and overdue alerts follow the clock, a
// creatinine rise suggests AKI that a surgeon confirms, and day 28 creates a follow-up call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids';
import { beds, devices } from '../../db/schema';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';
import { runEscalation, runOutcomeSweep } from './jobs';

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

describe('complications', () => {
  it('suggests AKI stage 1 from a creatinine rise; the surgeon confirms it as grade I', async () => {
    await nurse.post(`/api/v1/cases/${caseId}/labs`, {
      analyte: 'creatinine',
      value: 80,
      takenAt: '2026-11-20T23:00:00Z',
    });
    const stable = await nurse.post(`/api/v1/cases/${caseId}/labs`, {
      analyte: 'creatinine',
      value: 95,
      takenAt: '2026-11-21T20:00:00Z',
    });
    expect(stable.json().suggestedComplication).toBeNull();
    const rise = await nurse.post(`/api/v1/cases/${caseId}/labs`, {
      analyte: 'creatinine',
      value: 125,
      takenAt: '2026-11-22T01:00:00Z',
    });
    expect(rise.json()).toMatchObject({ aki: { stage: 1 } });
    const id = rise.json().suggestedComplication;
    expect(id).toBeTruthy();
    const list = (await nurse.get(`/api/v1/cases/${caseId}/complications`)).json().items;
    expect(list[0]).toMatchObject({ id, type: 'aki', status: 'suggested', rule: 'kdigo.creatinine' });
    expect(
      (
        await nurse.post(`/api/v1/complications/${id}/decision`, {
          decision: 'confirm',
          grade: 'I',
          version: 1,
        })
      ).statusCode,
    ).toBe(403);
    const confirmed = await surgeon.post(`/api/v1/complications/${id}/decision`, {
      decision: 'confirm',
      grade: 'I',
      treatment: '补液，停用肾毒性药物',
      version: 1,
    });
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', grade: 'I' });
    // A further rise does not suggest the same complication twice.
    const more = await nurse.post(`/api/v1/cases/${caseId}/labs`, {
      analyte: 'creatinine',
      value: 170,
      takenAt: '2026-11-22T01:30:00Z',
    });
    expect(more.json().suggestedComplication).toBeNull();
    expect(
      (
        await nurse.post(`/api/v1/cases/${caseId}/labs`, {
          analyte: 'creatinine',
          value: 0,
          takenAt: '2026-11-22T01:30:00Z',
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe('the 28-day outcome', () => {
  it('creates a follow-up call when a discharged patient’s status is unknown on day 28', async () => {
    const admin = await t.userAgent('surgeon');
    const followup = await t.userAgent('followup');
    const patientId = (
      await admin.post('/api/v1/patients', samplePatient({ mrn: 'ZY20269999', name: '李四' }))
    ).json().id;
    const adm = (
      await admin.post('/api/v1/admissions', {
        patientId,
        wardId: t.wardId,
        admittedAt: '2026-10-10T02:00:00Z',
        dischargedAt: '2026-10-20T02:00:00Z',
        attendingDoctor: '李外科',
      })
    ).json();
    const c = (
      await admin.post(
        '/api/v1/cases',
        sampleCase(patientId, { admissionId: adm.id, scheduledStart: '2026-10-12T00:30:00Z' }),
      )
    ).json();
    // Walk the case through to its end on 12 October.
    let version = c.version;
    const steps: [string, string][] = [
      ['in_room', '2026-10-12T00:30:00Z'],
      ['anesthesia_start', '2026-10-12T00:40:00Z'],
      ['surgery_start', '2026-10-12T01:00:00Z'],
      ['surgery_end', '2026-10-12T04:00:00Z'],
      ['anesthesia_end', '2026-10-12T04:20:00Z'],
    ];
    for (const [to, at] of steps) {
      const r = await admin.post(`/api/v1/cases/${c.id}/transitions`, { to, at, version });
      expect(r.statusCode, r.body).toBe(200);
      version = r.json().version;
    }
    expect((await runOutcomeSweep(t.database, new Date('2026-11-08T00:00:00Z'))).tasks).toBe(0); // day 27
    expect((await runOutcomeSweep(t.database, new Date('2026-11-09T05:00:00Z'))).tasks).toBe(1); // day 28
    expect((await runOutcomeSweep(t.database, new Date('2026-11-10T05:00:00Z'))).tasks).toBe(0); // once
    const tasks = (await followup.get('/api/v1/followup/tasks')).json().items;
    expect(tasks).toEqual([
      expect.objectContaining({ caseId: c.id, kind: 'day28_call', patientName: '李四' }),
    ]);
    expect((await nurse.get('/api/v1/followup/tasks')).statusCode).toBe(403);
    // The call finds the patient died on day 20: the outcome is recorded with date and cause.
    const done = await followup.post(`/api/v1/followup/tasks/${tasks[0].id}/complete`, {
      status: 'died',
      deathAt: '2026-11-01T08:00:00Z',
      cause: '肺部感染',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(
      (await followup.post(`/api/v1/followup/tasks/${tasks[0].id}/complete`, { status: 'alive' })).statusCode,
    ).toBe(409);
    expect((await followup.get('/api/v1/followup/tasks')).json().items).toEqual([]);
    expect((await nurse.get(`/api/v1/cases/${c.id}/outcome`)).json()).toMatchObject({
      status: 'died',
      cause: '肺部感染',
      source: 'followup',
      diedWithin24h: false,
    });
  });
});
