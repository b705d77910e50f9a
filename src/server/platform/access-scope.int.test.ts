// One access scope for every route and realtime topic: users limited to ward 2, of every clinical
// role, ask for everything the API has, with ward 1's ids in every path; nothing of ward 1 comes back
// and nothing of ward 1 changes, while their own ward's data does come back.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { newId } from '../../db/ids';
import { beds, followupTasks, wards } from '../../db/schema';
import { type Permission, ROLE_PERMISSIONS, type Role } from '../../domain/auth/permissions';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';

let t: TestApp;
let staff: Record<'surgeon' | 'nurse' | 'anesthesiologist', Agent>;
const ward2 = newId();
const CLINICAL: Role[] = ['anesthesiologist', 'surgeon', 'nurse', 'followup', 'quality', 'viewer'];
type WardData = { patientId: string; caseId: string; name: string; mrn: string; ids: string[] };
let one: WardData;
let two: WardData;
const today = '2026-11-22';

const news7 = {
  respirationRate: 22,
  spo2: 95,
  onOxygen: true,
  systolicBp: 105,
  pulse: 95,
  consciousness: 'A',
  temperature: 37,
};

async function wardWithPatient(wardId: string, mrn: string, name: string, room: string): Promise<WardData> {
  const bedId = newId();
  await t.database.db.insert(beds).values({ id: bedId, wardId, code: `B${mrn.slice(-1)}` });
  const patientId = (
    await staff.surgeon.post('/api/v1/patients', samplePatient({ mrn, name, idCard: null }))
  ).json().id as string;
  const admission = await staff.surgeon.post('/api/v1/admissions', {
    patientId,
    wardId,
    bedId,
    admittedAt: '2026-11-20T02:00:00Z',
    attendingDoctor: '李外科',
  });
  expect(admission.statusCode, admission.body).toBe(201);
  const created = await staff.surgeon.post(
    '/api/v1/cases',
    sampleCase(patientId, {
      admissionId: admission.json().id,
      orRoom: room,
      scheduledStart: `${today}T00:30:00Z`,
    }),
  );
  expect(created.statusCode, created.body).toBe(201);
  const caseId = created.json().id as string;
  const set = await staff.nurse.post(`/api/v1/cases/${caseId}/observation-sets`, {
    takenAt: t.clock.now.toISOString(),
    values: news7,
  });
  expect(set.statusCode, set.body).toBe(200);
  const alertId = set.json().alert?.id as string;
  const complication = await staff.surgeon.post(`/api/v1/cases/${caseId}/complications`, {
    type: 'pneumonia',
    onsetAt: t.clock.now.toISOString(),
    grade: 'II',
  });
  expect(complication.statusCode, complication.body).toBeLessThan(300);
  const taskId = newId();
  await t.database.db.insert(followupTasks).values({
    id: taskId,
    caseId,
    patientId,
    kind: 'day28_call',
    dueAt: t.clock.now,
    createdAt: t.clock.now,
  });
  // A case for tomorrow, still awaiting its pre-anesthesia visit (the 待访视 worklist).
  const tomorrow = await staff.surgeon.post(
    '/api/v1/cases',
    sampleCase(patientId, {
      admissionId: admission.json().id,
      orRoom: room,
      scheduledStart: '2026-11-23T00:30:00Z',
    }),
  );
  expect(tomorrow.statusCode, tomorrow.body).toBe(201);
  const into = await staff.nurse.post(`/api/v1/cases/${caseId}/transitions`, {
    to: 'in_room',
    at: '2026-11-22T01:00:00Z',
    version: created.json().version,
  });
  expect(into.statusCode, into.body).toBe(200);
  return {
    patientId,
    caseId,
    name,
    mrn,
    ids: [patientId, caseId, tomorrow.json().id, alertId, complication.json().id, taskId],
  };
}

beforeAll(async () => {
  t = await createTestApp();
  await t.database.db.insert(wards).values({ id: ward2, code: 'W2', name: '胸外二病区' });
  staff = {
    surgeon: await t.userAgent('surgeon'),
    nurse: await t.userAgent('nurse'),
    anesthesiologist: await t.userAgent('anesthesiologist'),
  };
  one = await wardWithPatient(t.wardId, 'ZY1000001', '甲病区患者', 'OR-01');
  two = await wardWithPatient(ward2, 'ZY2000002', '乙病区患者', 'OR-02');
});
afterAll(async () => t?.close());

/** Every marker of ward 1's patient that must never reach a ward 2 user. */
const leaks = (body: string): string[] =>
  [one.name, one.mrn, ...one.ids].filter((marker) => marker && body.includes(marker));

