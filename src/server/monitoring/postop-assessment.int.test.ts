// Post-op assessments feed the rules; the post-op summary gives the PACU and ICU indicators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST, CHECKLIST_PHASES } from '../../domain/anesthesia/record-vocabulary';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';

let t: TestApp;
let admin: Agent;
let nurse: Agent;
let caseId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.userAgent('surgeon');
  nurse = await t.userAgent('nurse');
  const patientId = (await admin.post('/api/v1/patients', samplePatient())).json().id;
  const c = (
    await admin.post('/api/v1/cases', sampleCase(patientId, { scheduledStart: '2026-11-21T00:30:00Z' }))
  ).json();
  caseId = c.id;
  await completeChecklists(caseId);
  let version = c.version;
  const steps: [string, string][] = [
    ['in_room', '2026-11-21T00:30:00Z'],
    ['anesthesia_start', '2026-11-21T00:40:00Z'],
    ['surgery_start', '2026-11-21T01:00:00Z'],
    ['surgery_end', '2026-11-21T04:00:00Z'],
    ['anesthesia_end', '2026-11-21T04:10:00Z'],
    ['out_of_room', '2026-11-21T04:15:00Z'],
    ['pacu_in', '2026-11-21T04:20:00Z'],
    ['pacu_out', '2026-11-21T06:50:00Z'],
    ['icu', '2026-11-21T07:00:00Z'],
  ];
  for (const [to, at] of steps) {
    const r = await admin.post(`/api/v1/cases/${caseId}/transitions`, { to, at, version });
    expect(r.statusCode, `${to} ${r.body}`).toBe(200);
    version = r.json().version;
  }
});
afterAll(async () => t.close());

/** The three WHO checklist phases answered, as the theatre nurse records them (they gate 麻醉开始, 手术开始, 出室). */
async function completeChecklists(caseId: string) {
  for (const phase of CHECKLIST_PHASES) {
    const answers = Object.fromEntries(CHECKLIST[phase].items.map((i) => [i.code, 'yes']));
    const r = await nurse.put(`/api/v1/cases/${caseId}/record/checklist`, { phase, answers });
    expect(r.statusCode, r.body).toBe(200);
  }
}

const assess = (instrument: string, input: object, at = '2026-11-21T12:00:00Z') =>
  nurse.post(`/api/v1/cases/${caseId}/postop-assessments`, { instrument, at, input });

