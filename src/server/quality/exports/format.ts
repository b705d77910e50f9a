// How the QC exports write a figure: an indicator's value in its own unit (96.18 %, 1.20 ‰, 0.62:1), the Excel
// number format that shows the same while the cell stays a number, why a value is absent, and the local
// (UTC+08:00, history-import.md §1) clock of an instant.
import type { IndicatorItem } from '../../../api/quality';
import type { Locale } from '../../../domain/common/field-messages';
import { CST_OFFSET_MS } from '../../../domain/quality/facts';
import { QUALITY_MESSAGES } from '../../../domain/quality/messages';
import type { Edition, Unit } from '../../../domain/quality/types';
import { exportText } from './labels';

const DECIMALS: Record<Unit, number> = { '%': 2, '‰': 2, '‱': 2, ratio: 2, count: 1, per_10000_cases: 2 };

/** What follows the number: the sign for a rate, ":1" for a ratio, a word for a count. */
const SUFFIX: Record<Unit, Record<Locale, string>> = {
  '%': { 'zh-CN': '%', 'en-US': '%' },
  '‰': { 'zh-CN': '‰', 'en-US': '‰' },
  '‱': { 'zh-CN': '‱', 'en-US': '‱' },
  ratio: { 'zh-CN': ':1', 'en-US': ':1' },
  count: { 'zh-CN': ' 例次/人', 'en-US': ' per head' },
  per_10000_cases: { 'zh-CN': ' 人/万例次', 'en-US': ' per 10,000' },
};

/** In print the Noto CJK font has no ‱ (U+2031): a PDF writes "/万" (per 10,000) instead. */
const PRINT_SUFFIX: Partial<Record<Unit, Record<Locale, string>>> = {
  '‱': { 'zh-CN': '/万', 'en-US': ' per 10,000' },
};

/** Where the figure goes: a spreadsheet shows any character, a PDF only those of its embedded font. */
export type Medium = 'sheet' | 'print';

const suffix = (unit: Unit, locale: Locale, medium: Medium): string =>
  (medium === 'print' ? PRINT_SUFFIX[unit]?.[locale] : undefined) ?? SUFFIX[unit][locale];

export const NO_VALUE = '—';

export function formatNumber(n: number, decimals: number): string {
  return new Intl.NumberFormat('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(n);
}

/** "96.18%", "1.20‰", "0.62:1", "1,234.5 例次/人"; "—" for no value. */
export function formatValue(
  value: number | null,
  unit: Unit,
  locale: Locale,
  medium: Medium = 'sheet',
): string {
  if (value === null) return NO_VALUE;
  return `${formatNumber(value, DECIMALS[unit])}${suffix(unit, locale, medium)}`;
}

/** The unit as an axis or a caption names it: "%", "‰", "/万", "例次/人". */
export function unitSign(unit: Unit, locale: Locale, medium: Medium = 'sheet'): string {
  return suffix(unit, locale, medium).replace(/^[\s:]+/, '') || unit;
}

/** Excel number format showing the value with its unit; the cell keeps the plain number. */
export function valueNumFmt(unit: Unit, locale: Locale): string {
  const digits = DECIMALS[unit];
  const base = `#,##0${digits > 0 ? `.${'0'.repeat(digits)}` : ''}`;
  return `${base}"${SUFFIX[unit][locale]}"`;
}

export type NullReason = 'null.denominatorZero' | 'null.notReported';

/** Why an indicator has no value: head-counts not reported, or nothing in the denominator; null when it has one. */
export function nullReason(
  item: Pick<IndicatorItem, 'value' | 'numerator' | 'denominator'>,
): NullReason | null {
  if (item.value !== null) return null;
  return item.numerator === null || item.denominator === null ? 'null.notReported' : 'null.denominatorZero';
}

export function nullReasonText(
  item: Pick<IndicatorItem, 'value' | 'numerator' | 'denominator'>,
  locale: Locale,
): string | null {
  const reason = nullReason(item);
  return reason === null ? null : exportText(reason, locale);
}

/** The instant as the wall clock of UTC+08:00, for a spreadsheet date cell (Excel dates carry no zone). */
export function cstWallClock(at: Date | string): Date {
  const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(t + CST_OFFSET_MS);
}

/** "2026-03-31 17:05" on the UTC+08:00 clock. */
export function cstDateTime(at: Date | string): string {
  return cstWallClock(at).toISOString().slice(0, 16).replace('T', ' ');
}

export function editionText(edition: Edition, locale: Locale): string {
  return QUALITY_MESSAGES[`quality.edition.${edition}`][locale];
}

export function wardsText(wards: readonly string[], locale: Locale): string {
  return wards.length === 0
    ? exportText('head.allWards', locale)
    : wards.join(exportText('list.separator', locale));
}

/** "2026-03" → its first and last calendar day. */
export function monthBounds(month: string): { from: string; to: string } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
