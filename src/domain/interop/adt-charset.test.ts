// The listener decodes the bytes (MSH-18, else the channel default) before readAdt sees the text; these
// tests run that decoding on real GB18030 and UTF-8 bytes to show Chinese names survive the round trip.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readAdt } from './adt';
import { adtMessage } from './adt-fixture';
import { charsetOf, msh18FromBytes } from './hl7-text';

const decodeAsListener = (bytes: Uint8Array, channelDefault = 'utf8'): string => {
  const charset = charsetOf(msh18FromBytes(bytes));
  if (charset === 'unsupported') throw new Error('unsupported charset');
  return iconv.decode(Buffer.from(bytes), charset ?? channelDefault);
};

// 䶮 (U+4DAE) has a two-byte code only since GB18030-2005 (FE 9F); 𠮷 (U+20BB7, CJK Extension B) is
// outside GBK altogether and takes four bytes.
const message = adtMessage('A01', {
  msh: { 18: 'GB18030' },
  pid: { 5: '刘^䶮' },
  pv1: { 3: 'XW2^0805^08^^^^^^胸外二病区', 7: '0456^陈^𠮷' },
});

describe('Chinese text through the listener decoding', () => {
  it('reads a GB18030 message: names, ward description and doctor intact', () => {
    const bytes = iconv.encode(message, 'gb18030');
    // Really GB18030: 刘 is C1 F5.
    expect(bytes.includes(Buffer.from([0xc1, 0xf5]))).toBe(true);
    expect([...iconv.encode('䶮', 'gb18030')]).toEqual([0xfe, 0x9f]);
    expect(iconv.encode('𠮷', 'gb18030')).toHaveLength(4);
    expect(msh18FromBytes(bytes)).toBe('GB18030');
    const r = readAdt(decodeAsListener(bytes));
    if (!r.ok || r.event.kind !== 'admit') throw new Error('not read');
    expect(r.event.patient.name).toEqual({ full: '刘䶮', family: '刘', given: '䶮' });
    expect(r.event.visit.location.description).toBe('胸外二病区');
    expect(r.event.visit.attending).toEqual({ id: '0456', name: '陈𠮷' });
  });

  it('garbles the same bytes read as UTF-8, so the decoding is what carries the name', () => {
    const bytes = iconv.encode(message, 'gb18030');
    const r = readAdt(new TextDecoder('utf-8').decode(bytes));
    if (!r.ok) throw new Error(r.reason);
    expect(r.event.patient.name.full).not.toBe('刘䶮');
    expect(r.event.patient.name.full).toContain('\uFFFD');
  });

  it('reads a GB18030 message without MSH-18 on a channel whose default is GB18030', () => {
    const bytes = iconv.encode(adtMessage('A01', { msh: { 18: null }, pid: { 5: '张三' } }), 'gb18030');
    const r = readAdt(decodeAsListener(bytes, 'gb18030'));
    expect(r.ok && r.event.patient.name.full).toBe('张三');
  });

  it('reads the same message sent as UTF-8', () => {
    const bytes = new TextEncoder().encode(message.replace('|GB18030', '|UNICODE UTF-8'));
    const r = readAdt(decodeAsListener(bytes));
    expect(r.ok && r.event.patient.name.full).toBe('刘䶮');
  });
});
