// The parsed rows of a history import (history-import.md) as the validator hands them to the writer.
// Every column of the file is here in its type. Empty cells follow §1: an empty flag or measurement is null
// (unknown, never false); an empty time anchor is null (the event did not happen); empty death columns are
// null (alive at the cut-off); an empty `visit_completed_at` is null (no documented visit).

import type {
  AirwayDevice,
  AnesthesiaClass,
  AsaClass,
  CancelStage,
  Instant,
  LocalDate,
} from '../../quality/facts';
import type { StaffCategory } from '../../quality/staffing';
import type { ImportError, ImportPart } from '../history-job';

/** Which file of an import: cases.csv, staffing.csv, deliveries.csv or wards.csv. */
export type HistoryFile = ImportPart;

/**
 * One reason a file is rejected. `row` is the file's line number where the record starts (the header is row 1),
 * null for the file as a whole; `column` is the column's header name, null for the whole row or file.
 */
export type ImportProblem = ImportError;

export const SEXES = ['male', 'female', 'unknown'] as const;
export const RECORD_LEVELS = ['full', 'kpi_only'] as const;
export const APPROACHES = [
  'open',
  'vats',
  'robotic',
  'laparoscopic',
  'endoscopic',
  'ablation',
  'other',
] as const;
export const PROCEDURE_TYPES = ['surgery', 'procedure', 'labour_analgesia'] as const;
export const URGENCIES = ['elective', 'urgent', 'emergency', 'na'] as const;
export const LOCATIONS = ['or', 'day_surgery_or', 'outside_or'] as const;
export const CASE_STATUSES = ['performed', 'cancelled'] as const;
export const CANCEL_STAGES = [
  'before_room',
  'after_room_before_anesthesia',
  'after_anesthesia_before_incision',
] as const satisfies readonly CancelStage[];
export const ANESTHESIA_CLASSES = [
  'neuraxial',
  'ga_airway',
  'ga_no_airway',
  'combined',
  'other',
] as const satisfies readonly AnesthesiaClass[];
export const AIRWAY_DEVICES = [
  'ett',
  'dlt',
  'lma',
  'lma_ett',
  'facemask',
  'none',
] as const satisfies readonly AirwayDevice[];
export const TEMP_MODES = ['continuous', 'intermittent', 'none'] as const;
/** Clavien–Dindo grades, lowest to highest. */
export const CLAVIEN_GRADES = ['I', 'II', 'IIIa', 'IIIb', 'IVa', 'IVb', 'V'] as const;
export const SURGERY_GRADES = [1, 2, 3, 4] as const;
export const ASA_CLASSES = [1, 2, 3, 4, 5, 6] as const satisfies readonly AsaClass[];
export const DELIVERY_MODES = ['vaginal', 'caesarean_in_labour', 'caesarean_elective'] as const;

/** The allowed `anesthesia_subtype` of each `anesthesia_class` (§2). */
export const SUBTYPES_OF = {
  neuraxial: ['epidural', 'spinal', 'cse', 'caudal', 'saddle'],
  ga_airway: ['ett', 'dlt', 'lma', 'lma_ett'],
  ga_no_airway: ['iv', 'mask'],
  combined: ['ga_neuraxial', 'ga_block', 'neuraxial_block', 'other_combined'],
  other: ['nerve_block', 'local_mac', 'sedation', 'systemic_analgesia', 'other'],
} as const satisfies Record<AnesthesiaClass, readonly string[]>;
export type AnesthesiaSubtype = (typeof SUBTYPES_OF)[AnesthesiaClass][number];
/** Every subtype of every class (the column's vocabulary). */
export const ANESTHESIA_SUBTYPES: readonly AnesthesiaSubtype[] = [
  ...new Set(Object.values(SUBTYPES_OF).flat()),
];

export type Sex = (typeof SEXES)[number];
export type RecordLevel = (typeof RECORD_LEVELS)[number];
export type Approach = (typeof APPROACHES)[number];
export type ProcedureType = (typeof PROCEDURE_TYPES)[number];
export type Urgency = (typeof URGENCIES)[number];
export type AnesthesiaLocation = (typeof LOCATIONS)[number];
export type CaseStatusCode = (typeof CASE_STATUSES)[number];
export type TempMonitoring = (typeof TEMP_MODES)[number];
export type ClavienGrade = (typeof CLAVIEN_GRADES)[number];
export type SurgeryGrade = (typeof SURGERY_GRADES)[number];
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/** One item of `complications`: `name` is the text before the last `:`, `grade` the text after it. */
export type Complication = { name: string; grade: ClavienGrade };
/** One item of `temp_series`, in the file's (strictly increasing) time order. */
export type TempReading = { at: Instant; celsius: number };

/**
 * One row of cases.csv (§3), columns in file order. Dates are local `YYYY-MM-DD`; date-times are instants.
 * `surgeryGrade` and `asa` are the enum codes `1`–`4` / `1`–`6` as numbers.
 */
