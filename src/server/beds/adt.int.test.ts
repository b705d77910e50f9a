// ADT from the HIS applied through the ingestor (the listener's entry, without TCP): the patient by MRN, the
// admission by visit number, every trigger through the bed service, a repeat that changes nothing, the
// refusals kept in the inbox with the AE that names the field, and the order messages arrive in.
import { and, eq } from 'drizzle-orm';
import pino from 'pino';
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
import { Ingestor } from '../interop/ingest';
import { ackCode } from '../interop/mllp-client';
import { createTestContext, type TestContext } from '../testing/test-context';
import { AdtService, HIS_ACTOR_ID } from './adt.service';

let t: TestContext;
const bed: Record<string, string> = {};
let seq = 0;

/** Sends one ADT message as the listener hands it over; resolves with MSA-1, MSA-2 and ERR. */
async function send(trigger: string, parts: AdtParts = {}) {
  const text = adtMessage(trigger, { ...parts, msh: { 10: `C${++seq}`, ...parts.msh } });
  const r = await t.ctx.ingestor.submit({ text, remoteAddress: '10.8.0.5', receivedAt: t.clock.now });
  const err = r.ack.split('\r').find((l) => l.startsWith('ERR')) ?? '';
  return { ...ackCode(r.ack), outcome: r.outcome, err };
}

const one = async <T>(rows: Promise<T[]>): Promise<T> => {
  const list = await rows;
  expect(list).toHaveLength(1);
  return list[0]!;
};
const admissionOf = (visit: string) =>
  one(t.database.db.select().from(admissions).where(eq(admissions.visitNumber, visit)));
const staysOf = async (admissionId: string) =>
  (await t.database.db.select().from(bedStays).where(eq(bedStays.admissionId, admissionId))).sort(
    (a, b) => a.fromAt.getTime() - b.fromAt.getTime() || a.recordedAt.getTime() - b.recordedAt.getTime(),
  );
const live = (stays: (typeof bedStays.$inferSelect)[]) => stays.filter((s) => !s.voidedAt);
const inboxOf = (controlId: string) =>
  one(t.database.db.select().from(interopInbox).where(eq(interopInbox.controlId, controlId)));
async function counts() {
  const db = t.database.db;
  return {
    patients: (await db.select().from(patients)).length,
    admissions: (await db.select().from(admissions)).length,
    stays: (await db.select().from(bedStays)).length,
    messages: (await db.select().from(adtMessages)).length,
    audit: (await db.select().from(auditLog)).length,
  };
}

/** A patient of its own (MRN, visit number, name) so each test stands alone. */
const person = (n: number, pv1: AdtParts['pv1'] = {}): AdtParts => ({
  pid: { 3: `ADT${n}^^^WINNING^MR`, 5: `测试^${n}号`, 19: null },
  pv1: { 19: `ZY${n}`, ...pv1 },
});
const at = (part: AdtParts, more: AdtParts): AdtParts => ({
  ...part,
  ...more,
  pid: { ...part.pid, ...more.pid },
  pv1: { ...part.pv1, ...more.pv1 },
});

beforeAll(async () => {
  t = await createTestContext();
  t.ctx.ingestor.attachAdt(new AdtService(t.ctx, pino({ level: 'silent' })));
  const db = t.database.db;
  for (const w of ['XW1', 'XW2']) {
    const wardId = newId();
    await db.insert(wards).values({ id: wardId, code: w, name: `胸外${w.slice(2)}病区` });
    const roomId = newId();
    await db.insert(bedRooms).values({ id: roomId, wardId, code: w === 'XW1' ? '0301' : '0805' });
    for (const code of ['01', '02', '03', '08', '09']) {
      bed[`${w}-${code}`] = newId();
      await db.insert(beds).values({ id: bed[`${w}-${code}`]!, wardId, roomId, code });
    }
  }
});
afterAll(async () => t?.close());

