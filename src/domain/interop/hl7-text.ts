// HL7 v2 text details the parser leaves to the receiver: escape sequences (HL7 v2.5 §2.7.4),
// MSH-18 character sets and DTM timestamps as real monitors write them (hl7-devices.md).
import type { Hl7Message } from '@medplum/core';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);

const LATIN1 = new TextDecoder('latin1');

export type Delimiters = {
  field: string;
  component: string;
  repetition: string;
  escape: string;
  subcomponent: string;
};

/** Decodes \F\ \S\ \T\ \R\ \E\, \Xhh..\ and \.br\ in a component value. */
export function unescapeHl7(value: string, d: Delimiters): string {
  if (!value.includes(d.escape)) return value;
  const e = d.escape.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return value.replace(new RegExp(`${e}([^${e}]*)${e}`, 'g'), (whole, seq: string) => {
    switch (seq) {
      case 'F':
        return d.field;
      case 'S':
        return d.component;
      case 'T':
        return d.subcomponent;
      case 'R':
        return d.repetition;
      case 'E':
        return d.escape;
      case '.br':
        return '\n';
    }
    if (/^X([0-9A-Fa-f]{2})+$/.test(seq))
      return (seq.slice(1).match(/../g) ?? [])
        .map((h) => String.fromCharCode(Number.parseInt(h, 16)))
        .join('');
    return whole;
  });
}

/** Segment separators: CR is the standard, but LF and CRLF are common in practice. */
export const normaliseSegments = (text: string): string =>
  text.replace(/\r\n|\n|\r/g, '\r').replace(/\r+$/, '');

/** The iconv name of an MSH-18 value (null when absent; 'unsupported' when unknown). */
export function charsetOf(msh18: string): string | null | 'unsupported' {
  const v = msh18.trim().toUpperCase().replace(/\s+/g, ' ');
  if (!v) return null;
  if (v === 'UNICODE UTF-8' || v === 'UTF-8' || v === 'UTF8' || v === 'UNICODE') return 'utf8';
  if (v === 'ASCII') return 'ascii';
  if (v === '8859/1' || v === 'ISO-8859-1' || v === 'ISO8859-1' || v === 'LATIN1') return 'latin1';
  if (v.startsWith('GB 18030') || v.startsWith('GB18030') || v === 'GBK' || v === 'GB2312') return 'gb18030';
  return 'unsupported';
}

/** MSH-18 read straight from the bytes (the header is ASCII in every encoding HL7 allows). */
export function msh18FromBytes(bytes: Uint8Array): string {
  // Only the first segment matters: stop at its end instead of decoding the whole message.
  let end = 0;
  const limit = Math.min(bytes.length, 1024);
  while (end < limit && bytes[end] !== 0x0d && bytes[end] !== 0x0a) end++;
  const head = LATIN1.decode(bytes.subarray(0, end));
  const start = head.indexOf('MSH');
  if (start < 0) return '';
  const line = head.slice(start).split(/[\r\n]/)[0]!;
  const sep = line[3];
  if (!sep) return '';
  return line.split(sep)[17] ?? '';
}

export type ParsedTime = { at: Date; raw: string; zone: 'explicit' | 'site' };

/**
 * An HL7 DTM (YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]) as devices send it: Mindray eGateway
 * writes milliseconds without the point (20260124124738000+0800); GE, Philips and Mindray PDS send
 * local time without an offset, which is the site's time zone; 00000000000000 means "no time".
 */
export function parseDtm(raw: string, siteZone: string): ParsedTime | null {
  const s = raw.trim();
  if (!s || /^0+$/.test(s)) return null;
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?(?:\.(\d{1,4})|(\d{3}))?([+-]\d{4})?$/.exec(s);
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', sec = '00', frac, msNoDot, zone] = m;
  const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : msNoDot ? Number(msNoDot) : 0;
  const nums = [y, mo, d, h, mi, sec].map(Number) as [number, number, number, number, number, number];
  if (
    nums[1] < 1 ||
    nums[1] > 12 ||
    nums[2] < 1 ||
    nums[2] > 31 ||
    nums[3] > 23 ||
    nums[4] > 59 ||
    nums[5] > 60
  )
    return null;
  const local = `${y}-${mo}-${d}T${h}:${mi}:${sec}.${String(ms).padStart(3, '0')}`;
  if (zone) {
    const at = new Date(`${local}${zone.slice(0, 3)}:${zone.slice(3)}`);
    return Number.isNaN(at.getTime()) ? null : { at, raw: s, zone: 'explicit' };
  }
  const at = dayjs.tz(local, siteZone).toDate();
  return Number.isNaN(at.getTime()) ? null : { at, raw: s, zone: 'site' };
}

/** The separators a parsed message declared in its MSH-1/MSH-2. */
export function delimitersOf(msg: Hl7Message): Delimiters {
  const c = msg.context;
  return {
    field: c.fieldSeparator,
    component: c.componentSeparator,
    repetition: c.repetitionSeparator,
    escape: c.escapeCharacter,
    subcomponent: c.subcomponentSeparator,
  };
}
