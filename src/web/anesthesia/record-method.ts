// The method panel's draft: the record's method and details as stored, or — while none is stored — the
// case's planned method with the airway it implies, so the anesthesiologist checks rather than types,
// and signing saves it first (the record is signed on the first try).
import type { AnesthesiaRecord, RecordUpdate } from '../../api/anesthesia';
import { defaultAirway } from '../../domain/anesthesia/record-signing';
import type { Locale } from '../../domain/common/field-messages';
import { ANESTHESIA_METHODS, type AnesthesiaMethod } from '../../domain/registry/vocabulary';

export type MethodDraft = Omit<RecordUpdate, 'version'>;

const asMethod = (m: string | null | undefined): AnesthesiaMethod | null =>
  (ANESTHESIA_METHODS as readonly string[]).includes(m ?? '') ? (m as AnesthesiaMethod) : null;

/** The draft a record starts from: what is stored, the plan where nothing is. */
export function initialDraft(rec: AnesthesiaRecord, locale: Locale): MethodDraft {
  const method = rec.record.method ?? asMethod(rec.case.plannedAnesthesia);
  const airway = rec.record.details.airway ?? defaultAirway(method)?.[locale];
  return {
    method,
    details: { ...rec.record.details, ...(airway ? { airway } : {}) },
    tempMode: rec.record.tempMode,
  };
}

const stored = (rec: AnesthesiaRecord): MethodDraft => ({
  method: rec.record.method,
  details: rec.record.details,
  tempMode: rec.record.tempMode,
});

const clean = (d: MethodDraft) =>
  JSON.stringify({
    method: d.method,
    details: Object.fromEntries(
      Object.entries(d.details)
        .filter(([, v]) => v !== undefined && v !== '' && v !== false)
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
    tempMode: d.tempMode,
  });

export const sameDraft = (a: MethodDraft, b: MethodDraft): boolean => clean(a) === clean(b);

/** Whether the draft differs from what the record stores (and is saved before signing). */
export const needsSave = (draft: MethodDraft, rec: AnesthesiaRecord): boolean =>
  !sameDraft(draft, stored(rec));

/** Whether the draft came from the plan rather than from the record. */
export const prefilled = (rec: AnesthesiaRecord): boolean => rec.record.method === null;