describe('ADT from the HIS', () => {
  it('A01 registers the patient by MRN and admits into the PV1-3 bed, audited as the HIS', async () => {
    const ack = await send('A01');
    expect(ack).toMatchObject({ code: 'AA', controlId: `C${seq}`, outcome: 'stored' });
    const p = await one(t.database.db.select().from(patients).where(eq(patients.mrn, '0012345678')));
    expect(p).toMatchObject({ name: '张三', sex: 'male', birthDate: '1965-03-12', phone: '13800138000' });
    expect(p.idCard).toBe('110105196503120013');
    const a = await admissionOf('ZY20260315001');
    expect(a).toMatchObject({
      patientId: p.id,
      source: 'adt',
      attendingDoctor: '李四',
      bedId: bed['XW2-08'],
    });
    // PV1-44 07:55 local.
    expect(a.admittedAt.toISOString()).toBe('2026-03-14T23:55:00.000Z');
    const stays = await staysOf(a.id);
    expect(stays.map((s) => [s.bedId, s.fromAt.toISOString(), s.toAt, s.cause])).toEqual([
      [bed['XW2-08'], '2026-03-14T23:55:00.000Z', null, 'admit'],
    ]);
    const m = await one(
      t.database.db
        .select()
        .from(adtMessages)
        .where(eq(adtMessages.controlId, `C${seq}`)),
    );
    expect(m).toMatchObject({ sender: '["WINNING","HIS01"]', event: 'A01', admissionId: a.id });
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.patientId, p.id));
    expect(audit.every((e) => e.userId === HIS_ACTOR_ID && e.username === 'his-adt')).toBe(true);
    expect(audit.map((e) => `${e.action} ${e.resourceType}`)).toEqual(
      expect.arrayContaining(['create patient', 'create admission', 'import admission']),
    );
    expect(audit.find((e) => e.resourceType === 'patient')?.clientAddress).toBe('10.8.0.5');
  });

  it('a repeated message is acknowledged AA and changes nothing', async () => {
    const before = await counts();
    const again = await t.ctx.ingestor.submit({
      text: adtMessage('A01', { msh: { 10: `C${seq}` } }),
      remoteAddress: '10.8.0.5',
      receivedAt: t.clock.now,
    });
    expect(ackCode(again.ack)).toMatchObject({ code: 'AA', controlId: `C${seq}` });
    expect(await counts()).toEqual(before);
  });

  it('A08 updates the patient and the attending doctor; the same details again write nothing', async () => {
    const a = await admissionOf('ZY20260315001');
    const update = { pid: { 5: '张^三丰', 13: '13900139000' }, pv1: { 7: '0789^赵^六' } };
    expect((await send('A08', update)).code).toBe('AA');
    const p = await one(t.database.db.select().from(patients).where(eq(patients.id, a.patientId)));
    expect(p).toMatchObject({ name: '张三丰', phone: '13900139000', birthDate: '1965-03-12', version: 2 });
    expect((await admissionOf('ZY20260315001')).attendingDoctor).toBe('赵六');
    const before = await counts();
    expect((await send('A08', update)).code).toBe('AA');
    const after = await counts();
    // Only the message's claim and its import entry: no patient or admission write.
    expect(after).toEqual({ ...before, messages: before.messages + 1, audit: before.audit + 1 });
  });

  it('A02 moves, A12 moves back, A03 discharges with PV1-36, A13 takes the discharge back', async () => {
    const p = person(1);
    expect((await send('A01', at(p, { pv1: { 3: 'XW2^0805^09' } }))).code).toBe('AA');
    const a = await admissionOf('ZY1');
    const moved = at(p, { evn: { 6: '20260316090000' }, pv1: { 3: 'XW1^0301^03', 6: 'XW2^0805^09' } });
    expect((await send('A02', moved)).code).toBe('AA');
    expect(live(await staysOf(a.id)).map((s) => [s.bedId, s.toAt?.toISOString() ?? null])).toEqual([
      [bed['XW2-09'], '2026-03-16T01:00:00.000Z'],
      [bed['XW1-03'], null],
    ]);
    // The same transfer under another control ID: already there, nothing moves.
    expect((await send('A02', moved)).code).toBe('AA');
    expect(live(await staysOf(a.id))).toHaveLength(2);
    expect((await send('A12', at(p, { pv1: { 3: 'XW2^0805^09' } }))).code).toBe('AA');
    expect(live(await staysOf(a.id)).map((s) => [s.bedId, s.toAt])).toEqual([[bed['XW2-09'], null]]);
    const out = at(p, { pv1: { 3: 'XW2^0805^09', 45: '20260320100000', 36: '5' } });
    expect((await send('A03', out)).code).toBe('AA');
    const discharged = await admissionOf('ZY1');
    expect(discharged.dischargedAt?.toISOString()).toBe('2026-03-20T02:00:00.000Z');
    expect(discharged.dischargeDisposition).toBe('death');
    expect((await send('A13', at(p, { pv1: { 3: 'XW2^0805^09' } }))).code).toBe('AA');
    const back = await admissionOf('ZY1');
    expect([back.dischargedAt, back.dischargeDisposition]).toEqual([null, null]);
    expect(live(await staysOf(a.id)).map((s) => s.toAt)).toEqual([null]);
  });

  it('A03 without PV1-36, or with a code read as "other", records home; A11 voids every stay', async () => {
    const p = person(2, { 3: 'XW1^0301^01' });
    expect((await send('A01', p)).code).toBe('AA');
    expect((await send('A03', at(p, { pv1: { 36: '4', 45: '20260318100000' } }))).code).toBe('AA');
    expect((await admissionOf('ZY2')).dischargeDisposition).toBe('home');
    const q = person(3, { 3: 'XW1^0301^02' });
    expect((await send('A01', q)).code).toBe('AA');
    expect((await send('A11', q)).code).toBe('AA');
    const a = await admissionOf('ZY3');
    expect(live(await staysOf(a.id))).toEqual([]);
    expect(a.bedId).toBeNull();
  });

  it('an A01 without a bed in PV1-3 admits to the ward in an extra bed', async () => {
    const p = person(4, { 3: 'XW1' });
    expect((await send('A01', p)).code).toBe('AA');
    const a = await admissionOf('ZY4');
    expect(live(await staysOf(a.id)).map((s) => [s.bedId, s.temporary])).toEqual([[null, true]]);
  });
});

