// The anesthesia record as the API gives it: the stored record and entries, and what is derived from
// the entries (drug totals, fluid balance, antibiotic timing) and, as stored, from the vitals.
import type { AnesthesiaRecord } from '../../api/anesthesia';
import type { RecordEntries, RecordView } from '../../db/anesthesia/record.repo';
import type { CaseRow } from '../../db/registry/case.repo';
import { alertsAt, exposureAt } from '../../domain/anesthesia/intraop-state';
import {
  CHECKLIST_PHASES,
  type ChecklistAnswer,
  drugDef,
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

export function recordView(
  c: CaseRow,
  record: RecordView,
  entries: RecordEntries,
  derived: Derived,
  now: number,
  locale: Locale,
): AnesthesiaRecord {
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
    },
    events: entries.events.map((e) => ({
      id: e.id,
      code: e.code,
      label: eventDef(e.code)?.label ?? { 'zh-CN': e.code, 'en-US': e.code },
      text: e.text,
      at: e.at.toISOString(),
      overrideReason: e.overrideReason,
    })),
    drugs: entries.drugs.map((d) => ({
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
    })),
    drugTotals: totalsOf(entries, now, locale),
    fluids: entries.fluids.map((f) => ({
      id: f.id,
      direction: f.direction,
      kind: f.kind,
      volumeMl: f.volumeMl,
      at: f.at.toISOString(),
    })),
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
    })),
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
