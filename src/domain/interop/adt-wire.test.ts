import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { adtMessage } from './adt-fixture';
import { adtCharsetOf, adtSenderKey, isAdtBytes, isAdtText, readAdtFrame } from './adt-wire';

const ORU = 'MSH|^~\\&|MINDRAY_^00A0370000000A01^EUI-64||||20261122093000||ORU^R01^ORU_R01|11|P|2.6';

describe('telling ADT apart on the shared listener', () => {
  it('is MSH-9.1 = ADT, whatever the trigger, separators or segment ends', () => {
    expect(isAdtText(adtMessage('A01'))).toBe(true);
    expect(isAdtText(adtMessage('A40'))).toBe(true);
    expect(isAdtText(ORU)).toBe(false);
    expect(isAdtText('MSH#^~\\&#HIS####20260315##adt^A02#1#P#2.4\nPID')).toBe(true);
    expect(isAdtText('\uFEFFMSH|^~\\&|HIS||||||ADT|1')).toBe(true);
    expect(isAdtText('PID|||123')).toBe(false);
    expect(isAdtText('')).toBe(false);
    expect(isAdtBytes(iconv.encode(adtMessage('A03', { pid: { 5: '刘^䶮' } }), 'gb18030'))).toBe(true);
    expect(isAdtBytes(Buffer.from(ORU))).toBe(false);
  });
});

describe('the character set of an ADT message', () => {
  const chinese = adtMessage('A01', { msh: { 18: null }, pid: { 5: '刘^䶮' }, pv1: { 7: '0456^陈^𠮷' } });

  it('honours MSH-18 first, even over bytes that would read otherwise', () => {
    expect(adtCharsetOf(Buffer.from(adtMessage('A01', { msh: { 18: 'GB18030' } })))).toEqual({
      ok: true,
      charset: 'gb18030',
      from: 'msh18',
    });
    expect(adtCharsetOf(Buffer.from(adtMessage('A01', { msh: { 18: 'UNICODE UTF-8' } })))).toMatchObject({
      charset: 'utf8',
      from: 'msh18',
    });
  });

  it('without MSH-18: UTF-8 when the bytes are valid UTF-8, else GB18030', () => {
    expect(adtCharsetOf(Buffer.from(chinese, 'utf8'))).toEqual({
      ok: true,
      charset: 'utf8',
      from: 'utf8-valid',
    });
    expect(adtCharsetOf(iconv.encode(chinese, 'gb18030'))).toEqual({
      ok: true,
      charset: 'gb18030',
      from: 'gb18030-fallback',
    });
    // Plain ASCII reads the same either way.
    expect(
      adtCharsetOf(Buffer.from(adtMessage('A01', { msh: { 18: null }, pid: { 5: 'ZHANG^SAN' } }))),
    ).toMatchObject({ charset: 'utf8' });
  });

  it('refuses an MSH-18 it does not know rather than guessing', () => {
    expect(adtCharsetOf(Buffer.from(adtMessage('A01', { msh: { 18: 'ISO IR87' } })))).toEqual({
      ok: false,
      declared: 'ISO IR87',
    });
  });
});

describe('the sender a control ID is unique within', () => {
  it('is MSH-3 and MSH-4 as sent, kept apart so no value runs into the other', () => {
    expect(adtSenderKey({ application: 'WINNING', facility: 'HIS01' })).toBe('["WINNING","HIS01"]');
    expect(adtSenderKey({ application: 'A|B', facility: '' })).not.toBe(
      adtSenderKey({ application: 'A', facility: 'B' }),
    );
    expect(adtSenderKey({ application: ' DHC^2.16.840.1^ISO ', facility: '' })).toBe(
      '["DHC^2.16.840.1^ISO",""]',
    );
  });
});

describe('a frame as the listener decoded it', () => {
  it('is read, or refused AR at MSH-18 when its bytes could not be decoded', () => {
    expect(readAdtFrame(adtMessage('A01'), undefined).ok).toBe(true);
    const r = readAdtFrame(adtMessage('A01', { msh: { 18: 'EBCDIC' } }), '不支持的字符集 / unsupported');
    expect(r).toMatchObject({ ok: false, ack: 'AR', code: 102, segment: 'MSH', field: 18 });
    expect(r).toMatchObject({
      controlId: 'WN20260315A010001',
      trigger: 'A01',
      reason: '不支持的字符集 / unsupported',
    });
  });
});
