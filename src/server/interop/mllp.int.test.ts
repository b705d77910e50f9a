// Device messages over real TCP in each vendor convention: stored values, units, channels and
// times; quarantine; duplicates; and the faults a listener must survive.
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interopInbox } from '../../db/schema';
import { maskPatientSegments } from '../../domain/interop/mask';
import { type Agent, createTestApp, sampleCase, samplePatient, type TestApp } from '../testing/test-app';
import { ackCode, MllpClient } from './mllp-client';
import { type MllpListener, startMllpListener } from './mllp-listener';

let t: TestApp;
let admin: Agent;
let nurse: Agent;
let listener: MllpListener;
let caseId: string;

const IHE_EUI = '00A0370000000A01';
const seg = (...lines: string[]) => lines.join('\r');
/** The inbox's stored bytes, read from the database: the API never gives them out. */
const keptBytes = async () =>
  (await t.database.db.select({ b: interopInbox.rawBytes }).from(interopInbox)).flatMap((r) =>
    r.b ? [r.b] : [],
  );
const ihe = (controlId: string, time: string, hr: number) =>
  seg(
    `MSH|^~\\&|MINDRAY_^${IHE_EUI}^EUI-64||||${time}000+0800||ORU^R01^ORU_R01|${controlId}|P|2.6|||AL|NE||UNICODE UTF-8`,
    'PID|||ZY20260001',
    'OBR|1',
    'OBX|1||69965^MDC_DEV_MON_PHYSIO_MULTI_PARAM_MDS^MDC|1|||||||X',
    `OBX|2|NM|147842^MDC_ECG_HEART_RATE^MDC|1.13.1.1|${hr}|264864^MDC_DIM_BEAT_PER_MIN^MDC|||||R|||${time}+0800`,
    `OBX|3|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC|1.7.1.1|97|262688^MDC_DIM_PERCENT^MDC|||||R|||${time}+0800`,
    `OBX|4|NM|150344^MDC_TEMP^MDC|1.2.1.150344|36.2|268192^MDC_DIM_DEGC^MDC|||||R|||${time}+0800`,
    `OBX|5|NM|150344^MDC_TEMP^MDC|1.2.2.150344|96.8|268224^MDC_DIM_FAHR^MDC|||||R|||${time}+0800`,
  );
const pds = (time: string, hr: number) =>
  [
    'MSH|^~\\&|||||||ORU^R01|204|P|2.3.1',
    'PV1||I|^^OR&1&2130706433&0&0',
    `OBR||||Mindray Monitor|||${time}`,
    `OBX||NM|101^HR|2101|${hr}||||||F`,
    'OBX||NM|160^SpO2|2103|-100||||||F',
    'OBX||NM|500^Sys|2116|121||||||F',
  ].join('\n');

const observations = async () =>
  (await nurse.get(`/api/v1/cases/${caseId}/observations`)).json().items as {
    param: string;
    channel: string;
    value: number;
    unit: string;
    observedAt: string;
    observedAtRaw: string | null;
    loinc: string;
  }[];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.userAgent('admin');
  nurse = await t.userAgent('nurse');
  const anesthesia = await t.userAgent('anesthesiologist');
  listener = await startMllpListener(
    t.app.ctx.ingestor,
    {
      port: 0,
      host: '127.0.0.1',
      defaultCharset: 'utf8',
      maxFrameBytes: 1_048_576,
      frameTimeoutMs: 600,
      idleTimeoutMs: 60_000,
    },
    t.app.log,
  );
  const surgeon = await t.userAgent('surgeon');
  const patientId = (await surgeon.post('/api/v1/patients', samplePatient())).json().id;
  const c = (await surgeon.post('/api/v1/cases', sampleCase(patientId, { orRoom: 'OR-01' }))).json();
  caseId = c.id;
  const moved = await anesthesia.post(`/api/v1/cases/${caseId}/transitions`, {
    to: 'in_room',
    at: '2026-11-22T01:30:00Z',
    version: c.version,
  });
  expect(moved.statusCode).toBe(200);
  for (const body of [
    {
      vendor: 'mindray',
      model: 'BeneVision N17',
      identifier: IHE_EUI,
      placeKind: 'or_room',
      placeCode: 'OR-01',
    },
    {
      vendor: 'mindray',
      model: 'iPM 12 (PDS)',
      identifier: 'PDS-OR01',
      address: '127.0.0.1',
      placeKind: 'or_room',
      placeCode: 'OR-01',
    },
  ]) {
    const res = await admin.post('/api/v1/devices', body);
    expect(res.statusCode, res.body).toBe(201);
  }
});