describe('ADT that cannot be applied: kept in the inbox, AE naming the field, nothing changed', () => {
  const refused = async (trigger: string, parts: AdtParts) => {
    const before = await counts();
    const ack = await send(trigger, parts);
    expect(ack.code).toBe('AE');
    expect(ack.outcome).toBe('quarantined');
    expect(await counts()).toEqual(before);
    const row = await inboxOf(ack.controlId);
    expect(row).toMatchObject({ status: 'quarantined', messageType: `ADT^${trigger}` });
    expect(row.deviceHint).toBe('HIS WINNING / HIS01');
    expect(row.raw).toContain(`|ADT^${trigger}^ADT_A01|${ack.controlId}|`);
    return { ...ack, reason: row.reason };
  };

  it('an unknown ward or bed (PV1-3), with the reason in both languages', async () => {
    const ward = await refused('A01', person(10, { 3: 'XW9^^01' }));
    expect(ward.reason).toBe('未知病区 XW9（PV1-3）/ unknown ward XW9 (PV1-3)');
    expect(ward.err).toMatch(/^ERR\|\|PV1\^1\^3\|103\^Table value not found\^HL70357\|E\|\|\|\|未知病区 XW9/);
    const bedMissing = await refused('A01', person(11, { 3: 'XW1^0301^77' }));
    expect(bedMissing.reason).toContain('病区 XW1 没有 77 床');
    // The patient of a refused admission is not registered either.
    expect(await t.database.db.select().from(patients).where(eq(patients.mrn, 'ADT10'))).toEqual([]);
  });

  it('a transfer or discharge of a visit Periop does not hold, or of another patient (PV1-19)', async () => {
    const unknown = await refused('A02', person(12, { 3: 'XW1^0301^03' }));
    expect(unknown.reason).toContain('未找到住院流水号 ZY12');
    expect(unknown.err).toMatch(/^ERR\|\|PV1\^1\^19\|204\^Unknown key identifier/);
    const other = await refused('A03', at(person(13), { pv1: { 19: 'ZY20260315001' } }));
    expect(other.reason).toContain('属于另一位患者');
  });

  it('an occupied bed, and a second admission of a visit number in another bed', async () => {
    const p = person(14, { 3: 'XW2^0805^01' });
    expect((await send('A01', p)).code).toBe('AA');
    // XW2-08 holds 张三 since the first test.
    const taken = await refused('A02', at(p, { pv1: { 3: 'XW2^0805^08' } }));
    expect(taken.reason).toMatch(
      /^无法执行 ADT\^A02：PV1-3：该床位已有患者 \/ ADT\^A02 cannot be applied: PV1-3: The bed/,
    );
    expect(taken.err).toMatch(/^ERR\|\|PV1\^1\^3\|207\^/);
    const twice = await refused('A01', at(p, { pv1: { 3: 'XW2^0805^02' } }));
    expect(twice.err).toMatch(/^ERR\|\|PV1\^1\^19\|205\^Duplicate key identifier/);
  });

  it('a new patient without a birth date (PID-7), which the registry requires', async () => {
    const r = await refused('A01', at(person(15, { 3: 'XW1^0301^09' }), { pid: { 7: '' } }));
    expect(r.err).toMatch(/^ERR\|\|PID\^1\^7\|101\^/);
  });
});

