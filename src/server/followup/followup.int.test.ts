// Follow-up over HTTP: the day-28 sweep (the complications' job, run by the job runner) leaves a call
// for a discharged patient whose outcome is unknown; the call's result becomes the case's outcome.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST, CHECKLIST_PHASES } from '../../domain/anesthesia/record-vocabulary';
import { outcomeSweepJob } from '../complications/outcome.job';
import { JobRunner } from '../platform/job-runner';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';

let t: TestApp;
let nurse: Agent;
let sweep: (now: string) => Promise<number>;

beforeAll(async () => {
  t = await createTestApp();
  nurse = await t.userAgent('nurse');
  const runner = new JobRunner(t.database, () => t.clock.now, pino({ level: 'silent' }));
  const job = outcomeSweepJob(t.app.ctx);
  sweep = async (now) => {
    const tick = await runner.tick(job, new Date(now));
    if (!tick.ran) throw new Error('the sweep did not run');
    return tick.result.tasks;
  };
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
    await completeChecklists(c.id);
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
    expect(await sweep('2026-11-08T00:00:00Z')).toBe(0); // day 27
    expect(await sweep('2026-11-09T05:00:00Z')).toBe(1); // day 28
    expect(await sweep('2026-11-10T05:00:00Z')).toBe(0); // once
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
