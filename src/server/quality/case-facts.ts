// The case-level QC facts derived from Periop's own records (issue 12 §1: one derivation for the dashboard,
// the drill-down, the exports and the import check). The rows come from src/db/quality/case-facts.repo.ts; the
// mapping is pure. Readings: /work/shared/reference/qc-indicator-readings.md (D-numbers below). What Periop
// does not record is null (unknown, D04), never false.
import type { Db } from '../../db/client';
import {
  type FactCaseRow,
  type FactComplicationRow,
  type FactEventRow,
  type FactPostVisitRow,
  type FactSources,
  type FactTemperatureRow,
  factSources,
} from '../../db/quality/case-facts.repo';
import type {
  AnesthesiaMethod,
  AsaClass,
  CancelStage,
  CaseFacts,
  CaseStatus,
  DeathFacts,
  ExtubationFacts,
  IcuFacts,
  Instant,
  LocalDate,
  PacuFacts,
  TemperatureSummary,
} from '../../domain/quality/facts';
import { localDayBounds } from '../../domain/quality/facts';
import { summarizeTemperature, temperatureWindow } from '../../domain/quality/temperature';
import type { CancelStage as RegistryCancelStage } from '../../domain/registry/case-status';

/** The record's event codes the facts read (record-vocabulary.ts RECORD_EVENTS and ADVERSE_EVENTS). */
export const FACT_EVENT_CODES = [
  'extubation',
  'reintubation_unplanned',
  'ae_cardiac_arrest',
  'ae_severe_allergy',
  'ae_aspiration',
  'ae_dental_injury',
  'ae_unplanned_airway',
] as const;

/** Local (UTC+08:00) dates [from, to) as instants, for the anchor of D02. */
export function periodInstants(from: LocalDate, to: LocalDate): { from: Date; to: Date } {
  return { from: new Date(localDayBounds(from).start), to: new Date(localDayBounds(to).start) };
}

const at = (ms: number | null): Instant | null => (ms === null ? null : (Number(ms) as Instant));

function caseStatus(r: FactCaseRow): CaseStatus {
  if (r.status !== 'cancelled') return { kind: 'performed' };
  const stage = r.cancelStage as RegistryCancelStage | null;
  if (stage !== null) return { kind: 'cancelled', stage: stage satisfies CancelStage };
  // D20: a cancellation without its stage is placed by the times the case reached.
  if (r.inRoomAt === null) return { kind: 'cancelled', stage: 'before_room' };
  if (r.anesthesiaStartAt === null) return { kind: 'cancelled', stage: 'after_room_before_anesthesia' };
  return { kind: 'cancelled', stage: 'after_anesthesia_before_incision' };
}

/** The charted airway of a tube GA: a double-lumen tube when charted as one (AIRWAY_OPTIONS), else a tube. */
const tubeAirway = (airway: string | null): 'ett' | 'dlt' =>
  airway !== null && /双腔|double-lumen|\bDLT\b/i.test(airway) ? 'dlt' : 'ett';

/**
 * The record's actual method (not the planned one) in the 2015 five-class scheme (history-import.md §2,
 * D05–D07). Periop's `combined` does not say which methods were combined, so it is unknown here.
 */
function method(r: FactCaseRow): AnesthesiaMethod | null {
  switch (r.method) {
    case 'general_tube': {
      const airway = tubeAirway(r.airway);
      return { class: 'ga_airway', subtype: airway, airway };
    }
    case 'general_lma':
      return { class: 'ga_airway', subtype: 'lma', airway: 'lma' };
    case 'general_no_airway':
      return { class: 'ga_no_airway', subtype: 'iv', airway: 'none' };
    // D07: the class is what the indicators read; Periop does not chart the neuraxial technique (unknown).
    case 'neuraxial':
      return { class: 'neuraxial', subtype: null, airway: 'none' };
    case 'nerve_block':
      return { class: 'other', subtype: 'nerve_block', airway: 'none' };
    case 'sedation':
      return { class: 'other', subtype: 'sedation', airway: 'none' };
    case 'local':
      return { class: 'other', subtype: 'local_mac', airway: 'none' };
    default:
      return null;
  }
}

