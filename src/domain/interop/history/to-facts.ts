// The one mapping of an imported row onto the QC facts (history-import.md §3 → facts.ts; readings D01–D34 of
// qc-indicator-readings.md), the counterpart of src/server/quality/case-facts.ts for Periop's own records. An
// empty flag or measurement is unknown (null, D04); an empty time anchor did not happen; empty death columns
// are alive; an empty visit is no documented visit. A `kpi_only` row keeps only what the KPI columns say: no
// anesthesia fact is invented for it (D01).
import type {
  AnesthesiaMethod,
  CaseFacts,
  DeathFacts,
  DeliveryFacts,
  ExtubationFacts,
  PacuFacts,
  StaffingFacts,
  TemperatureSummary,
} from '../../quality/facts';
import { type Headcounts, staffingFacts } from '../../quality/staffing';
import { summarizeTemperature, temperatureWindow } from '../../quality/temperature';
import { type DeliveryRow, type HistoryCaseRow, type StaffingRow, SUBTYPES_OF } from './types';

const member = <T extends string>(list: readonly T[], v: string | null): v is T =>
  v !== null && (list as readonly string[]).includes(v);

/** §2: the method as validated (subtype allowed for the class, device matching); empty class = unknown. */
function method(r: HistoryCaseRow): AnesthesiaMethod | null {
  const sub = r.anesthesiaSubtype;
  const airway = r.airwayDevice;
  if (airway === null) return null;
  switch (r.anesthesiaClass) {
    case 'neuraxial':
      return member(SUBTYPES_OF.neuraxial, sub) ? { class: 'neuraxial', subtype: sub, airway } : null;
    case 'ga_airway':
      return member(SUBTYPES_OF.ga_airway, sub) && airway === sub
        ? { class: 'ga_airway', subtype: sub, airway: sub }
        : null;
    case 'ga_no_airway':
      return member(SUBTYPES_OF.ga_no_airway, sub) && (airway === 'none' || airway === 'facemask')
        ? { class: 'ga_no_airway', subtype: sub, airway }
        : null;
    case 'combined':
      return member(SUBTYPES_OF.combined, sub) ? { class: 'combined', subtype: sub, airway } : null;
    case 'other':
      return member(SUBTYPES_OF.other, sub) ? { class: 'other', subtype: sub, airway } : null;
    default:
      return null;
  }
}

/** Time anchors (D04 exception): no `pacu_in_at` = no PACU; no `pacu_out_at` with it = stay of unknown length. */
function pacu(r: HistoryCaseRow): PacuFacts {
  if (r.pacuInAt === null) return { kind: 'none' };
  return { kind: 'stay', inAt: r.pacuInAt, outAt: r.pacuOutAt, firstTempC: r.pacuFirstTempC };
}

/** D08–D10: the series over the AQI-IHT-10 window; a mode without readings is monitored, hypothermia unknown. */
function temperature(r: HistoryCaseRow): TemperatureSummary | null {
  if (r.tempMonitoring === null) return null;
  const window = temperatureWindow({
    inRoomAt: r.inRoomAt,
    outOfRoomAt: r.outOfRoomAt,
    pacuInAt: r.pacuInAt,
    pacuOutAt: r.pacuOutAt,
  });
  return summarizeTemperature(r.tempMonitoring, r.tempSeries, window);
}

/** `extubated_at` empty = no post-op extubation; `reintubation_unplanned` empty = unknown (D15, D16). */
function extubation(r: HistoryCaseRow): ExtubationFacts {
  if (r.extubatedAt === null) return { kind: 'none' };
  const again = r.reintubationUnplanned;
  return {
    kind: 'extubated',
    at: r.extubatedAt,
    reintubation:
      again === null
        ? null
        : again
          ? { kind: 'unplanned', at: r.reintubatedAt, dueToReoperation: r.reintubationDueToReoperation }
          : { kind: 'none' },
  };
}

/** §1: empty death columns = alive (the death register is complete); a date without a time (D17). */
function death(r: HistoryCaseRow): DeathFacts {
  if (r.deathDate === null) return { kind: 'alive' };
  return r.deathAt !== null ? { kind: 'dead', at: r.deathAt } : { kind: 'dead_date_only', date: r.deathDate };
}

/** A flag with a detail: unknown, none, or the detail. */
const withDetail = <T>(flag: boolean | null, detail: () => T): T | { kind: 'none' } | null =>
  flag === null ? null : flag ? detail() : { kind: 'none' };

