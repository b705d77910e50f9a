import { Hl7Message } from '@medplum/core';
import { describe, expect, it } from 'vitest';
import { readAdt } from './adt';
import { ackForAdt, buildAdtAck } from './adt-ack';
import { adtMessage } from './adt-fixture';

const ids = { now: new Date('2026-03-15T00:30:13.000Z'), ackControlId: 'PERIOP-ACK-1' };
const MSH_A01 =
  'MSH|^~\\&|PERIOP|PERIOP|WINNING|HIS01|20260315003013+0000||ACK^A01^ACK|PERIOP-ACK-1|P|2.6|||NE|NE';

describe('the ADT acknowledgement', () => {
  it('is AA for an event read (sent by the server once committed)', () => {
    const ack = ackForAdt(readAdt(adtMessage('A01')), ids);
    expect(ack).toBe(`${MSH_A01}\rMSA|AA|WN20260315A010001`);
  });

  it('is AR with ERR-2 at MSH-9 and code 201 for an unsupported event', () => {
    const ack = ackForAdt(readAdt(adtMessage('A40')), ids);
    const [msh, msa, err] = ack.split('\r');
    expect(msh).toContain('|ACK^A40^ACK|');
    expect(msa).toMatch(/^MSA\|AR\|WN20260315A400001\|不支持的 ADT 事件 A40/);
    expect(err).toMatch(
      /^ERR\|\|MSH\^1\^9\|201\^Unsupported event code\^HL70357\|E\|\|\|\|不支持的 ADT 事件 A40/,
    );
  });

  it('is AE with the missing field in ERR-2 and code 101', () => {
    const ack = ackForAdt(readAdt(adtMessage('A01', { pid: { 3: '' } })), ids);
    expect(ack.split('\r').slice(1)).toEqual([
      'MSA|AE|WN20260315A010001|缺少 PID-3（住院号）/ PID-3 (MRN) is missing',
      'ERR||PID^1^3|101^Required field missing^HL70357|E||||缺少 PID-3（住院号）/ PID-3 (MRN) is missing',
    ]);
  });

  it('names the segment alone when the whole segment is missing, and nothing for unparseable text', () => {
    const noPv1 = ackForAdt(readAdt(adtMessage('A03', { pv1: null })), ids).split('\r')[2];
    expect(noPv1).toMatch(/^ERR\|\|PV1\^1\|100\^Segment sequence error\^HL70357\|E\|/);
    const junk = ackForAdt(readAdt('not hl7'), ids).split('\r');
    expect(junk[0]).toContain('|ACK^^ACK|');
    expect(junk[1]).toBe('MSA|AR||缺少 MSH 段 / missing MSH segment');
    expect(junk[2]).toBe(
      'ERR||MSH^1|100^Segment sequence error^HL70357|E||||缺少 MSH 段 / missing MSH segment',
    );
  });

  it('escapes the reason, the control ID and leaves an invalid trigger out', () => {
    const ack = buildAdtAck({
      code: 'AE',
      controlId: 'A|B',
      sender: { application: 'HIS', facility: '' },
      trigger: 'A0^1',
      ...ids,
      error: { code: 207, reason: '保存失败 a^b&c / not stored', segment: null, field: null },
    });
    const [msh, msa, err] = ack.split('\r');
    expect(msh).toContain('|ACK^^ACK|');
    expect(msa).toBe('MSA|AE|A\\F\\B|保存失败 a\\S\\b\\T\\c / not stored');
    expect(err).toBe('ERR|||207^Application internal error^HL70357|E||||保存失败 a\\S\\b\\T\\c / not stored');
  });

  it('parses back as HL7 with the reason intact', () => {
    const failure = readAdt(adtMessage('A01', { evn: { 2: '2026-03-15 08:30' } }));
    const ack = Hl7Message.parse(ackForAdt(failure, ids));
    expect(ack.getSegment('MSA')?.getField(1)?.toString()).toBe('AE');
    expect(ack.getSegment('ERR')?.getComponent(2, 1)).toBe('EVN');
    expect(ack.getSegment('ERR')?.getComponent(2, 3)).toBe('2');
    expect(ack.getSegment('ERR')?.getComponent(3, 1)).toBe('102');
    expect(ack.getSegment('ERR')?.getField(8)?.toString()).toBe(
      'EVN-2 时间格式无法识别：2026-03-15 08:30 / EVN-2 is not an HL7 timestamp: 2026-03-15 08:30',
    );
  });
});