function pacu(r: FactCaseRow, temps: readonly FactTemperatureRow[]): PacuFacts | null {
  if (r.pacuInAt !== null) {
    const inAt = r.pacuInAt;
    // AQI-IHP-17 (D10): the first temperature at or after PACU admission, as the PACU summary shows it.
    const first = temps.find((t) => t.at >= inAt);
    return {
      kind: 'stay',
      inAt: inAt as Instant,
      outAt: at(r.pacuOutAt),
      firstTempC: first?.celsius ?? null,
    };
  }
  // No PACU stay once the case went on to the ward or ICU, or was cancelled; unknown while it is under way.
  return r.status === 'ward' || r.status === 'icu' || r.status === 'cancelled' ? { kind: 'none' } : null;
}

function temperature(r: FactCaseRow, temps: readonly FactTemperatureRow[]): TemperatureSummary | null {
  // Periop's temp_mode is a default, not a statement that temperature was monitored: without a record or a
  // reading, monitoring is unknown (D04, D10).
  if (r.tempMode === null || temps.length === 0) return null;
  const mode = r.tempMode === 'intermittent' ? 'intermittent' : 'continuous';
  const window = temperatureWindow({
    inRoomAt: at(r.inRoomAt),
    outOfRoomAt: at(r.outOfRoomAt),
    pacuInAt: at(r.pacuInAt),
    pacuOutAt: at(r.pacuOutAt),
  });
  return summarizeTemperature(
    mode,
    temps.map((t) => ({ at: t.at as Instant, celsius: t.celsius })),
    window,
  );
}

/** A coded record event: its times; none on a signed record without it; unknown before signing (D04). */
function coded(r: FactCaseRow, events: readonly FactEventRow[], code: string): Instant[] | null {
  const times = events.filter((e) => e.code === code).map((e) => e.at as Instant);
  if (times.length > 0) return times;
  return r.recordSigned === true ? [] : null;
}

const flag = (times: Instant[] | null): boolean | null => (times === null ? null : times.length > 0);

function extubation(r: FactCaseRow, events: readonly FactEventRow[]): ExtubationFacts | null {
  const extubations = coded(r, events, 'extubation');
  if (extubations === null) return null;
  const first = extubations[0];
  if (first === undefined) return { kind: 'none' };
  // D16: a re-intubation must follow the extubation; the first one after it is the one the 6 h reach reads.
  const again = events.find((e) => e.code === 'reintubation_unplanned' && e.at > first);
  // D15: Periop does not record whether a re-intubation was for a return to theatre.
  return {
    kind: 'extubated',
    at: first,
    reintubation: again
      ? { kind: 'unplanned', at: again.at as Instant, dueToReoperation: null }
      : r.recordSigned === true
        ? { kind: 'none' }
        : null,
  };
}

function icu(r: FactCaseRow): IcuFacts | null {
  if (r.destination === null) return r.status === 'cancelled' ? { kind: 'none' } : null;
  if (r.destination !== 'icu') return { kind: 'none' };
  if (r.destinationAt === null) return null;
  // D29: the plan made at the signed pre-anesthesia visit (before induction); no plan recorded = unknown.
  const planned = r.plannedDestination === null ? null : r.plannedDestination === 'icu';
  return { kind: 'admitted', at: r.destinationAt as Instant, plannedBeforeInduction: planned };
}

function death(r: FactCaseRow): DeathFacts | null {
  // D17: the 28-day outcome; no decided outcome yet (or 'unknown') is not "alive".
  if (r.outcomeStatus === 'alive') return { kind: 'alive' };
  if (r.outcomeStatus === 'died' && r.deathAt !== null) return { kind: 'dead', at: r.deathAt as Instant };
  return null;
}

/**
 * A post-op finding: yes with a confirmed complication of the type or a visit answering yes; no when a visit
 * answered no and nothing confirmed; unknown when nobody asked (D04).
 */
function finding(
  visits: readonly FactPostVisitRow[],
  complications: readonly FactComplicationRow[],
  answer: (v: FactPostVisitRow) => boolean | null,
  type: string,
): boolean | null {
  if (complications.some((k) => k.type === type)) return true;
  const answers = visits.map(answer).filter((a): a is boolean => a !== null);
  if (answers.length === 0) return null;
  return answers.some((a) => a);
}

const ASA = new Set([1, 2, 3, 4, 5, 6]);

function groupBy<T extends { caseId: string }>(list: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of list) {
    const group = map.get(row.caseId);
    if (group) group.push(row);
    else map.set(row.caseId, [row]);
  }
  return map;
}