describe('ADT that cannot be read, and the order of arrival', () => {
  it('an unsupported event is AR, a malformed one AE; both kept as rejected', async () => {
    const a04 = await send('A04', person(20));
    expect(a04).toMatchObject({ code: 'AR', outcome: 'rejected' });
    expect(a04.err).toMatch(/\|201\^Unsupported event code\^HL70357\|/);
    expect((await inboxOf(a04.controlId)).status).toBe('rejected');
    const bad = await send('A01', at(person(21), { pv1: { 44: '2026-03-15' } }));
    expect(bad).toMatchObject({ code: 'AE', outcome: 'rejected' });
    expect(bad.err).toMatch(/^ERR\|\|PV1\^1\^44\|102\^/);
    expect((await inboxOf(bad.controlId)).reason).toContain('PV1-44');
  });

  it('messages handed over together are applied in the order they came', async () => {
    const p = person(30, { 3: 'XW1^0301^08' });
    const texts = [
      adtMessage('A01', at(p, { msh: { 10: 'ORDER-1' } })),
      adtMessage(
        'A02',
        at(p, { msh: { 10: 'ORDER-2' }, evn: { 6: '20260317080000' }, pv1: { 3: 'XW2^0805^03' } }),
      ),
      adtMessage('A03', at(p, { msh: { 10: 'ORDER-3' }, pv1: { 3: 'XW2^0805^03', 45: '20260318080000' } })),
    ];
    const acks = await Promise.all(
      texts.map((text) =>
        t.ctx.ingestor.submit({ text, remoteAddress: '10.8.0.5', receivedAt: t.clock.now }),
      ),
    );
    expect(acks.map((r) => ackCode(r.ack).code)).toEqual(['AA', 'AA', 'AA']);
    const a = await admissionOf('ZY30');
    expect(a.dischargedAt?.toISOString()).toBe('2026-03-18T00:00:00.000Z');
    expect(live(await staysOf(a.id)).map((s) => s.bedId)).toEqual([bed['XW1-08'], bed['XW2-03']]);
  });

  it('without the ADT handler (the interface host alone) a message is kept and answered AE', async () => {
    const bare = new Ingestor(t.database, t.ctx.hub, pino({ level: 'silent' }), {
      siteZone: 'Asia/Shanghai',
      storeWaveforms: false,
    });
    const r = await bare.submit({
      text: adtMessage('A01', { msh: { 10: 'NO-HANDLER' } }),
      remoteAddress: '10.8.0.5',
      receivedAt: t.clock.now,
    });
    expect(ackCode(r.ack)).toMatchObject({ code: 'AE', controlId: 'NO-HANDLER' });
    const row = await one(
      t.database.db
        .select()
        .from(interopInbox)
        .where(and(eq(interopInbox.controlId, 'NO-HANDLER'), eq(interopInbox.status, 'quarantined'))),
    );
    expect(row.reason).toContain('ADT 接口未启用');
  });
});
