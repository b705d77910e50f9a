// A correction in words: what changed from what to what ("剂量 1200 → 120", "时间 10:20 → 10:05"), and
// whether an entry was recorded well after it happened (补记).
import type { EntryCorrection } from '../../api/anesthesia';
import { drugDef } from '../../domain/anesthesia/drug-catalogue';
import { recordFieldLabel } from '../../domain/anesthesia/record-fields';
import { FLUID_LABELS, type FluidKind } from '../../domain/anesthesia/record-vocabulary';
import type { Locale } from '../../domain/common/field-messages';
import { formatTimeOfDay } from '../../domain/common/time-of-day';

const TIME_FIELDS = new Set(['at', 'startAt', 'endAt']);
/** Fields that follow another and say nothing of their own (the unit follows the drug). */
const FOLLOWING = new Set(['unit', 'route', 'direction', 'id']);

export function valueText(field: string, value: unknown, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '—';
  if (TIME_FIELDS.has(field) && typeof value === 'string') return formatTimeOfDay(Date.parse(value));
  if (field === 'drug' && typeof value === 'string') return drugDef(value)?.label[locale] ?? value;
  if (field === 'kind' && typeof value === 'string' && value in FLUID_LABELS)
    return FLUID_LABELS[value as FluidKind][locale];
  return String(value);
}

/** "剂量 1200 → 120；时间 10:20 → 10:05" */
export function changeText(c: Pick<EntryCorrection, 'before' | 'after'>, locale: Locale): string {
  return Object.keys(c.after)
    .filter((f) => !FOLLOWING.has(f))
    .map(
      (f) =>
        `${recordFieldLabel(f, locale) ?? f} ${valueText(f, c.before[f], locale)} → ${valueText(f, c.after[f], locale)}`,
    )
    .join(locale === 'en-US' ? '; ' : '；');
}

/** Recorded this long after it happened or more, an entry is marked as recorded later. */
export const LATE_MS = 5 * 60_000;
export const recordedLate = (at: string, recordedAt: string): boolean =>
  Date.parse(recordedAt) - Date.parse(at) >= LATE_MS;