/** The facts of each case from its rows (pure). */
export function toCaseFacts(s: FactSources): CaseFacts[] {
  const events = groupBy(s.events);
  const temps = groupBy(s.temperatures);
  const visits = groupBy(s.postVisits);
  const complications = groupBy(s.complications);
  return s.cases.map((r): CaseFacts => {
    const ev = events.get(r.caseId) ?? [];
    const tp = temps.get(r.caseId) ?? [];
    const pv = visits.get(r.caseId) ?? [];
    const cx = complications.get(r.caseId) ?? [];
    const arrests = coded(r, ev, 'ae_cardiac_arrest');
    const aspirations = coded(r, ev, 'ae_aspiration');
    return {
      caseId: r.caseId,
      // D03: the person is the patient master index's MRN, the id a history import's person_id carries.
      personId: r.mrn,
      externalId: null,
      recordLevel: 'full',
      // Every Periop case is a booked operation in a theatre (surgical_cases.or_room).
      procedureType: 'surgery',
      status: caseStatus(r),
      location: 'or',
      urgency:
        r.urgency === 'elective' || r.urgency === 'urgent' || r.urgency === 'emergency' ? r.urgency : null,
      asa: r.asaClass !== null && ASA.has(r.asaClass) ? (r.asaClass as AsaClass) : null,
      method: method(r),
      // D04 exception: a time anchor not recorded did not happen.
      times: {
        scheduledAt: at(r.scheduledAt),
        inRoomAt: at(r.inRoomAt),
        anesthesiaStartAt: at(r.anesthesiaStartAt),
        surgeryStartAt: at(r.surgeryStartAt),
        surgeryEndAt: at(r.surgeryEndAt),
        anesthesiaEndAt: at(r.anesthesiaEndAt),
        outOfRoomAt: at(r.outOfRoomAt),
      },
      // D19: the signed pre-anesthesia visit; a draft or a consent is no visit.
      visitCompletedAt: at(r.visitSignedAt),
      pacu: pacu(r, tp),
      temperature: temperature(r, tp),
      // D11: Periop does not record deliberate therapeutic cooling.
      therapeuticCooling: null,
      activeWarming: r.activeWarming,
      // D22: the blood charted on the record; final only once it is signed.
      autologousMl: r.recordSigned === true ? r.autologousMl : null,
      allogeneicMl: r.recordSigned === true ? r.allogeneicMl : null,
      dentalInjury: flag(coded(r, ev, 'ae_dental_injury')),
      // D32: the SpO₂ on air on leaving is not charted.
      aspiration:
        aspirations === null
          ? null
          : aspirations.length > 0
            ? { kind: 'aspiration', exitSpo2Air: null }
            : { kind: 'none' },
      unplannedAirway: flag(coded(r, ev, 'ae_unplanned_airway')),
      cardiacArrest:
        arrests === null ? null : arrests.length > 0 ? { kind: 'arrest', times: arrests } : { kind: 'none' },
      severeAllergyEpinephrine: flag(coded(r, ev, 'ae_severe_allergy')),
      cvc: null,
      awareness: finding(pv, cx, (v) => v.awareness, 'awareness'),
      extubation: extubation(r, ev),
      icu: icu(r),
      postopAnalgesia: null,
      neuroDeficit72h: finding(pv, cx, (v) => v.neuroDeficit, 'regional_block_neuro_deficit'),
      hoarseness72h: finding(pv, cx, (v) => v.hoarseness, 'hoarseness_72h'),
      coma24h: cx.some((k) => k.type === 'new_coma') ? true : null,
      comaDeliberateSedation: null,
      cranialSurgery: null,
      laryngealNeckThoracicSurgery: null,
      labourConvertedToCaesarean: null,
      death: death(r),
    };
  });
}

/** The facts of the cases anchored in [from, to) (local dates, D02), optionally of some wards only. */
export async function deriveCaseFacts(
  db: Db,
  period: { from: LocalDate; to: LocalDate; wardIds?: readonly string[] | null },
): Promise<CaseFacts[]> {
  const bounds = periodInstants(period.from, period.to);
  const sources = await factSources(db, { ...bounds, wardIds: period.wardIds ?? null }, FACT_EVENT_CODES);
  return toCaseFacts(sources);
}