export type HistoryCaseRow = {
  /** Line of the file where the record starts (header = 1). */
  row: number;
  episodeId: string;
  personId: string;
  /** May be null on `kpi_only` rows only. */
  personName: string | null;
  sex: Sex;
  /** May be null on `kpi_only` rows only. */
  birthDate: LocalDate | null;
  recordLevel: RecordLevel;
  /** null = outpatient / no admission. */
  admissionId: string | null;
  admissionDate: LocalDate | null;
  /** null = not discharged by the cut-off (or no admission). */
  dischargeDate: LocalDate | null;
  ward: string | null;
  province: string | null;
  surgeryDate: LocalDate | null;
  surgeryGrade: SurgeryGrade | null;
  approach: Approach | null;
  procedureType: ProcedureType;
  procedureName: string | null;
  asa: AsaClass | null;
  urgency: Urgency | null;
  /** Empty cell = []. */
  complications: Complication[];
  /** null = alive at the cut-off. */
  deathDate: LocalDate | null;
  /** null = alive, or dead with the time unknown (see `deathDate`). */
  deathAt: Instant | null;
  scheduledAt: Instant | null;
  location: AnesthesiaLocation | null;
  locationDetail: string | null;
  caseStatus: CaseStatusCode;
  cancelStage: CancelStage | null;
  cancelledAt: Instant | null;
  cancelReason: string | null;
  consentSignedAt: Instant | null;
  /** null = no documented pre-anesthesia visit. */
  visitCompletedAt: Instant | null;
  inRoomAt: Instant | null;
  anesthesiaStartAt: Instant | null;
  surgeryStartAt: Instant | null;
  surgeryEndAt: Instant | null;
  anesthesiaEndAt: Instant | null;
  outOfRoomAt: Instant | null;
  /** null = no PACU. */
  pacuInAt: Instant | null;
  /** null with `pacuInAt` = PACU stay of unknown length. */
  pacuOutAt: Instant | null;
  /** null = no post-op extubation. */
  extubatedAt: Instant | null;
  /** null = not to ICU. */
  icuAdmissionAt: Instant | null;
  icuPlannedBeforeInduction: boolean | null;
  /** null (with subtype and device null) = method unknown. */
  anesthesiaClass: AnesthesiaClass | null;
  anesthesiaSubtype: AnesthesiaSubtype | null;
  airwayDevice: AirwayDevice | null;
  tempMonitoring: TempMonitoring | null;
  /** Empty cell = []. */
  tempSeries: TempReading[];
  therapeuticCooling: boolean | null;
  activeWarming: boolean | null;
  pacuFirstTempC: number | null;
  autologousMl: number | null;
  allogeneicMl: number | null;
  dentalInjury: boolean | null;
  aspiration: boolean | null;
  aspirationExitSpo2Air: number | null;
  unplannedAirway: boolean | null;
  cardiacArrest: boolean | null;
  /** null = no arrest, or arrest time(s) unknown. */
  cardiacArrestTimes: Instant[] | null;
  severeAllergyEpinephrine: boolean | null;
  cvcPuncture: boolean | null;
  cvcSevereComplication: boolean | null;
  awareness: boolean | null;
  reintubationUnplanned: boolean | null;
  reintubatedAt: Instant | null;
  reintubationDueToReoperation: boolean | null;
  postopAnalgesia: boolean | null;
  vasRest: number | null;
  vasMovement: number | null;
  vasAssessedAt: Instant | null;
  neuroDeficit72h: boolean | null;
  hoarseness72h: boolean | null;
  coma24h: boolean | null;
  comaDeliberateSedation: boolean | null;
  exclCranialSurgery: boolean | null;
  exclLaryngealNeckThoracicSurgery: boolean | null;
  labourConvertedToCaesarean: boolean | null;
};

/** One row of staffing.csv (§5): the head-count of one category in one year. */
export type StaffingRow = { row: number; year: number; category: StaffCategory; headcount: number };

/** One row of deliveries.csv (§6). */
export type DeliveryRow = {
  row: number;
  deliveryId: string;
  personId: string;
  deliveryAt: Instant;
  deliveryMode: DeliveryMode;
  /** The linked `labour_analgesia` episode of cases.csv; null = none. */
  labourAnalgesiaEpisodeId: string | null;
};

/** One row of wards.csv (§10): open beds of a ward over an inclusive period (null = open-ended). */
export type WardBedsRow = {
  row: number;
  ward: string;
  openBeds: number;
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
};

/** What the validator gives: every row of every file, or every problem (and then nothing is imported). */
export type HistoryResult =
  | {
      ok: true;
      cases: HistoryCaseRow[];
      staffing: StaffingRow[];
      deliveries: DeliveryRow[];
      wards: WardBedsRow[];
    }
  | { ok: false; problems: ImportProblem[] };

/** The highest Clavien–Dindo grade of a row's complications; null when there are none. */
export function highestClavien(complications: readonly Complication[]): ClavienGrade | null {
  let top = -1;
  for (const c of complications) top = Math.max(top, CLAVIEN_GRADES.indexOf(c.grade));
  return top < 0 ? null : CLAVIEN_GRADES[top]!;
}
