// ADT from the HIS over real MLLP TCP, on the listener the monitors use (issue 13 "Done when"): A01 → A02 → A03
// in UTF-8 and in GB18030 (with and without MSH-18) creates, moves and discharges an admission, and sending it
// again changes nothing; an unknown ward is kept in the inbox with its AE; an unknown event is AR, a malformed
// message AE, and the connection goes on serving the next message.
import { eq } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids';
import {
  admissions,
  adtMessages,
  auditLog,
  bedRooms,
  bedStays,
  beds,
  interopInbox,
  patients,
  wards,
} from '../../db/schema';
import { type AdtParts, adtMessage } from '../../domain/interop/adt-fixture';
import { ackCode, MllpClient } from '../interop/mllp-client';
import { decodeIncoming, type MllpListener, startMllpListener } from '../interop/mllp-listener';
import { createTestApp, type TestApp } from '../testing/test-app';
import { AdtService } from './adt.service';

let t: TestApp;
let listener: MllpListener;
const bed: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  t.app.ctx.ingestor.attachAdt(new AdtService(t.app.ctx, t.app.log));
  const db = t.database.db;
  for (const w of ['XW1', 'XW2']) {
    const wardId = newId();
    await db.insert(wards).values({ id: wardId, code: w, name: `胸外${w.slice(2)}病区` });
    const roomId = newId();
    await db.insert(bedRooms).values({ id: roomId, wardId, code: '08' });
    for (const code of ['01', '02', '03', '04']) {
      bed[`${w}-${code}`] = newId();
      await db.insert(beds).values({ id: bed[`${w}-${code}`]!, wardId, roomId, code });
    }
  }
  listener = await startMllpListener(
    t.app.ctx.ingestor,
    {
      port: 0,
      host: '127.0.0.1',
      // A device default that would garble both: ADT messages do not use it.
      defaultCharset: 'latin1',
      maxFrameBytes: 1_048_576,
      frameTimeoutMs: 2_000,
      idleTimeoutMs: 60_000,
    },
    t.app.log,
  );
});
afterAll(async () => {
  await listener?.close();
  await t?.close();
});

async function counts() {
  const db = t.database.db;
  const n = async (rows: Promise<unknown[]>) => (await rows).length;
  return {
    patients: await n(db.select().from(patients)),
    admissions: await n(db.select().from(admissions)),
    stays: await n(db.select().from(bedStays)),
    messages: await n(db.select().from(adtMessages)),
    inbox: await n(db.select().from(interopInbox)),
    audit: await n(db.select().from(auditLog)),
  };
}

type Encoding = { name: string; encode: (text: string) => Buffer; msh18: (string | null)[] };
const UTF8: Encoding = {
  name: 'UTF-8',
  encode: (text) => Buffer.from(text, 'utf8'),
  msh18: ['UNICODE UTF-8', null, 'UTF-8'],
};
// 䶮 (GB18030-2005 two bytes FE 9F) and 𠮷 (CJK Extension B, four bytes) are outside GBK.
const GB18030: Encoding = {
  name: 'GB18030',
  encode: (text) => iconv.encode(text, 'gb18030'),
  msh18: ['GB18030', null, null],
};

/** A01 → A02 → A03 of one patient, each message's MSH-18 as the encoding lists it. */
function sequence(n: number, e: Encoding): Buffer[] {
  const who: AdtParts = {
    pid: { 3: `MLLP${n}^^^WINNING^MR`, 5: '刘^䶮', 19: null },
    pv1: { 7: '0456^陈^𠮷', 19: `ZYM${n}` },
  };
  const parts: [string, AdtParts][] = [
    ['A01', { pv1: { 3: `XW2^08^0${n}^^^^^^胸外二病区` } }],
    ['A02', { evn: { 6: '20260316090000' }, pv1: { 3: `XW1^08^0${n}`, 6: `XW2^08^0${n}` } }],
    ['A03', { pv1: { 3: `XW1^08^0${n}`, 36: '2', 45: '20260320100000' } }],
  ];
  return parts.map(([trigger, p], i) =>
    e.encode(
      adtMessage(trigger, {
        msh: { 10: `M${n}-${trigger}`, 18: e.msh18[i] ?? null },
        evn: p.evn ?? {},
        pid: who.pid ?? {},
        pv1: { ...who.pv1, ...p.pv1 },
      }),
    ),
  );
}