/** The facts of a `kpi_only` row: what the KPI columns say, every anesthesia fact unknown. */
function kpiOnlyFacts(row: HistoryCaseRow, caseId: string): CaseFacts {
  return {
    caseId,
    personId: row.personId,
    externalId: row.episodeId,
    recordLevel: 'kpi_only',
    procedureType: row.procedureType,
    status: { kind: 'performed' },
    location: row.location,
    urgency: row.urgency,
    asa: row.asa,
    method: null,
    times: {
      scheduledAt: null,
      inRoomAt: null,
      anesthesiaStartAt: null,
      surgeryStartAt: null,
      surgeryEndAt: null,
      anesthesiaEndAt: null,
      outOfRoomAt: null,
    },
    visitCompletedAt: null,
    pacu: null,
    temperature: null,
    therapeuticCooling: null,
    activeWarming: null,
    autologousMl: null,
    allogeneicMl: null,
    dentalInjury: null,
    aspiration: null,
    unplannedAirway: null,
    cardiacArrest: null,
    severeAllergyEpinephrine: null,
    cvc: null,
    awareness: null,
    extubation: null,
    icu: null,
    postopAnalgesia: null,
    neuroDeficit72h: null,
    hoarseness72h: null,
    coma24h: null,
    comaDeliberateSedation: null,
    cranialSurgery: null,
    laryngealNeckThoracicSurgery: null,
    labourConvertedToCaesarean: null,
    death: death(row),
  };
}

/** The QC case facts of one validated cases.csv row; `caseId` is the id the platform gives the episode. */
export function historyCaseFacts(row: HistoryCaseRow, caseId: string): CaseFacts {
  if (row.recordLevel === 'kpi_only') return kpiOnlyFacts(row, caseId);
  return {
    caseId,
    // D03: person-based indicators count distinct person_id.
    personId: row.personId,
    externalId: row.episodeId,
    recordLevel: 'full',
    procedureType: row.procedureType,
    status:
      row.caseStatus === 'cancelled' && row.cancelStage !== null
        ? { kind: 'cancelled', stage: row.cancelStage }
        : { kind: 'performed' },
    location: row.location,
    urgency: row.urgency,
    asa: row.asa,
    method: method(row),
    times: {
      scheduledAt: row.scheduledAt,
      inRoomAt: row.inRoomAt,
      anesthesiaStartAt: row.anesthesiaStartAt,
      surgeryStartAt: row.surgeryStartAt,
      surgeryEndAt: row.surgeryEndAt,
      anesthesiaEndAt: row.anesthesiaEndAt,
      outOfRoomAt: row.outOfRoomAt,
    },
    // D19: the completed visit record; the consent signature is not a visit.
    visitCompletedAt: row.visitCompletedAt,
    pacu: pacu(row),
    temperature: temperature(row),
    therapeuticCooling: row.therapeuticCooling,
    activeWarming: row.activeWarming,
    autologousMl: row.autologousMl,
    allogeneicMl: row.allogeneicMl,
    dentalInjury: row.dentalInjury,
    aspiration: withDetail(row.aspiration, () => ({
      kind: 'aspiration' as const,
      exitSpo2Air: row.aspirationExitSpo2Air,
    })),
    unplannedAirway: row.unplannedAirway,
    // D18: no times = arrest time unknown.
    cardiacArrest: withDetail(row.cardiacArrest, () => ({
      kind: 'arrest' as const,
      times: row.cardiacArrestTimes,
    })),
    severeAllergyEpinephrine: row.severeAllergyEpinephrine,
    cvc: withDetail(row.cvcPuncture, () => ({
      kind: 'puncture' as const,
      severeComplication: row.cvcSevereComplication,
    })),
    awareness: row.awareness,
    extubation: extubation(row),
    // Time anchor: no ICU admission time = not to ICU; the plan flag empty = unknown (D29).
    icu:
      row.icuAdmissionAt === null
        ? { kind: 'none' }
        : { kind: 'admitted', at: row.icuAdmissionAt, plannedBeforeInduction: row.icuPlannedBeforeInduction },
    postopAnalgesia: withDetail(row.postopAnalgesia, () => ({
      kind: 'service' as const,
      vasRest: row.vasRest,
      vasMovement: row.vasMovement,
    })),
    neuroDeficit72h: row.neuroDeficit72h,
    hoarseness72h: row.hoarseness72h,
    coma24h: row.coma24h,
    comaDeliberateSedation: row.comaDeliberateSedation,
    cranialSurgery: row.exclCranialSurgery,
    laryngealNeckThoracicSurgery: row.exclLaryngealNeckThoracicSurgery,
    labourConvertedToCaesarean: row.labourConvertedToCaesarean,
    death: death(row),
  };
}

/**
 * A delivery of the obstetric register (§6), for AQI-EPD-26. The engine finds the linked episode by its
 * `caseId`: pass the caseId given to that episode when it is not its episode_id (default).
 */
export function historyDeliveryFacts(
  row: DeliveryRow,
  labourCaseId: string | null = row.labourAnalgesiaEpisodeId,
): DeliveryFacts {
  return {
    deliveryId: row.deliveryId,
    personId: row.personId,
    at: row.deliveryAt,
    mode: row.deliveryMode,
    labourEpisodeId: row.labourAnalgesiaEpisodeId === null ? null : labourCaseId,
  };
}

/** The head-counts of one year (§5); a category without a row is null (not reported). */
export function historyStaffingFacts(rows: readonly StaffingRow[], year: number): StaffingFacts {
  const counts: Headcounts = {};
  for (const r of rows) if (r.year === year) counts[r.category] = r.headcount;
  return staffingFacts(year, counts);
}
