// The anesthesia record as the API gives it: the stored record and entries — the voided ones with them,
// struck through, and each entry's corrections — and what is derived from the entries that stand (drug
// totals, fluid balance, antibiotic timing) and, as stored, from the vitals.
import type { AnesthesiaRecord, EntryCorrection } from '../../api/anesthesia';
import type { ManualReading } from '../../db/anesthesia/manual-reading.repo';
import type { CorrectionRow, RecordEntries, RecordView } from '../../db/anesthesia/record.repo';
import type { CaseRow } from '../../db/registry/case.repo';
import { drugDef } from '../../domain/anesthesia/drug-catalogue';
import { alertsAt, exposureAt } from '../../domain/anesthesia/intraop-state';
import {
  CHECKLIST_PHASES,
  type ChecklistAnswer,
  drugTotals,
  eventDef,
  fluidBalance,
  phaseComplete,
} from '../../domain/anesthesia/record-vocabulary';
import type { Locale } from '../../domain/common/field-messages';
import type { Derived } from './derivation';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export const drugName = (code: string, locale: Locale): string => drugDef(code)?.label[locale] ?? code;

/** Totals per drug: boluses and infusion segments, a running one up to `now`. */
export function totalsOf(entries: RecordEntries, now: number, locale: Locale) {
  const totals = drugTotals(
    entries.drugs.map((d) => ({
      drug: d.drug,
      kind: d.kind,
      dose: d.dose,
      rate: d.rate,
      startAt: d.startAt.getTime(),
      endAt: d.endAt?.getTime() ?? null,
    })),
    now,
  );
  return [...totals].map(([drug, total]) => ({
    drug,
    name: drugName(drug, locale),
    total,
    unit: drugDef(drug)?.unit ?? '',
  }));
}

export const balanceOf = (entries: RecordEntries) =>
  fluidBalance(entries.fluids.map((f) => ({ direction: f.direction, volumeMl: f.volumeMl })));

/** Each antibiotic dose in minutes relative to incision (negative = before 切皮). */
export function antibioticTiming(entries: RecordEntries, locale: Locale) {
  const incision = entries.events.find((e) => e.code === 'incision')?.at.getTime() ?? null;
  return entries.drugs
    .filter((d) => drugDef(d.drug)?.category === 'antibiotic')
    .map((d) => ({
      drug: d.drug,
      name: drugName(d.drug, locale),
      at: d.startAt.toISOString(),
      minutesFromIncision: incision === null ? null : Math.round((d.startAt.getTime() - incision) / 60_000),
    }));
}

/** The alerts and the exposure at `now` (出室 once the case has left), as stored. */
export function vitalsDerived(derived: Derived, tempMode: RecordView['tempMode'], now: number) {
  return {
    alerts: alertsAt(derived.trackers, derived.episodes, tempMode, now),
    exposure: exposureAt(derived.trackers, now),
  };
}

/** What the record on screen shows beside the entries that stand. */
export type RecordLedger = {
  voided: Pick<RecordEntries, 'events' | 'drugs' | 'fluids'>;
  corrections: CorrectionRow[];
  manual: ManualReading[];
  /** Display names by user id. */
  names: ReadonlyMap<string, string>;
};

/** The user ids a ledger names, for their display names. */
export function ledgerUsers(entries: RecordEntries, ledger: Omit<RecordLedger, 'names'>): string[] {
  const rows = [...entries.events, ...entries.drugs, ...entries.fluids];
  const voided = [...ledger.voided.events, ...ledger.voided.drugs, ...ledger.voided.fluids];
  return [
    ...[...rows, ...voided].map((r) => r.recordedBy),
    ...voided.map((r) => r.voidedBy ?? ''),
    ...ledger.corrections.map((c) => c.changedBy),
    ...ledger.manual.flatMap((m) => [m.enteredBy ?? '', m.artefactBy ?? '']),
  ].filter(Boolean);
}

type Stamped = {
  id: string;
  version: number;
  recordedAt: Date;
  recordedBy: string;
  voidedAt: Date | null;
  voidedBy: string | null;
  voidReason: string | null;
};

const toCorrection = (c: CorrectionRow, names: RecordLedger['names']): EntryCorrection => ({
  action: c.action,
  at: c.changedAt.toISOString(),
  by: names.get(c.changedBy) ?? '—',
  reason: c.reason,
  before: c.before,
  after: c.after,
});

/** Each entry's corrections, by its kind and id, in the order they were made. */
function correctionsBy(ledger: RecordLedger): (kind: string, id: string) => EntryCorrection[] {
  const byEntry = new Map<string, EntryCorrection[]>();
  for (const c of ledger.corrections) {
    const key = `${c.entryKind}|${c.entryId}`;
    byEntry.set(key, [...(byEntry.get(key) ?? []), toCorrection(c, ledger.names)]);
  }
  return (kind, id) => byEntry.get(`${kind}|${id}`) ?? [];
}

/** Merges the voided entries into the standing ones, in time order. */
const withVoided = <T>(standing: T[], voided: T[], at: (e: T) => Date) =>
  [...standing, ...voided].sort((a, b) => at(a).getTime() - at(b).getTime());