describe('ADT over MLLP', () => {
  for (const [n, e] of [
    [1, UTF8],
    [2, GB18030],
  ] as const) {
    it(`A01 → A02 → A03 in ${e.name} creates, moves and discharges the admission; sent again, nothing changes`, async () => {
      const client = await MllpClient.open(listener.port);
      const frames = sequence(n, e);
      if (e === GB18030) expect(frames[0]!.includes(Buffer.from([0xfe, 0x9f]))).toBe(true);
      for (const f of frames) expect(ackCode(await client.send(f))).toMatchObject({ code: 'AA' });

      const db = t.database.db;
      const [p] = await db
        .select()
        .from(patients)
        .where(eq(patients.mrn, `MLLP${n}`));
      expect(p?.name).toBe('刘䶮');
      const [a] = await db
        .select()
        .from(admissions)
        .where(eq(admissions.visitNumber, `ZYM${n}`));
      expect(a).toMatchObject({ patientId: p!.id, source: 'adt', attendingDoctor: '陈𠮷' });
      expect(a!.dischargedAt?.toISOString()).toBe('2026-03-20T02:00:00.000Z');
      expect(a!.dischargeDisposition).toBe('other_hospital');
      const stays = (await db.select().from(bedStays).where(eq(bedStays.admissionId, a!.id))).sort(
        (x, y) => x.fromAt.getTime() - y.fromAt.getTime(),
      );
      expect(stays.map((s) => [s.bedId, s.fromAt.toISOString(), s.toAt?.toISOString(), s.voidedAt])).toEqual([
        [bed[`XW2-0${n}`], '2026-03-14T23:55:00.000Z', '2026-03-16T01:00:00.000Z', null],
        [bed[`XW1-0${n}`], '2026-03-16T01:00:00.000Z', '2026-03-20T02:00:00.000Z', null],
      ]);

      const before = await counts();
      for (const f of frames) expect(ackCode(await client.send(f))).toMatchObject({ code: 'AA' });
      expect(await counts()).toEqual(before);
      await client.close();
    });
  }

  it('decodes ADT by MSH-18, else valid UTF-8, else GB18030 — never by the device default', () => {
    const devices = { charsetFor: () => 'latin1' };
    const text = adtMessage('A01', { msh: { 18: null }, pid: { 5: '刘^䶮' } });
    const gb = decodeIncoming(iconv.encode(text, 'gb18030'), devices, '127.0.0.1', 'latin1');
    expect([gb.charset, gb.text]).toEqual(['gb18030', text]);
    const utf = decodeIncoming(Buffer.from(text, 'utf8'), devices, '127.0.0.1', 'latin1');
    expect([utf.charset, utf.text]).toEqual(['utf8', text]);
    const declared = adtMessage('A01', { msh: { 18: 'GB 18030-2000' } });
    expect(decodeIncoming(iconv.encode(declared, 'gb18030'), devices, '', 'utf8').charset).toBe('gb18030');
    const odd = decodeIncoming(
      Buffer.from(adtMessage('A01', { msh: { 18: 'EBCDIC' } })),
      devices,
      '',
      'utf8',
    );
    expect(odd.error).toContain('EBCDIC');
  });

  it('keeps an ADT for an unknown ward in the inbox with its reason and bytes, answered AE with ERR', async () => {
    const client = await MllpClient.open(listener.port);
    const bytes = iconv.encode(
      adtMessage('A01', {
        msh: { 10: 'WARD-X', 18: null },
        pid: { 3: 'MLLP9^^^WINNING^MR' },
        pv1: { 3: 'XW9^^01' },
      }),
      'gb18030',
    );
    const before = await counts();
    const ack = ackCode(await client.send(bytes));
    expect(ack).toMatchObject({ code: 'AE', controlId: 'WARD-X' });
    expect(await counts()).toEqual({ ...before, inbox: before.inbox + 1 });
    const [row] = await t.database.db.select().from(interopInbox).where(eq(interopInbox.controlId, 'WARD-X'));
    expect(row).toMatchObject({ status: 'quarantined', messageType: 'ADT^A01' });
    expect(row!.reason).toBe('未知病区 XW9（PV1-3）/ unknown ward XW9 (PV1-3)');
    expect(row!.raw).toContain('|张^三|');
    expect(Buffer.compare(row!.rawBytes!, bytes)).toBe(0);
    await client.close();
  });

  it('answers an unknown event AR and a malformed message AE, and applies the next one on the connection', async () => {
    const client = await MllpClient.open(listener.port);
    const a04 = ackCode(await client.send(adtMessage('A04', { msh: { 10: 'EV-1' } })));
    expect(a04).toMatchObject({ code: 'AR', controlId: 'EV-1' });
    expect(a04.error).toContain('不支持的 ADT 事件 A04');
    const noControlId = ackCode(
      await client.send('MSH|^~\\&|WINNING|HIS01|PERIOP|PERIOP|20260315083012||ADT^A01|'),
    );
    expect(noControlId.code).toBe('AE');
    expect(noControlId.error).toContain('MSH-10');
    // What the device interface used to refuse as "unsupported message type" is now read as ADT: no PID-5.
    const bare = await client.send('MSH|^~\\&|A||||20261122||ADT^A01|A9|P|2.6\rPID|||1');
    expect(ackCode(bare)).toMatchObject({ code: 'AE', controlId: 'A9' });
    expect(bare).toContain('ERR||PID^1^5|101^Required field missing^HL70357|');
    const badTime = ackCode(
      await client.send(adtMessage('A01', { msh: { 10: 'EV-2' }, evn: { 2: '2026/03/15' } })),
    );
    expect(badTime).toMatchObject({ code: 'AE', controlId: 'EV-2' });
    const next = adtMessage('A01', {
      msh: { 10: 'EV-3' },
      pid: { 3: 'MLLP8^^^WINNING^MR', 19: null },
      pv1: { 3: 'XW1^08^04', 19: 'ZYM8' },
    });
    expect(ackCode(await client.send(next))).toMatchObject({ code: 'AA', controlId: 'EV-3' });
    expect(client.isClosed).toBe(false);
    const [a] = await t.database.db.select().from(admissions).where(eq(admissions.visitNumber, 'ZYM8'));
    expect(a?.bedId).toBe(bed['XW1-04']);
    const kept = await t.database.db.select().from(interopInbox).where(eq(interopInbox.status, 'rejected'));
    expect(kept.map((r) => r.controlId)).toEqual(expect.arrayContaining(['EV-1', 'A9', 'EV-2']));
    await client.close();
  });
});
