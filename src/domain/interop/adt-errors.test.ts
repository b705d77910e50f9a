import { describe, expect, it } from 'vitest';
import { type AdtFailure, readAdt } from './adt';
import { adtMessage, ID_CARD } from './adt-fixture';

const refused = (text: string): AdtFailure => {
  const r = readAdt(text);
  if (r.ok) throw new Error(`accepted ${r.event.trigger}`);
  return r;
};
const where = (f: AdtFailure) => [f.ack, f.code, f.segment, f.field];

describe('ADT messages Periop does not take → AR', () => {
  it('refuses another message type with 200 and names it', () => {
    const f = refused(adtMessage('R01', { msh: { 9: 'ORU^R01^ORU_R01' } }));
    expect(where(f)).toEqual(['AR', 200, 'MSH', 9]);
    expect(f.reason).toContain('ORU^R01');
    expect(f.controlId).toBe('WN20260315R010001');
    expect(f.sender).toEqual({ application: 'WINNING', facility: 'HIS01' });
    expect(refused(adtMessage('A01', { msh: { 9: '' } })).reason).toContain('MSH-9 为 空');
  });

  it('refuses unsupported ADT events with 201 (A04 register, A40 merge, empty)', () => {
    for (const trigger of ['A04', 'A40']) {
      const f = refused(adtMessage(trigger));
      expect(where(f)).toEqual(['AR', 201, 'MSH', 9]);
      expect(f.trigger).toBe(trigger);
      expect(f.reason).toContain(trigger);
    }
    const empty = refused(adtMessage('A01', { msh: { 9: 'ADT' }, evn: { 1: '' } }));
    expect(where(empty)).toEqual(['AR', 201, 'MSH', 9]);
    expect(empty.trigger).toBe('');
  });

  it('refuses text that is not HL7 with 100', () => {
    for (const text of ['', 'hello', 'MSH|', 'PID|||123', '\u0000\u0000']) {
      const f = refused(text);
      expect([f.ack, f.code]).toEqual(['AR', 100]);
      expect(f.controlId).toBeNull();
    }
  });
});

describe('malformed ADT messages → AE with the field', () => {
  it('MSH-10 missing', () => {
    const f = refused(adtMessage('A01', { msh: { 10: '' } }));
    expect(where(f)).toEqual(['AE', 101, 'MSH', 10]);
    expect(f.controlId).toBeNull();
    expect(f.trigger).toBe('A01');
  });

  it('PID segment missing, PID-3 empty, or only a national ID in PID-3', () => {
    expect(where(refused(adtMessage('A01', { pid: null })))).toEqual(['AE', 100, 'PID', null]);
    expect(where(refused(adtMessage('A01', { pid: { 3: '' } })))).toEqual(['AE', 101, 'PID', 3]);
    const onlyId = refused(adtMessage('A03', { pid: { 3: `${ID_CARD}^^^^NNCHN` } }));
    expect(where(onlyId)).toEqual(['AE', 101, 'PID', 3]);
    expect(onlyId.reason).toBe('缺少 PID-3（住院号）/ PID-3 (MRN) is missing');
  });

  it('an MRN the registry cannot store', () => {
    expect(where(refused(adtMessage('A01', { pid: { 3: '住院001^^^H^MR' } })))).toEqual([
      'AE',
      102,
      'PID',
      3,
    ]);
    expect(where(refused(adtMessage('A01', { pid: { 3: `${'9'.repeat(33)}^^^H^MR` } })))).toEqual([
      'AE',
      102,
      'PID',
      3,
    ]);
  });

  it('PID-5 name missing', () => {
    expect(where(refused(adtMessage('A01', { pid: { 5: '' } })))).toEqual(['AE', 101, 'PID', 5]);
    expect(where(refused(adtMessage('A01', { pid: { 5: '^^^^^^L' } })))).toEqual(['AE', 101, 'PID', 5]);
  });

  it('PV1 segment or PV1-19 missing for the events that act on a visit', () => {
    for (const trigger of ['A01', 'A02', 'A03', 'A11', 'A12', 'A13']) {
      expect(where(refused(adtMessage(trigger, { pv1: { 19: '' } })))).toEqual(['AE', 101, 'PV1', 19]);
      expect(where(refused(adtMessage(trigger, { pv1: null })))).toEqual(['AE', 100, 'PV1', null]);
    }
    expect(readAdt(adtMessage('A08', { pv1: { 19: '' } })).ok).toBe(true);
  });

  it('PV1-3 without a ward for an admission or a transfer', () => {
    expect(where(refused(adtMessage('A01', { pv1: { 3: '' } })))).toEqual(['AE', 101, 'PV1', 3]);
    expect(where(refused(adtMessage('A02', { pv1: { 3: '^0805^08' } })))).toEqual(['AE', 101, 'PV1', 3]);
  });

  it('unparseable timestamps, each named', () => {
    const cases: [Parameters<typeof adtMessage>[1], string, number][] = [
      [{ msh: { 7: '20260230120000' } }, 'MSH', 7], // 30 February
      [{ evn: { 2: '2026-03-15 08:30:12' } }, 'EVN', 2],
      [{ evn: { 6: '202603' } }, 'EVN', 6],
      [{ pv1: { 44: '20261315080000' } }, 'PV1', 44],
      [{ pv1: { 45: '20260315250000' } }, 'PV1', 45],
      [{ pid: { 7: '19650231' } }, 'PID', 7],
      [{ pid: { 7: '1865-03-12' } }, 'PID', 7],
      [{ pid: { 7: '65/03/12' } }, 'PID', 7],
    ];
    for (const [parts, segment, field] of cases) {
      const f = refused(adtMessage('A01', parts));
      expect(where(f)).toEqual(['AE', 102, segment, field]);
      expect(f.reason).toContain(`${segment}-${field}`);
    }
  });

  it('a leap day is a real date, 29 February of a common year is not', () => {
    expect(readAdt(adtMessage('A01', { pid: { 7: '20000229' } })).ok).toBe(true);
    expect(readAdt(adtMessage('A01', { pv1: { 44: '20240229235900' } })).ok).toBe(true);
    expect(where(refused(adtMessage('A01', { pid: { 7: '19000229' } })))).toEqual(['AE', 102, 'PID', 7]);
  });

  it('neither MSH-7 nor EVN-2: no recorded time', () => {
    const f = refused(adtMessage('A01', { msh: { 7: '' }, evn: { 2: '' } }));
    expect(where(f)).toEqual(['AE', 101, 'EVN', 2]);
    const r = readAdt(adtMessage('A01', { msh: { 7: '' } }));
    expect(r.ok && r.event.messageTime).toBeNull();
  });

  it('a birth date after the event, and a discharge before the admission', () => {
    expect(where(refused(adtMessage('A01', { pid: { 7: '20260316' } })))).toEqual(['AE', 102, 'PID', 7]);
    // Born the day of the event (a newborn) is fine.
    expect(readAdt(adtMessage('A01', { pid: { 7: '20260315' } })).ok).toBe(true);
    const f = refused(adtMessage('A03', { pv1: { 44: '20260315075500', 45: '20260315075459' } }));
    expect(where(f)).toEqual(['AE', 102, 'PV1', 45]);
  });
});

