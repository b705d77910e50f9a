// The case-level facts every QC indicator reads: one case-episode (麻醉例次), derived once from Periop's own
// records or from a history import row (../shared/reference/history-import.md §3). Every fact is `T | null`,
// null = unknown, and unknown is never "no" (qc-indicator-readings.md D04). Where the national text gives an
// empty value a defined meaning (time anchors: did not happen; visit: not documented; death: alive), the fact
// is a discriminated union that says so, and null still means "not known".

declare const instantBrand: unique symbol;
/** An instant, milliseconds since the Unix epoch. */
export type Instant = number & { readonly [instantBrand]: true };

/** Parses an ISO 8601 date-time with an explicit offset (history-import.md §1). */
export function instant(iso: string): Instant {
  const ms = Date.parse(iso);
  if (!/([+-]\d\d:\d\d|Z)$/.test(iso) || Number.isNaN(ms)) throw new Error(`not an offset date-time: ${iso}`);
  return ms as Instant;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
/** Periods are calendar periods in China Standard Time (history-import.md §1). */
export const CST_OFFSET_MS = 8 * HOUR_MS;

/** A local (UTC+08:00) calendar date, YYYY-MM-DD. */
export type LocalDate = string;

export function localDateOf(t: Instant): LocalDate {
  return new Date(t + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** [start, end) of a local day, as instants. */
export function localDayBounds(date: LocalDate): { start: Instant; end: Instant } {
  const start = Date.parse(`${date}T00:00:00+08:00`);
  return { start: start as Instant, end: (start + 24 * HOUR_MS) as Instant };
}

export type AirwayDevice = 'ett' | 'dlt' | 'lma' | 'lma_ett' | 'facemask' | 'none';

/** The 2015 five-class scheme (history-import.md §2). */
export type AnesthesiaMethod =
  | {
      class: 'neuraxial';
      subtype: 'epidural' | 'spinal' | 'cse' | 'caudal' | 'saddle' | null;
      airway: AirwayDevice;
    }
  | {
      class: 'ga_airway';
      subtype: 'ett' | 'dlt' | 'lma' | 'lma_ett';
      airway: 'ett' | 'dlt' | 'lma' | 'lma_ett';
    }
  | { class: 'ga_no_airway'; subtype: 'iv' | 'mask'; airway: 'none' | 'facemask' }
  | {
      class: 'combined';
      subtype: 'ga_neuraxial' | 'ga_block' | 'neuraxial_block' | 'other_combined';
      airway: AirwayDevice;
    }
  | {
      class: 'other';
      subtype: 'nerve_block' | 'local_mac' | 'sedation' | 'systemic_analgesia' | 'other';
      airway: AirwayDevice;
    };
export type AnesthesiaClass = AnesthesiaMethod['class'];

export type CancelStage = 'before_room' | 'after_room_before_anesthesia' | 'after_anesthesia_before_incision';
export type CaseStatus = { kind: 'performed' } | { kind: 'cancelled'; stage: CancelStage };

/**
 * Temperature over the indicator window (D10), summarised by `summarizeTemperature` (temperature.ts).
 * `readings` = readings inside the window; 0 readings with a mode = monitored, hypothermia unknown (D10).
 */
export type TemperatureSummary =
  | { mode: 'none' }
  /** Longest sample-and-hold run below 36.0 ℃ (D08). */
  | { mode: 'continuous'; readings: number; longestLowRunMinutes: number }
  /** Longest gap between two adjacent readings both below 36.0 ℃ (D09); 0 when there is no such pair. */
  | { mode: 'intermittent'; readings: number; longestLowPairGapMinutes: number };

export type PacuFacts =
  | { kind: 'none' }
  /** `outAt` null = stay of unknown length; `firstTempC` null = not recorded. */
  | { kind: 'stay'; inAt: Instant; outAt: Instant | null; firstTempC: number | null };

export type ReintubationFacts =
  | { kind: 'none' }
  /** `at` null = time unknown; `dueToReoperation`: explicit exclusion flag of AQI-IUR-19 (D15). */
  | { kind: 'unplanned'; at: Instant | null; dueToReoperation: boolean | null };

export type ExtubationFacts =
  | { kind: 'none' }
  | { kind: 'extubated'; at: Instant; reintubation: ReintubationFacts | null };

export type IcuFacts =
  | { kind: 'none' }
  | { kind: 'admitted'; at: Instant; plannedBeforeInduction: boolean | null };

export type AspirationFacts = { kind: 'none' } | { kind: 'aspiration'; exitSpo2Air: number | null };

/** `times` null = time of the arrest(s) unknown. */
export type CardiacArrestFacts = { kind: 'none' } | { kind: 'arrest'; times: Instant[] | null };

export type CvcFacts = { kind: 'none' } | { kind: 'puncture'; severeComplication: boolean | null };

export type AnalgesiaFacts =
  | { kind: 'none' }
  | { kind: 'service'; vasRest: number | null; vasMovement: number | null };

export type DeathFacts =
  | { kind: 'alive' }
  | { kind: 'dead'; at: Instant }
  /** Death known by date only (D17). */
  | { kind: 'dead_date_only'; date: LocalDate };

export type AsaClass = 1 | 2 | 3 | 4 | 5 | 6;

export type CaseFacts = {
  caseId: string;
  /** The person (patient master index / MRN): person-based indicators count distinct values (D03). */
  personId: string;
  /** The imported episode id, null for a case entered in Periop. */
  externalId: string | null;
  /** `kpi_only` rows take part in no anesthesia indicator (D01). */
  recordLevel: 'full' | 'kpi_only';
  procedureType: 'surgery' | 'procedure' | 'labour_analgesia' | null;
  status: CaseStatus;
  location: 'or' | 'day_surgery_or' | 'outside_or' | null;
  urgency: 'elective' | 'urgent' | 'emergency' | 'na' | null;
  asa: AsaClass | null;
  method: AnesthesiaMethod | null;
  /** Time anchors: null = the event did not happen (D04 exception; the status says which must be present). */
  times: {
    scheduledAt: Instant | null;
    inRoomAt: Instant | null;
    anesthesiaStartAt: Instant | null;
    surgeryStartAt: Instant | null;
    surgeryEndAt: Instant | null;
    anesthesiaEndAt: Instant | null;
    outOfRoomAt: Instant | null;
  };
  /** Pre-anesthesia visit completed/signed; null = no documented visit (D04 exception). Consent is not a visit. */
  visitCompletedAt: Instant | null;
  pacu: PacuFacts | null;
  temperature: TemperatureSummary | null;
  /** Explicit exclusion flag (AQI-IHT-10, D11). */
  therapeuticCooling: boolean | null;
  activeWarming: boolean | null;
  autologousMl: number | null;
  allogeneicMl: number | null;
  dentalInjury: boolean | null;
  aspiration: AspirationFacts | null;
  unplannedAirway: boolean | null;
  cardiacArrest: CardiacArrestFacts | null;
  severeAllergyEpinephrine: boolean | null;
  cvc: CvcFacts | null;
  awareness: boolean | null;
  extubation: ExtubationFacts | null;
  icu: IcuFacts | null;
  postopAnalgesia: AnalgesiaFacts | null;
  neuroDeficit72h: boolean | null;
  hoarseness72h: boolean | null;
  coma24h: boolean | null;
  /** Explicit exclusion flag: the low GCS is deliberate sedation (D13). */
  comaDeliberateSedation: boolean | null;
  /** Explicit exclusion flag (AQI-INC-24, D13). */
  cranialSurgery: boolean | null;
  /** Explicit exclusion flag (AQI-IHE-23, 2015-16, D12). */
  laryngealNeckThoracicSurgery: boolean | null;
  /** Labour analgesia rows only (AQI-EPD-26, D14). */
  labourConvertedToCaesarean: boolean | null;
  death: DeathFacts | null;
};

/** One delivery of the obstetric register (history-import.md §6), for AQI-EPD-26. */
export type DeliveryFacts = {
  deliveryId: string;
  personId: string;
  at: Instant;
  mode: 'vaginal' | 'caesarean_in_labour' | 'caesarean_elective';
  labourEpisodeId: string | null;
};

/** Head-counts of one year (history-import.md §5); null = not reported. */
export type StaffingFacts = {
  year: number;
  anesthesiaNurses: number | null;
  orNursesManaged: number | null;
  anesthesiologistsFixedPost: number | null;
  residentsExternal: number | null;
  visitingTrainees: number | null;
  supportDoctors: number | null;
  multisiteDoctors: number | null;
};

/** The period anchor (D02): local date of room entry, else of the scheduled time. */
export function anchorDate(f: CaseFacts): LocalDate | null {
  const t = f.times.inRoomAt ?? f.times.scheduledAt;
  return t === null ? null : localDateOf(t);
}
