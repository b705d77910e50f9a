// Numbers of the QC pages with their unit: an indicator's value in its own unit (96.18%, 2.35:1, 312.0
// case-episodes per person), a KPI's fraction as a percentage with its Wilson interval, days and counts;
// and why there is no value (the denominator is 0, the staffing was not reported).
import type { IndicatorItem } from '../../api/quality';
import type { Locale } from '../../domain/common/field-messages';
import type { Unit } from '../../domain/quality/types';
import type { MessageKey, Translate } from '../shared/i18n';

const DECIMALS: Record<Unit, number> = {
  '%': 2,
  '‰': 2,
  '‱': 2,
  ratio: 2,
  count: 1,
  per_10000_cases: 2,
};

const UNIT_TEXT: Record<Unit, MessageKey> = {
  '%': 'qc.value.percent',
  '‰': 'qc.value.permille',
  '‱': 'qc.value.permyriad',
  ratio: 'qc.value.ratio',
  count: 'qc.value.count',
  per_10000_cases: 'qc.value.per10000',
};

const DASH = '—';

/** A number with a fixed count of decimals, grouped as the language writes it. */
export const fixed = (v: number, decimals: number, locale: Locale): string =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
    v,
  );

/** A whole count (1,234). */
export const count = (v: number | null, locale: Locale): string => (v === null ? DASH : fixed(v, 0, locale));

/** A value in an indicator's unit; a dash when there is none. */
export function unitValue(value: number | null, unit: Unit, t: Translate, locale: Locale): string {
  if (value === null) return DASH;
  return t(UNIT_TEXT[unit], { v: fixed(value, DECIMALS[unit], locale) });
}

/** An indicator's value, or why it has none. */
export function indicatorValueText(
  item: Pick<IndicatorItem, 'value' | 'unit' | 'counting' | 'numerator' | 'denominator'>,
  t: Translate,
  locale: Locale,
): string {
  if (item.value !== null) return unitValue(item.value, item.unit, t, locale);
  if (item.counting === 'staffing' && (item.numerator === null || item.denominator === null))
    return t('quality.staffingNotReported');
  return t('quality.valueUnavailable');
}

/** A fraction (0.2534) as a percentage (25.34%). */
export const percent = (fraction: number | null, locale: Locale, t: Translate): string =>
  fraction === null ? DASH : t('qc.value.percent', { v: fixed(fraction * 100, 2, locale) });

/** A Wilson interval of fractions, as percentages. */
export const interval = (lower: number | null, upper: number | null, locale: Locale, t: Translate): string =>
  lower === null || upper === null
    ? DASH
    : t('qc.kpi.interval', { lower: percent(lower, locale, t), upper: percent(upper, locale, t) });

/** Days with one decimal (an average length of stay). */
export const days = (v: number | null, locale: Locale, t: Translate): string =>
  v === null ? DASH : t('qc.kpi.daysValue', { v: fixed(v, 1, locale) });