describe('values the message can do without → warnings', () => {
  it('drops an invalid ID card and an unusable phone, and keeps the event', () => {
    const r = readAdt(
      adtMessage('A01', { pid: { 3: '0012345678^^^H^MR', 19: '110105196503120014', 13: '无' } }),
    );
    if (!r.ok) throw new Error(r.reason);
    expect(r.event.patient.idCard).toBeNull();
    expect(r.event.patient.phone).toBeNull();
    expect(r.event.warnings.map((w) => [w.segment, w.field])).toEqual([
      ['PID', 13],
      ['PID', 19],
    ]);
  });

  it('uses the PID-3 ID card when PID-19 is invalid', () => {
    const r = readAdt(adtMessage('A01', { pid: { 19: '123' } }));
    expect(r.ok && r.event.patient.idCard).toBe(ID_CARD);
    expect(r.ok && r.event.warnings).toEqual([]);
  });
});

describe('never crashing', () => {
  it('answers every truncation of a message, accepted or refused with a reason', () => {
    const text = adtMessage('A02', { pv1: { 3: 'XW3^1203^05', 6: 'XW2^0805^08', 45: '20260320' } });
    let refusedCount = 0;
    for (let n = 0; n <= text.length; n++) {
      const r = readAdt(text.slice(0, n));
      if (r.ok) continue;
      refusedCount++;
      expect(['AR', 'AE']).toContain(r.ack);
      expect(r.reason).toMatch(/\p{Script=Han}.*\/ [A-Za-z(]/u);
    }
    // Every cut before PV1-19 has begun is refused (no visit number yet).
    expect(refusedCount).toBeGreaterThan(text.indexOf('ZY20260315001'));
    expect(readAdt(text).ok).toBe(true);
  });

  it('reads odd delimiters and junk segments without throwing', () => {
    const odd = adtMessage('A01').replace('MSH|^~\\&', 'MSH|^~\\&|').concat('\rZXX|1|自定义^段');
    // An extra field separator shifts MSH-9 onto MSH-8, which is empty.
    const shifted = readAdt(odd);
    expect(!shifted.ok && [shifted.ack, shifted.code]).toEqual(['AR', 200]);
    const r = readAdt(`${adtMessage('A01')}\rZPV|1|VIP`);
    expect(r.ok).toBe(true);
  });
});
