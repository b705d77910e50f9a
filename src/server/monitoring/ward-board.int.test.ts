// The ward board keeps the story (issue 11 §8) over HTTP: an acknowledged alert stays on its bed with
// who acknowledged it, when and the action (and its escalation) until the next complete set ends it or
// a new alert replaces it; the beds come most urgent first, an overdue NEWS2 0 below an emergency.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WardBoard } from '../../api/monitoring';
import { newId } from '../../db/ids';
import { raiseAlert } from '../../db/monitoring/ews-alert.repo';
import { caseSets } from '../../db/monitoring/observation-set.repo';
import { beds } from '../../db/schema';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';
import { runEscalation } from './escalation.job';

type Bed = WardBoard['beds'][number];

let t: TestApp;
let nurse: Agent;
const caseOf: Record<string, string> = {};
const MIN = 60_000;

const normal = {
  respirationRate: 16,
  spo2: 97,
  onOxygen: false,
  systolicBp: 120,
  pulse: 75,
  consciousness: 'A',
  temperature: 37,
};
// NEWS2 13: RR 3, SpO2 3, oxygen 2, SBP 2, pulse 2, temperature 1.
const news13 = {
  ...normal,
  respirationRate: 26,
  spo2: 90,
  onOxygen: true,
  systolicBp: 95,
  pulse: 120,
  temperature: 38.5,
};
const news5 = { ...normal, respirationRate: 22, spo2: 93, pulse: 95 };

beforeAll(async () => {
  t = await createTestApp();
  const surgeon = await t.userAgent('surgeon');
  nurse = await t.userAgent('nurse');
  for (const [i, code] of ['1', '2', '3'].entries()) {
    const bedId = newId();
    await t.database.db.insert(beds).values({ id: bedId, wardId: t.wardId, code });
    const patient = await surgeon.post(
      '/api/v1/patients',
      samplePatient({ mrn: `ZY2026010${i}`, name: `患者${code}`, idCard: null }),
    );
    expect(patient.statusCode, patient.body).toBe(201);
    const admission = await surgeon.post('/api/v1/admissions', {
      patientId: patient.json().id,
      wardId: t.wardId,
      bedId,
      admittedAt: '2026-11-20T02:00:00Z',
      attendingDoctor: '李外科',
    });
    expect(admission.statusCode, admission.body).toBe(201);
    const c = await surgeon.post(
      '/api/v1/cases',
      sampleCase(patient.json().id, {
        admissionId: admission.json().id,
        scheduledStart: '2026-11-21T00:30:00Z',
        orRoom: i % 2 ? 'OR-02' : 'OR-01',
      }),
    );
    expect(c.statusCode, c.body).toBe(201);
    caseOf[code] = c.json().id;
  }
});
afterAll(async () => t?.close());