afterAll(async () => {
  await listener.close();
  await t.close();
});

describe('the MLLP device interface', () => {
  it('stores a Mindray IHE message after acknowledging it: codes, units, channels and times', async () => {
    const client = await MllpClient.open(listener.port);
    const ack = ackCode(await client.send(ihe('11', '20261122093000', 72)));
    expect(ack).toMatchObject({ code: 'AA', controlId: '11' });
    const items = await observations();
    expect(items.map((o) => [o.param, o.channel, o.value, o.unit])).toEqual([
      ['hr', '1.13.1.1', 72, '/min'],
      ['spo2', '1.7.1.1', 97, '%'],
      ['temp', '1.2.1.150344', 36.2, 'Cel'],
      ['temp', '1.2.2.150344', 36, 'Cel'],
    ]);
    expect(items[0]).toMatchObject({
      observedAt: '2026-11-22T01:30:00.000Z',
      observedAtRaw: '20261122093000+0800',
      loinc: '8867-4',
    });
    await client.close();
  });

  it('changes nothing when a message is repeated, but keeps Mindray PDS messages that reuse MSH-10', async () => {
    const client = await MllpClient.open(listener.port);
    const before = (await observations()).length;
    expect(ackCode(await client.send(ihe('11', '20261122093000', 72))).code).toBe('AA');
    expect((await observations()).length).toBe(before);
    // PDS: no MSH-3, identified by its address; MSH-10 "204" every second; local time; -100 skipped.
    expect(ackCode(await client.send(pds('20261122093100', 80))).code).toBe('AA');
    expect(ackCode(await client.send(pds('20261122093101', 81))).code).toBe('AA');
    expect(ackCode(await client.send(pds('20261122093101', 81))).code).toBe('AA');
    const pdsHr = (await observations()).filter((o) => o.param === 'hr' && o.channel === '2101#101');
    expect(pdsHr.map((o) => [o.value, o.observedAt])).toEqual([
      [80, '2026-11-22T01:31:00.000Z'],
      [81, '2026-11-22T01:31:01.000Z'],
    ]);
    expect((await observations()).some((o) => o.param === 'spo2' && o.channel.startsWith('2103'))).toBe(
      false,
    );
    await client.close();
  });

  it('quarantines a message from an unknown device, then replays it once the device is registered', async () => {
    const client = await MllpClient.open(listener.port);
    const unknown = ihe('q1', '20261122093200', 90).replace(IHE_EUI, '00A0370000000B02');
    expect(ackCode(await client.send(unknown)).code).toBe('AA');
    await client.close();
    const inbox = (await admin.get('/api/v1/interop/inbox?status=quarantined')).json().items;
    const entry = inbox.find((m: { deviceHint: string }) => m.deviceHint === '00A0370000000B02');
    expect(entry).toMatchObject({ reason: expect.stringContaining('未登记'), messageType: 'ORU^R01' });
    expect(entry.raw).toBe(maskPatientSegments(unknown));
    expect((await observations()).some((o) => o.value === 90)).toBe(false);
    expect((await nurse.get('/api/v1/interop/inbox')).statusCode).toBe(403);

    await admin.post('/api/v1/devices', {
      vendor: 'mindray',
      model: 'N12',
      identifier: '00a0370000000b02',
      placeKind: 'or_room',
      placeCode: 'OR-01',
    });
    const replay = await admin.post(`/api/v1/interop/inbox/${entry.id}/replay`);
    expect(replay.json()).toMatchObject({ outcome: 'stored' });
    expect((await observations()).some((o) => o.param === 'hr' && o.value === 90)).toBe(true);
    expect((await admin.post(`/api/v1/interop/inbox/${entry.id}/replay`)).statusCode).toBe(409);
  });

  it('reads Philips MDIL with CRLF, GB18030 from MSH-18, and escape sequences', async () => {
    await admin.post('/api/v1/devices', {
      vendor: 'philips',
      model: 'Efficia CM12',
      identifier: 'EFFICIA-OR01',
      address: '127.0.0.2',
      placeKind: 'or_room',
      placeCode: 'OR-02',
    });
    const client = await MllpClient.open(listener.port);
    // Philips identifies itself only as ^EfficiaCM; bind it to this case by hand for the test.
    const devices = (await admin.get('/api/v1/devices')).json().items;
    const philips = devices.find((d: { identifier: string }) => d.identifier === 'EFFICIA-OR01');
    const bound = await nurse.post(`/api/v1/devices/${philips.id}/binding`, {
      caseId,
      version: philips.version,
    });
    expect(bound.statusCode, bound.body).toBe(200);
    await admin.put(`/api/v1/devices/${philips.id}`, {
      vendor: 'philips',
      model: 'Efficia CM12',
      identifier: 'EFFICIACM',
      placeKind: 'or_room',
      placeCode: 'OR-02',
      version: bound.json().version,
    });
    const philipsMsg = [
      'MSH|^~\\&|^EfficiaCM||||20261122093300||ORF^R04|P1|P|2.3',
      'OBX|1|NM|0002-4182^HR^MDIL|0|66|0004-0aa0^bpm^MDIL|||||F',
      'OBX|2|NM|0002-4a05^NBPs^MDIL|0||0004-0f20^mmHg^MDIL|||||X',
    ].join('\r\n');
    expect(ackCode(await client.send(philipsMsg)).code).toBe('AA');
    expect((await observations()).some((o) => o.param === 'hr' && o.value === 66)).toBe(true);

    const gb = iconv.encode(
      seg(
        `MSH|^~\\&|MINDRAY_^${IHE_EUI}^EUI-64||||20261122093400+0800||ORU^R01|G1|P|2.6||||||GB 18030-2000`,
        'PID|||ZY20260001||张三\\S\\测试',
        'OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.13.1.1|77|^MDC_DIM_BEAT_PER_MIN|||||R|||20261122093400+0800',
      ),
      'gb18030',
    );
    const ack = await client.send(gb);
    expect(ackCode(ack).code).toBe('AA');
    expect((await observations()).some((o) => o.value === 77)).toBe(true);
    await client.close();
  });

  it('answers malformed messages with AR/AE and an ERR segment, keeping their raw text', async () => {
    const client = await MllpClient.open(listener.port);
    const noMsh = ackCode(await client.send('PID|||1\rOBX|1|NM|147842^HR^MDC||60'));
    expect(noMsh.code).toBe('AR');
    expect(noMsh.error).toContain('MSH');
    // An ADT is read as one (no longer an unsupported type): this one lacks the patient's name (PID-5).
    const adt = ackCode(await client.send('MSH|^~\\&|A||||20261122||ADT^A01|A9|P|2.6\rPID|||1'));
    expect(adt).toMatchObject({ code: 'AE', controlId: 'A9' });
    const garbage = ackCode(await client.send(Buffer.from([0xff, 0x00, 0x13, 0x37, 0x80, 0x81])));
    expect(garbage.code).toBe('AR');
    const charset = ackCode(
      await client.send('MSH|^~\\&|A||||20261122||ORU^R01|C1|P|2.6||||||EBCDIC\rOBX|1|NM|147842^HR^MDC||60'),
    );
    expect(charset.code).toBe('AR');
    // The same connection goes on serving good messages.
    expect(ackCode(await client.send(ihe('11b', '20261122093500', 70))).code).toBe('AA');
    await client.close();
    const rejected = (await admin.get('/api/v1/interop/inbox?status=rejected')).json().items;
    expect(
      rejected.some(
        (m: { controlId: string; raw: string }) => m.controlId === 'A9' && m.raw.includes('ADT^A01'),
      ),
    ).toBe(true);
    // Bytes PostgreSQL text cannot hold (NUL, invalid UTF-8) are kept exactly beside the readable copy.
    const kept = await keptBytes();
    expect(kept.some((b) => b.equals(Buffer.from([0xff, 0x00, 0x13, 0x37, 0x80, 0x81])))).toBe(true);
    expect(rejected.some((m: { raw: string }) => m.raw.includes('\\X00\\'))).toBe(true);
  });

  it('keeps a quarantined message byte for byte, and replays it in the charset of the device registered later', async () => {
    const client = await MllpClient.open(listener.port);
    // GB18030 without MSH-18, so only the device's registered charset can read it; a NUL in a note.
    const bytes = Buffer.concat([
      iconv.encode(
        seg(
          'MSH|^~\\&|MINDRAY_^00A0370000000C03^EUI-64||||20261122093400+0800||ORU^R01|N1|P|2.6',
          'PID|||ZY20260001||张三',
          'OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.13.1.1|66|^MDC_DIM_BEAT_PER_MIN|||||R|||20261122093400+0800',
          'NTE|1||',
        ),
        'gb18030',
      ),
      Buffer.from([0x00]),
    ]);
    expect(ackCode(await client.send(bytes)).code).toBe('AA');
    await client.close();
    const inbox = (await admin.get('/api/v1/interop/inbox?status=quarantined')).json().items;
    const entry = inbox.find((m: { controlId: string }) => m.controlId === 'N1');
    expect((await keptBytes()).some((b) => b.equals(bytes))).toBe(true);
    expect(entry.raw).toContain('\\X00\\');
    // The system administrator sees the message without the patient (三员分立).
    expect(entry.raw).not.toContain('张三');
    expect(entry.raw).toContain('PID|||***||***');

    await admin.post('/api/v1/devices', {
      vendor: 'mindray',
      model: 'T8',
      identifier: '00A0370000000C03',
      charset: 'gb18030',
      placeKind: 'or_room',
      placeCode: 'OR-02',
    });
    expect((await admin.post(`/api/v1/interop/inbox/${entry.id}/replay`)).json()).toMatchObject({
      outcome: 'stored',
    });
    expect((await observations()).some((o) => o.value === 66)).toBe(true);
  });

  it('refuses an oversized frame and cuts off a trickling sender, while other devices are served', async () => {
    const good = await MllpClient.open(listener.port);
    const big = await MllpClient.open(listener.port);
    const huge = Buffer.alloc(2 * 1024 * 1024, 0x41);
    huge.write('MSH|^~\\&|');
    const nak = ackCode(await big.send(huge));
    expect(nak.code).toBe('AR');
    expect(nak.error).toContain('字节');
    await new Promise((r) => setTimeout(r, 100));
    expect(big.isClosed).toBe(true);

    const slow = await MllpClient.open(listener.port);
    slow.write(Buffer.from([0x0b]));
    slow.write(Buffer.from('M'));
    const started = Date.now();
    while (!slow.isClosed && Date.now() - started < 3000) {
      slow.write(Buffer.from('S'));
      expect(ackCode(await good.send(ihe(`g${Date.now()}`, '20261122093600', 71))).code).toBe('AA');
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(slow.isClosed).toBe(true);
    await good.close();
  });

  it('acknowledges concurrent messages after one shared commit (group commit)', async () => {
    const before = t.app.ctx.ingestor.stats.batches;
    const clients = await Promise.all([1, 2, 3, 4, 5].map(() => MllpClient.open(listener.port)));
    const acks = await Promise.all(
      clients.flatMap((c, k) =>
        Array.from({ length: 40 }, (_, i) =>
          c.send(ihe(`b${k}-${i}`, `202611221000${String(i).padStart(2, '0')}`, 60 + k)),
        ),
      ),
    );
    expect(acks.map((a) => ackCode(a).code)).toEqual(Array(200).fill('AA'));
    const batches = t.app.ctx.ingestor.stats.batches - before;
    expect(batches).toBeLessThan(200);
    await Promise.all(clients.map((c) => c.close()));
  });

  it('validates the observation query', async () => {
    const res = await nurse.get(
      `/api/v1/cases/${caseId}/observations?from=2026-11-22T02:00:00Z&to=2026-11-22T01:00:00Z`,
    );
    expect(res.statusCode).toBe(400);
    expect((await nurse.get(`/api/v1/cases/${caseId}/observations?from=yesterday`)).statusCode).toBe(400);
  });
});
