// Two server instances on one database: a change made through one reaches a WebSocket client of the
// other through PostgreSQL LISTEN/NOTIFY.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type Database, openDatabase } from '../../db/client';
import { buildApp } from '../app';
import { defaultConfig } from '../config';
import {
  type Agent,
  agent,
  createTestApp,
  login,
  sampleCase,
  samplePatient,
  type TestApp,
} from '../testing/test-app';

let t: TestApp;
let second: { app: FastifyInstance; database: Database | null; drop?: () => Promise<void> };
let nurseOnA: Agent;
let caseId: string;
let version: number;

beforeAll(async () => {
  t = await createTestApp();
  const surgeon = await t.userAgent('surgeon');
  nurseOnA = await t.userAgent('nurse', { username: 'rt_nurse' });
  const patientId = (await surgeon.post('/api/v1/patients', samplePatient())).json().id;
  const created = (await surgeon.post('/api/v1/cases', sampleCase(patientId))).json();
  caseId = created.id;
  version = created.version;
  // Instance B: its own connection pool on PostgreSQL; on PGlite (one process) the same database handle.
  const database = t.database.url
    ? await openDatabase({ kind: 'postgresql', url: t.database.url, poolSize: 3 })
    : null;
  const app = await buildApp({
    database: database ?? t.database,
    config: defaultConfig({ LOG_LEVEL: 'silent' }),
    clock: () => t.clock.now,
    logger: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  second = { app, database };
});

afterAll(async () => {
  await second?.app.close();
  await second?.database?.close();
  await t?.close();
});

function connect(app: FastifyInstance, cookie: string): Promise<WebSocket> {
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api/v1/ws`, { headers: { cookie } });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function nextMessage(ws: WebSocket, predicate: (m: Record<string, unknown>) => boolean, timeoutMs = 2000) {
  return new Promise<Record<string, unknown>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no message in time')), timeoutMs);
    const onMessage = (data: WebSocket.RawData) => {
      const msg = JSON.parse(data.toString()) as Record<string, unknown>;
      if (predicate(msg)) {
        clearTimeout(timer);
        ws.off('message', onMessage);
        resolve(msg);
      }
    };
    ws.on('message', onMessage);
  });
}

describe('realtime across instances', () => {
  it('a transition made on instance A reaches a board subscriber on instance B within a second', async () => {
    const cookie = await login(second.app, 'rt_nurse', 'Test@Periop2026');
    const ws = await connect(second.app, cookie);
    try {
      ws.send(
        JSON.stringify({ type: 'subscribe', topics: ['board:2026-11-22', `case:${caseId}`, 'secret:topic'] }),
      );
      const ack = await nextMessage(ws, (m) => m.type === 'subscribed');
      expect(ack).toMatchObject({
        topics: ['board:2026-11-22', `case:${caseId}`],
        refused: ['secret:topic'],
      });
      const started = performance.now();
      const event = nextMessage(ws, (m) => m.type === 'event' && m.topic === 'board:2026-11-22');
      const res = await nurseOnA.post(`/api/v1/cases/${caseId}/transitions`, {
        to: 'in_room',
        at: '2026-11-22T01:00:00Z',
        version,
      });
      expect(res.statusCode).toBe(200);
      const msg = await event;
      expect(performance.now() - started).toBeLessThan(1000);
      expect(msg.event).toMatchObject({
        type: 'case.transition',
        id: caseId,
        version: version + 1,
        data: { status: 'in_room' },
      });
    } finally {
      ws.close();
    }
  });

  it('disabling a user on instance A ends their cached session on instance B at once', async () => {
    const admin = await t.userAgent('admin');
    await t.userAgent('nurse', { username: 'rt_disable_me' });
    const onB = agent(second.app, await login(second.app, 'rt_disable_me', 'Test@Periop2026'));
    expect((await onB.get('/api/v1/auth/me')).statusCode).toBe(200); // now cached on B
    const users = (await admin.get('/api/v1/users')).json().items as {
      id: string;
      username: string;
      version: number;
    }[];
    const target = users.find((u) => u.username === 'rt_disable_me')!;
    const disabled = await admin.put(`/api/v1/users/${target.id}`, {
      displayName: '停用测试',
      disabled: true,
      version: target.version,
    });
    expect(disabled.statusCode).toBe(200);
    await expect
      .poll(async () => (await onB.get('/api/v1/auth/me')).statusCode, { timeout: 1000, interval: 50 })
      .toBe(401);
  });

  it('refuses a WebSocket without a session', async () => {
    await expect(connect(second.app, '')).rejects.toThrow(/401/);
    const viewer = agent(second.app, '');
    expect((await viewer.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('a rolled-back change announces nothing', async () => {
    const cookie = await login(second.app, 'rt_nurse', 'Test@Periop2026');
    const ws = await connect(second.app, cookie);
    try {
      ws.send(JSON.stringify({ type: 'subscribe', topics: [`case:${caseId}`] }));
      await nextMessage(ws, (m) => m.type === 'subscribed');
      const bad = await nurseOnA.post(`/api/v1/cases/${caseId}/transitions`, {
        to: 'ward',
        at: '2026-11-22T01:10:00Z',
        version: version + 1,
      });
      expect(bad.statusCode).toBe(409);
      await expect(nextMessage(ws, (m) => m.type === 'event', 500)).rejects.toThrow(/no message/);
    } finally {
      ws.close();
    }
  });
});
