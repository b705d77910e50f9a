// The value types of the history files (history-import.md §1), parsed without allocating on the good path: a
// parser returns the value, or a short error code the caller turns into a message (cells.ts).
import type { Instant, LocalDate } from '../../quality/facts';

/** Identifiers: 1–32 characters from A-Z a-z 0-9 - (§1). */
const ID = /^[A-Za-z0-9-]{1,32}$/;
export const isId = (s: string): boolean => ID.test(s);

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** Reads `n` digits at `i`; -1 when one is not a digit. */
function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = digit(s, i + k);
    if (d < 0) return -1;
    v = v * 10 + d;
  }
  return v;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1]!);

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, m: number, d: number): number {
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export type DateError = 'format' | 'real';

/** `YYYY-MM-DD` at offset `i` of `s`: days since the epoch, or why not. */
function dateAt(s: string, i: number): number | DateError {
  if (s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45) return 'format';
  const y = digits(s, i, 4);
  const m = digits(s, i + 5, 2);
  const d = digits(s, i + 8, 2);
  if (y < 0 || m < 0 || d < 0) return 'format';
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return 'real';
  return daysFromCivil(y, m, d);
}

/** A date `YYYY-MM-DD` that exists in the calendar (2025-02-30 does not). */
export function parseDate(s: string): LocalDate | DateError {
  if (s.length !== 10) return 'format';
  const days = dateAt(s, 0);
  return typeof days === 'string' ? days : s;
}

export type DateTimeError = 'format' | 'real' | 'seconds' | 'offset';

/**
 * ISO 8601 with seconds and an explicit offset, `YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)` (§1), as an instant.
 * `2025-03-01T08:10+08:00` lacks seconds; `2025-03-01T08:10:00` lacks the offset.
 */
export function parseDateTime(s: string): Instant | DateTimeError {
  if (s.length < 16 || s.charCodeAt(10) !== 84 /* T */ || s.charCodeAt(13) !== 58) return 'format';
  const days = dateAt(s, 0);
  if (days === 'format') return 'format';
  const hh = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  if (hh < 0 || mi < 0) return 'format';
  if (s.length === 16 || s.charCodeAt(16) !== 58)
    return /^([+-]\d\d:\d\d|Z)?$/.test(s.slice(16)) ? 'seconds' : 'format';
  const ss = digits(s, 17, 2);
  if (ss < 0) return 'format';
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46 /* . */) {
    let n = 0;
    let frac = 0;
    for (i++; digit(s, i) >= 0; i++, n++) frac = frac * 10 + digit(s, i);
    if (n === 0 || n > 3) return 'format';
    ms = frac * 10 ** (3 - n);
  }
  let offsetMin = 0;
  if (i === s.length) return 'offset';
  if (s.charCodeAt(i) === 90 /* Z */) {
    if (i + 1 !== s.length) return 'format';
  } else {
    const sign = s.charCodeAt(i) === 43 ? 1 : s.charCodeAt(i) === 45 ? -1 : 0;
    if (sign === 0 || i + 6 !== s.length || s.charCodeAt(i + 3) !== 58) return 'format';
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (oh < 0 || om < 0) return 'format';
    if (oh > 14 || om > 59) return 'real';
    offsetMin = sign * (oh * 60 + om);
  }
  if (days === 'real' || hh > 23 || mi > 59 || ss > 59) return 'real';
  return ((((days * 24 + hh) * 60 + mi - offsetMin) * 60 + ss) * 1000 + ms) as Instant;
}

/** Plain digits (no sign, no point, no blanks) as a safe integer; null when it is not one. */
export function parseInteger(s: string): number | null {
  if (s.length === 0 || s.length > 15) return null;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const d = digit(s, i);
    if (d < 0) return null;
    v = v * 10 + d;
  }
  return v;
}

export type TempError = 'format' | 'decimals' | 'range';

/** A temperature in ℃: a decimal with at most 2 decimals, within 25–43 (§1, §3). */
export function parseTemperature(s: string): number | TempError {
  const point = s.indexOf('.');
  const whole = point < 0 ? s : s.slice(0, point);
  const frac = point < 0 ? '' : s.slice(point + 1);
  if (whole.length === 0 || whole.length > 3 || parseInteger(whole) === null) return 'format';
  if (point >= 0 && (frac.length === 0 || parseInteger(frac) === null)) return 'format';
  if (frac.length > 2) return 'decimals';
  // Parsed from at most 5 significant digits, the double is the nearest to the decimal, so < 36 and < 35.5
  // compare as the decimals do (36.0 is not below 36).
  const v = Number(s);
  return v < 25 || v > 43 ? 'range' : v;
}

/** The full names of China's province-level divisions (`province`, §3: full Chinese name). */
export const PROVINCES: ReadonlySet<string> = new Set([
  '北京市',
  '天津市',
  '上海市',
  '重庆市',
  '河北省',
  '山西省',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '湖南省',
  '广东省',
  '海南省',
  '四川省',
  '贵州省',
  '云南省',
  '陕西省',
  '甘肃省',
  '青海省',
  '台湾省',
  '内蒙古自治区',
  '广西壮族自治区',
  '西藏自治区',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
  '香港特别行政区',
  '澳门特别行政区',
]);