describe('one access scope', () => {
  it('no route gives a ward-limited user of any clinical role anything of another ward, nor changes it', async () => {
    const routes = t.app.routeTable.filter(
      // Self-management (log out, own password) holds no patient data and would end the test's sessions.
      (r) =>
        r.url.startsWith('/api/v1/') &&
        !r.url.startsWith('/api/v1/auth/') &&
        !r.url.endsWith('/ws') &&
        r.permission &&
        r.method !== 'HEAD',
    );
    const problems: string[] = [];
    let requests = 0;
    let ownSeen = 0;
    for (const role of CLINICAL) {
      const limited = await t.userAgent(role, { wardIds: [ward2] });
      for (const r of routes) {
        if (!ROLE_PERMISSIONS[role].has(r.permission as Permission)) continue;
        const targets = r.url.includes(':') ? one.ids : [''];
        for (const target of targets) {
          const url = r.url.replace(/:[A-Za-z]+/g, target).replace('/cases?', '/cases?') + queryFor(r.url);
          const res = await t.app.inject({
            method: r.method as 'GET',
            url,
            headers: {
              cookie: limited.cookie,
              ...(r.method !== 'GET' ? { 'content-type': 'application/json' } : {}),
            },
            ...(r.method !== 'GET' ? { payload: '{}' } : {}),
          });
          requests += 1;
          const found = leaks(res.body);
          if (found.length > 0)
            problems.push(`${role} ${r.method} ${url} → ${res.statusCode} shows ${found.join(', ')}`);
          if (r.url.includes(':') && res.statusCode >= 200 && res.statusCode < 300)
            problems.push(`${role} ${r.method} ${url} → ${res.statusCode} on another ward's record`);
          if (res.body.includes(two.caseId)) ownSeen += 1;
        }
      }
    }
    console.info(`access scope: ${requests} requests by ${CLINICAL.length} ward-limited roles`);
    expect(problems).toEqual([]);
    // Not vacuous: the same users do see their own ward's patient.
    expect(ownSeen).toBeGreaterThan(CLINICAL.length);
  });

  it('a ward-limited nurse sees her own ward on the board, the worklists and the ward board', async () => {
    const nurse = await t.userAgent('nurse', { wardIds: [ward2] });
    const board = (await nurse.get(`/api/v1/cases?date=${today}`)).json();
    expect(board.items.map((c: { id: string }) => c.id)).toEqual([two.caseId]);
    expect((await nurse.get(`/api/v1/wards/${ward2}/board`)).statusCode).toBe(200);
    expect((await nurse.get(`/api/v1/wards/${t.wardId}/board`)).statusCode).toBe(404);
    const pending = (await nurse.get('/api/v1/worklists/pending-visits')).json().items;
    expect(pending.map((c: { patientName: string }) => c.patientName)).toEqual([two.name]);
    const none = await t.userAgent('nurse', { wardIds: [] });
    expect((await none.get(`/api/v1/cases?date=${today}`)).json().items).toEqual([]);
  });

  it('the viewer sees the OR board without patient identifiers', async () => {
    const viewer = await t.userAgent('viewer');
    const board = (await viewer.get(`/api/v1/cases?date=${today}`)).json();
    expect(board.items.length).toBe(2);
    for (const marker of [one.name, one.mrn, two.name, two.mrn])
      expect(JSON.stringify(board)).not.toContain(marker);
    expect(board.items[0].patient.name).toMatch(/^[甲乙]\*+$/);
  });

  it('realtime: topics of another ward are refused, and board events of another ward never arrive', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as AddressInfo).port;
    const nurse = await t.userAgent('nurse', { wardIds: [ward2] });
    const ws = new WebSocket(`ws://127.0.0.1:${port}/api/v1/ws`, { headers: { cookie: nurse.cookie } });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const received: Record<string, unknown>[] = [];
    ws.on('message', (data) => received.push(JSON.parse(data.toString()) as Record<string, unknown>));
    const theirs = [`case:${one.caseId}`, `patient:${one.patientId}`, `ward:${t.wardId}`, 'or_room:OR-01'];
    const ours = [`board:${today}`, `case:${two.caseId}`, `patient:${two.patientId}`, `ward:${ward2}`];
    ws.send(JSON.stringify({ type: 'subscribe', topics: [...theirs, ...ours] }));
    await expect.poll(() => received.find((m) => m.type === 'subscribed')).toBeTruthy();
    expect(received.find((m) => m.type === 'subscribed')).toMatchObject({ topics: ours, refused: theirs });

    for (const c of [one, two]) {
      const current = (await staff.nurse.get(`/api/v1/cases/${c.caseId}`)).json();
      const moved = await staff.anesthesiologist.post(`/api/v1/cases/${c.caseId}/transitions`, {
        to: 'anesthesia_start',
        at: '2026-11-22T01:10:00Z',
        version: current.version,
        reason: '测试',
        override: { reason: '测试：核查另行记录' },
      });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    await expect
      .poll(() => received.filter((m) => m.type === 'event' && JSON.stringify(m).includes(two.caseId)).length)
      .toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(received.filter((m) => m.type === 'event' && leaks(JSON.stringify(m)).length > 0)).toEqual([]);
    ws.close();
  });
});

/** The query a list route needs to answer at all (a date, a period). */
function queryFor(url: string): string {
  if (url === '/api/v1/cases') return `?date=${today}`;
  if (url === '/api/v1/reports/ews-response') return '?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z';
  if (url === '/api/v1/patients') return '?q=ZY';
  return '';
}
