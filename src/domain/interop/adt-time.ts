// Timestamps and dates of an ADT message. DTM without an offset is the site's local time (Asia/Shanghai,
// UTC+8, no DST); parseDtm (hl7-text.ts) reads the DTM, this adds the calendar check it leaves out and
// tells "not sent" apart from "unreadable", which an ADT must refuse (issue 13 §6).
import { type ParsedTime, parseDtm } from './hl7-text';

export const DEFAULT_SITE_ZONE = 'Asia/Shanghai';

const daysIn = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

function realDate(y: number, m: number, d: number): boolean {
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

/** "Not sent" (empty or the 00000000000000 no-time marker) is time: null; an unreadable value is ok: false. */
export type TimeReading = { ok: true; time: ParsedTime | null } | { ok: false };

export function readTime(raw: string, siteZone: string): TimeReading {
  const s = raw.trim();
  if (!s || /^0+$/.test(s)) return { ok: true, time: null };
  const time = parseDtm(s, siteZone);
  if (!time || !realDate(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8))))
    return { ok: false };
  return { ok: true, time };
}

export type DateReading = { ok: true; date: string | null } | { ok: false };

/**
 * PID-7 as a calendar date: HL7 YYYYMMDD[HHMM[SS]][+ZZZZ] (the date as written, the time dropped), or
 * YYYY-MM-DD as some senders write it (hl7-devices.md, Comen). Before 1900 is refused, as the registry
 * refuses it (registry/schemas.ts, patient.birthDate.range).
 */
export function readBirthDate(raw: string): DateReading {
  const s = raw.trim();
  if (!s || /^0+$/.test(s)) return { ok: true, date: null };
  const m =
    /^(\d{4})(\d{2})(\d{2})(?:\d{2}(?:\d{2}(?:\d{2}(?:\.\d{1,4})?)?)?)?(?:[+-]\d{4})?$/.exec(s) ??
    /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return { ok: false };
  const [, y = '', mo = '', d = ''] = m;
  if (!realDate(Number(y), Number(mo), Number(d)) || Number(y) < 1900) return { ok: false };
  return { ok: true, date: `${y}-${mo}-${d}` };
}

/** The calendar date of an instant in the site's zone, YYYY-MM-DD. */
export function localDate(at: Date, siteZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: siteZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}