const post = async (bed: string, values: object, takenAt = t.clock.now.toISOString()) => {
  const res = await nurse.post(`/api/v1/cases/${caseOf[bed]}/observation-sets`, { takenAt, values });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const board = async (): Promise<Bed[]> => {
  const res = await nurse.get(`/api/v1/wards/${t.wardId}/board`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().beds;
};
const bedOf = async (code: string) => (await board()).find((b) => b.bedCode === code)!;

describe('the ward board keeps the story', () => {
  it('ranks an emergency first and an overdue NEWS2 0 bed below it, in a standing of its own', async () => {
    // Bed 2: NEWS2 0 taken 13 h ago, due 12-hourly: an hour overdue.
    await post('2', normal, new Date(t.clock.now.getTime() - 13 * 60 * MIN).toISOString());
    expect((await board()).map((b) => [b.bedCode, b.standing])).toEqual([
      ['2', 'overdue'],
      ['1', 'quiet'],
      ['3', 'quiet'],
    ]);
    const saved = await post('1', news13);
    expect(saved).toMatchObject({ total: 13, band: 'high', alert: { type: 'emergency' } });
    expect((await board()).map((b) => [b.bedCode, b.standing])).toEqual([
      ['1', 'emergency'],
      ['2', 'overdue'],
      ['3', 'quiet'],
    ]);
  });

  it('an acknowledged alert stays on its bed with who, when, the action and its escalation', async () => {
    const raisedAt = t.clock.now.toISOString();
    t.clock.advance(6 * MIN);
    expect((await runEscalation(t.database, t.app.ctx.hub, t.clock.now)).escalated).toBe(1);
    const open = (await bedOf('1')).alerts[0]!;
    expect(open).toMatchObject({ type: 'emergency', escalatedAt: t.clock.now.toISOString() });
    t.clock.advance(2 * MIN);
    const ack = await nurse.post(`/api/v1/ews-alerts/${open.id}/ack`, {
      action: 'rapid_response',
      note: '快速反应小组已到床旁',
      version: open.version,
    });
    expect(ack.statusCode, ack.body).toBe(200);

    const bed = await bedOf('1');
    expect(bed.alerts).toEqual([]);
    expect(bed.standing).toBe('acknowledged');
    expect(bed.acknowledged).toEqual([
      {
        id: open.id,
        type: 'emergency',
        label: { zh: '紧急抢救（NEWS2 ≥ 7）', en: 'Emergency response (NEWS2 ≥ 7)' },
        raisedAt,
        total: 13,
        escalatedAt: open.escalatedAt,
        action: 'rapid_response',
        note: '快速反应小组已到床旁',
        acknowledgedBy: nurse.userId,
        acknowledgedByName: '测试nurse',
        acknowledgedAt: t.clock.now.toISOString(),
      },
    ]);
    // Below the overdue bed, above the quiet one.
    expect((await board()).map((b) => b.bedCode)).toEqual(['2', '1', '3']);
  });

  it('an incomplete set does not end the story; the next complete set without an alert does', async () => {
    t.clock.advance(5 * MIN);
    await post('1', { ...normal, consciousness: null });
    expect((await bedOf('1')).acknowledged).toHaveLength(1);
    t.clock.advance(5 * MIN);
    // A set recorded after the fact, taken before the alerting one, is not the next set.
    await post('1', normal, new Date(t.clock.now.getTime() - 60 * MIN).toISOString());
    expect((await bedOf('1')).acknowledged).toHaveLength(1);
    expect((await post('1', normal)).alert).toBeNull();
    const bed = await bedOf('1');
    expect(bed.acknowledged).toEqual([]);
    expect(bed.standing).toBe('quiet');
  });

  it('a new alert replaces the story: the open alert shows, the older acknowledgement does not', async () => {
    t.clock.advance(5 * MIN);
    const urgent = (await post('3', news5)).alert;
    expect(urgent.type).toBe('urgent');
    const version = (await bedOf('3')).alerts[0]!.version;
    await nurse.post(`/api/v1/ews-alerts/${urgent.id}/ack`, { action: 'reviewed', version });
    expect((await bedOf('3')).acknowledged.map((a) => a.type)).toEqual(['urgent']);
    t.clock.advance(30 * MIN);
    await post('3', news13);
    const bed = await bedOf('3');
    expect(bed.alerts.map((a) => a.type)).toEqual(['emergency']);
    expect(bed.acknowledged).toEqual([]);
    expect(bed.standing).toBe('emergency');
    expect((await board())[0]!.bedCode).toBe('3');
  });

  it('an acknowledged overdue alert stays with the set that fell due, until the next set', async () => {
    // Bed 2's case is still scheduled, so the job raises no overdue alert for it: raised here as the job would.
    const [late] = await caseSets(t.database.db, caseOf['2']!);
    const raised = await raiseAlert(t.database.db, {
      caseId: late!.caseId,
      patientId: late!.patientId,
      wardId: late!.wardId,
      setId: late!.id,
      type: 'overdue',
      raisedAt: t.clock.now,
    });
    expect((await bedOf('2')).alerts.map((a) => a.type)).toEqual(['overdue']);
    t.clock.advance(MIN);
    await nurse.post(`/api/v1/ews-alerts/${raised.id}/ack`, { action: 'reviewed', version: 1 });
    const bed = await bedOf('2');
    expect(bed.alerts).toEqual([]);
    expect(bed.acknowledged).toMatchObject([{ type: 'overdue', total: 0, action: 'reviewed' }]);
    // Still past due: the bed stays overdue, not red.
    expect(bed.standing).toBe('overdue');
    await post('2', normal);
    expect(await bedOf('2')).toMatchObject({ acknowledged: [], standing: 'quiet' });
  });
});