describe('post-op assessments', () => {
  it('scores with the engine, refuses bad input by field, and suggests delirium from 4AT ≥ 4', async () => {
    const bad = await assess('braden', { sensoryPerception: 7 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('input.sensoryPerception');
    const braden = await assess('braden', {
      sensoryPerception: 2,
      moisture: 2,
      activity: 1,
      mobility: 2,
      nutrition: 2,
      frictionShear: 1,
    });
    expect(braden.json().result).toMatchObject({ status: 'complete', total: 10 });
    const fourAt = await assess('4at', {
      alertnessAbnormal: true,
      amt4: 'one_mistake',
      attention: 'fewer_than_seven_or_refuses',
      acuteChange: true,
    });
    expect(fourAt.json().result.total).toBeGreaterThanOrEqual(4);
    expect(fourAt.json().suggestedComplications).toHaveLength(1);
    const list = (await nurse.get(`/api/v1/cases/${caseId}/complications`)).json().items;
    expect(list[0]).toMatchObject({ type: 'delirium', status: 'suggested', rule: '4at.ge4' });
  });

  it('records the 72-h visit: vomiting suggests PONV, VAS ≤ 3 counts as satisfied', async () => {
    const r = await assess('postanesthesia-visit', {
      awareness: false,
      hoarseness: false,
      neuroDeficit: false,
      nausea: true,
      vomiting: true,
      hallucination: false,
      painVas: 3,
      satisfaction: 'satisfied',
    });
    expect(r.json().result).toMatchObject({
      status: 'complete',
      total: 2,
      details: { analgesiaSatisfied: true },
    });
    const types = (await nurse.get(`/api/v1/cases/${caseId}/complications`))
      .json()
      .items.map((x: { type: string }) => x.type);
    expect(types).toContain('ponv');
    const incomplete = await assess('postanesthesia-visit', { awareness: false });
    expect(incomplete.json().result.status).toBe('incomplete');
  });

  it('summarises PACU delay, PACU hypothermia, unplanned re-intubation and unplanned ICU', async () => {
    await nurse.post(`/api/v1/cases/${caseId}/observations`, {
      param: 'temp',
      value: 35.6,
      at: '2026-11-21T04:22:00Z',
    });
    await nurse.post(`/api/v1/cases/${caseId}/pacu-events`, {
      code: 'extubation',
      at: '2026-11-21T04:40:00Z',
    });
    await nurse.post(`/api/v1/cases/${caseId}/pacu-events`, {
      code: 'reintubation_unplanned',
      at: '2026-11-21T06:00:00Z',
    });
    await assess(
      'aldrete',
      {
        activity: 2,
        respiration: 2,
        consciousness: 2,
        baselineSystolic: 120,
        systolic: 118,
        spo2: 96,
        onOxygen: false,
      },
      '2026-11-21T06:40:00Z',
    );
    const s = (await nurse.get(`/api/v1/cases/${caseId}/postop-summary`)).json();
    expect(s).toMatchObject({
      pacuMinutes: 150,
      pacuDelayed: true,
      firstPacuTemperature: 35.6,
      pacuHypothermia: true,
      dischargeReady: true,
      unplannedReintubation6h: true,
      plannedIcu: false,
      unplannedIcu: true,
    });
  });

  it('keeps intake and output per 24 h from the end of anesthesia, refusing a kind in the wrong direction', async () => {
    const io = (b: object) => nurse.post(`/api/v1/cases/${caseId}/io`, b);
    expect(
      (await io({ direction: 'in', kind: 'iv', volumeMl: 1500, at: '2026-11-21T10:00:00Z' })).statusCode,
    ).toBe(200);
    expect(
      (await io({ direction: 'out', kind: 'urine', volumeMl: 900, at: '2026-11-21T20:00:00Z' })).statusCode,
    ).toBe(200);
    expect(
      (await io({ direction: 'out', kind: 'drainage', volumeMl: 300, at: '2026-11-22T01:00:00Z' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await io({ direction: 'in', kind: 'urine', volumeMl: 100, at: '2026-11-22T01:00:00Z' })).statusCode,
    ).toBe(400);
    const r = (await nurse.get(`/api/v1/cases/${caseId}/io`)).json();
    // Anesthesia ended 04:10 on the 21st: both first entries are day 1, the 01:00 drainage too.
    expect(r.days).toEqual([
      expect.objectContaining({ day: 1, inMl: 1500, outMl: 1200, balanceMl: 300, cumulativeMl: 300 }),
    ]);
  });

  it('asks for PHQ-9/GAD-7 again after surgery when they were positive before it', async () => {
    const anesthesia = await t.userAgent('anesthesiologist');
    const patientId = (
      await admin.post('/api/v1/patients', samplePatient({ mrn: 'ZY20265555', name: '王五' }))
    ).json().id;
    const other = (
      await admin.post('/api/v1/cases', sampleCase(patientId, { scheduledStart: '2026-11-23T00:30:00Z' }))
    ).json().id;
    const items = Object.fromEntries(Array.from({ length: 9 }, (_, k) => [`item${k + 1}`, k === 8 ? 0 : 2]));
    expect((await anesthesia.put(`/api/v1/cases/${other}/visit`, { data: { phq9: items } })).statusCode).toBe(
      200,
    );
    expect((await nurse.get(`/api/v1/cases/${other}/postop-summary`)).json().psychRepeatDue).toBe(true);
    await nurse.post(`/api/v1/cases/${other}/postop-assessments`, {
      instrument: 'phq9',
      at: '2026-11-22T01:00:00Z',
      input: items,
    });
    expect((await nurse.get(`/api/v1/cases/${other}/postop-summary`)).json().psychRepeatDue).toBe(false);
    expect((await nurse.get(`/api/v1/cases/${caseId}/postop-summary`)).json().psychRepeatDue).toBe(false);
  });

  it('suggests AKI from urine output below 0.5 mL/kg/h for 6 h, weighed with the visit weight', async () => {
    const anesthesia = await t.userAgent('anesthesiologist');
    const patientId = (
      await admin.post('/api/v1/patients', samplePatient({ mrn: 'ZY20267777', name: '赵六' }))
    ).json().id;
    const c = (
      await admin.post('/api/v1/cases', sampleCase(patientId, { scheduledStart: '2026-11-21T00:30:00Z' }))
    ).json();
    await anesthesia.put(`/api/v1/cases/${c.id}/visit`, { data: { weightKg: 70 } });
    await completeChecklists(c.id);
    let version = c.version;
    for (const [to, at] of [
      ['in_room', '2026-11-21T00:30:00Z'],
      ['anesthesia_start', '2026-11-21T00:40:00Z'],
      ['surgery_start', '2026-11-21T01:00:00Z'],
      ['surgery_end', '2026-11-21T03:50:00Z'],
      ['anesthesia_end', '2026-11-21T04:00:00Z'],
    ] as const) {
      version = (await admin.post(`/api/v1/cases/${c.id}/transitions`, { to, at, version })).json().version;
    }
    const urine = (ml: number, at: string) =>
      nurse.post(`/api/v1/cases/${c.id}/io`, { direction: 'out', kind: 'urine', volumeMl: ml, at });
    await urine(120, '2026-11-21T08:00:00Z'); // 30 mL/h for 4 h
    expect((await nurse.get(`/api/v1/cases/${c.id}/complications`)).json().items).toEqual([]);
    await urine(90, '2026-11-21T11:00:00Z'); // 7 h below 35 mL/h
    const list = (await nurse.get(`/api/v1/cases/${c.id}/complications`)).json().items;
    expect(list).toEqual([
      expect.objectContaining({ type: 'aki', status: 'suggested', rule: 'kdigo.urine_output' }),
    ]);
  });
});