export function recordView(
  c: CaseRow,
  record: RecordView,
  entries: RecordEntries,
  ledger: RecordLedger,
  derived: Derived,
  now: number,
  locale: Locale,
): AnesthesiaRecord {
  const name = (id: string | null) => (id ? (ledger.names.get(id) ?? '—') : '—');
  const history = correctionsBy(ledger);
  const meta = (kind: string, e: Stamped) => ({
    version: e.version,
    recordedAt: e.recordedAt.toISOString(),
    recordedBy: name(e.recordedBy),
    voided: e.voidedAt
      ? { at: e.voidedAt.toISOString(), by: name(e.voidedBy), reason: e.voidReason ?? '' }
      : null,
    corrections: history(kind, e.id),
  });
  const { alerts, exposure } = vitalsDerived(derived, record.tempMode, now);
  const acked = new Set(entries.acks.map((a) => `${a.kind}|${a.startAt.getTime()}`));
  const answers = new Map(
    entries.checklist.map((a) => [`${a.phase}.${a.item}`, a.answer as ChecklistAnswer]),
  );
  return {
    record: {
      id: record.id,
      method: record.method,
      details: record.details,
      tempMode: record.tempMode,
      status: record.status,
      revision: record.revision,
      signedAt: iso(record.signedAt),
      signedBy: record.signedBy,
      amendmentReason: record.amendmentReason,
      version: record.version,
    },
    case: {
      status: c.status,
      version: c.version,
      inRoomAt: iso(c.inRoomAt),
      outOfRoomAt: iso(c.outOfRoomAt),
      orRoom: c.orRoom,
      plannedAnesthesia: c.plannedAnesthesia,
    },
    events: withVoided(entries.events, ledger.voided.events, (e) => e.at).map((e) => ({
      id: e.id,
      code: e.code,
      label: eventDef(e.code)?.label ?? { 'zh-CN': e.code, 'en-US': e.code },
      text: e.text,
      at: e.at.toISOString(),
      overrideReason: e.overrideReason,
      ...meta('event', e),
    })),
    drugs: withVoided(entries.drugs, ledger.voided.drugs, (d) => d.startAt).map((d) => ({
      id: d.id,
      drug: d.drug,
      name: drugName(d.drug, locale),
      generic: drugDef(d.drug)?.label['en-US'] ?? d.drug,
      kind: d.kind,
      dose: d.dose,
      rate: d.rate,
      unit: d.unit,
      route: d.route,
      startAt: d.startAt.toISOString(),
      endAt: iso(d.endAt),
      ...meta('drug', d),
    })),
    drugTotals: totalsOf(entries, now, locale),
    fluids: withVoided(entries.fluids, ledger.voided.fluids, (f) => f.at).map((f) => ({
      id: f.id,
      direction: f.direction,
      kind: f.kind,
      volumeMl: f.volumeMl,
      at: f.at.toISOString(),
      ...meta('fluid', f),
    })),
    manualVitals: ledger.manual.map((m) => {
      const corrections = history('vital', String(m.id));
      const last = corrections.at(-1);
      return {
        id: m.id,
        param: m.param,
        value: m.value,
        unit: m.unit,
        at: m.observedAt.toISOString(),
        version: m.artefact ? 2 : 1,
        recordedAt: m.receivedAt.toISOString(),
        recordedBy: name(m.enteredBy),
        voided: m.artefact
          ? {
              at: (m.artefactAt ?? m.receivedAt).toISOString(),
              by: name(m.artefactBy),
              reason: m.artefactReason ?? last?.reason ?? '',
            }
          : null,
        corrections,
      };
    }),
    balance: balanceOf(entries),
    exposure: exposure
      ? {
          ...exposure,
          minutesBelow: Math.round(exposure.minutesBelow * 10) / 10,
          aut: Math.round(exposure.aut * 10) / 10,
          twa: Math.round(exposure.twa * 100) / 100,
        }
      : null,
    antibioticTiming: antibioticTiming(entries, locale),
    checklist: entries.checklist.map((a) => ({
      phase: a.phase,
      item: a.item,
      answer: a.answer,
      answeredBy: a.answeredBy,
      answeredAt: a.answeredAt.toISOString(),
      version: a.version,
    })),
    checklistCorrections: ledger.corrections
      .filter((k) => k.entryKind === 'checklist')
      .map((k) => {
        const [phase, item] = k.entryId.split('.') as [(typeof CHECKLIST_PHASES)[number], string];
        return { phase, item, ...toCorrection(k, ledger.names) };
      }),
    checklistComplete: Object.fromEntries(
      CHECKLIST_PHASES.map((p) => [p, phaseComplete(p, answers)]),
    ) as Record<(typeof CHECKLIST_PHASES)[number], boolean>,
    alerts: alerts.map((a) => ({
      ...a,
      start: new Date(a.start).toISOString(),
      end: new Date(a.end).toISOString(),
      acknowledged: acked.has(`${a.kind}|${a.start}`),
    })),
  };
}
