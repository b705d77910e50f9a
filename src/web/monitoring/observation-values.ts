// A set's values as the form holds them (every value `null` until entered), its live NEWS2 by the same
// domain code the server scores with, what a correction changes, and a correction in words
// ("呼吸频率 35 → 15；NEWS2 3 → 0").
import type { ObservationCorrection, ObservationValues } from '../../api/monitoring';
import { SET_VALUE_FIELDS } from '../../domain/monitoring/observation-corrections';
import { getInstrument } from '../../domain/scores/index';
import { fmtDateTime } from '../shared/format';
import type { Locale, MessageKey, Translate } from '../shared/i18n';

/** Every value of the form, empty (`null`) until entered. */
export type Values = { [K in keyof ObservationValues]-?: Exclude<ObservationValues[K], undefined> };
export const EMPTY: Values = {
  respirationRate: null,
  spo2: null,
  onOxygen: null,
  systolicBp: null,
  pulse: null,
  consciousness: null,
  temperature: null,
};

/** A stored set's values in the form's shape (its scale is the set's, not a value). */
export const valuesOf = (stored: Record<string, unknown>): Values =>
  Object.fromEntries(SET_VALUE_FIELDS.map((f) => [f, stored[f] ?? null])) as Values;

/** NEWS2 of the values as typed, under the scale the set is scored on. */
export function liveNews2(v: Values, scale: 1 | 2 = 1) {
  const input = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null));
  return getInstrument('news2')!.compute({ ...input, spo2Scale: scale } as never);
}

/** The values that differ from the set's: what a correction sends. */
export const changedValues = (before: Values, after: Values): Partial<Values> =>
  Object.fromEntries(SET_VALUE_FIELDS.filter((f) => before[f] !== after[f]).map((f) => [f, after[f]]));

export const FIELD_LABELS: Record<string, MessageKey> = {
  takenAt: 'obs.takenAt',
  respirationRate: 'obs.rr',
  spo2: 'obs.spo2',
  onOxygen: 'obs.o2',
  systolicBp: 'obs.sbp',
  pulse: 'obs.pulse',
  consciousness: 'obs.acvpu',
  temperature: 'obs.temp',
  total: 'ward.news2',
  reason: 'obs.reason',
};

const FIELD_ORDER = ['takenAt', ...SET_VALUE_FIELDS, 'total'];

/** A field's label, a value field by its own (`values.pulse`: 脉搏). */
export const fieldLabel = (path: string, t: Translate): string | null => {
  const key = FIELD_LABELS[path.replace(/^values\./, '')];
  return key ? t(key) : null;
};

export function valueText(field: string, value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'takenAt' && typeof value === 'string') return fmtDateTime(value);
  if (typeof value === 'boolean') return t(value ? 'visit.yes' : 'visit.no');
  return String(value);
}

/** "呼吸频率 35 → 15；NEWS2 3 → 0"; a voided set's values as they were ("呼吸频率 22；…"). */
export function changeText(
  c: Pick<ObservationCorrection, 'before' | 'after' | 'action'>,
  t: Translate,
  locale: Locale,
): string {
  const sep = locale === 'en-US' ? '; ' : '；';
  const named = (f: string) => fieldLabel(f, t) ?? f;
  // In the form's order, whatever order the stored JSON keeps its keys in.
  const ordered = (o: Record<string, unknown>) => FIELD_ORDER.filter((f) => f in o);
  if (c.action === 'void')
    return ordered(c.before)
      .filter((f) => f !== 'takenAt')
      .map((f) => `${named(f)} ${valueText(f, c.before[f], t)}`)
      .join(sep);
  return ordered(c.after)
    .map((f) => `${named(f)} ${valueText(f, c.before[f], t)} → ${valueText(f, c.after[f], t)}`)
    .join(sep);
}

/** The values in one line: "RR 15 · SpO2 97 · 吸氧 否 · …". */
export const valuesLine = (stored: Record<string, unknown>, t: Translate): string =>
  SET_VALUE_FIELDS.filter((f) => stored[f] !== null && stored[f] !== undefined)
    .map((f) => `${t(FIELD_LABELS[f]!)} ${valueText(f, stored[f], t)}`)
    .join(' · ');
