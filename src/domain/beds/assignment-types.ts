// Input and output shapes of the balanced bed assignment of the department's one bed pool (全科一张床,
// issue 13 §3). Calendar dates only (YYYY-MM-DD); day arithmetic goes through dayNumber of quality/bed-days.
import type { LocalText } from '../common/field-messages';
import type { CalendarDate, DatePeriod } from '../quality/bed-days';

export type { CalendarDate, DatePeriod, LocalText };

export type Sex = 'male' | 'female';
/** A room's sex setting: 'mixed' accepts anyone (issue 13 §1). */
export type RoomSex = Sex | 'mixed';

export type Ward = {
  code: string;
  name: string;
  nameZh: string;
  /** Nurse-staffing limit = the most patients the ward's nurses may care for; null = no limit configured. */
  staffingLimit: number | null;
};

export type Room = {
  ward: string;
  /** Unique within its ward. */
  code: string;
  sex: RoomSex;
  isolationCapable: boolean;
  /** Monitored (高危/监护) room: every bed in it is a monitored bed. */
  monitored: boolean;
};

export type BedStatus =
  | { kind: 'free' }
  /** expectedDischarge null = no discharge date known: the bed is taken for the whole horizon. */
  | { kind: 'occupied'; patientSex: Sex; expectedDischarge: CalendarDate | null }
  /** Held for a named waiting patient through `until` (inclusive). */
  | { kind: 'reserved'; patientId: string; until: CalendarDate }
  /** Being cleaned after a discharge: usable from today (cleaning takes hours, not days). */
  | { kind: 'cleaning' }
  /** reopens null = no reopening date: closed for the whole horizon. */
  | { kind: 'closed'; reopens: CalendarDate | null };

export type Bed = {
  id: string;
  ward: string;
  /** Room code within the bed's ward. */
  room: string;
  /** The bed number shown to staff ("8" → "8 床"). */
  code: string;
  status: BedStatus;
};

export type DepartmentSnapshot = {
  wards: readonly Ward[];
  rooms: readonly Room[];
  beds: readonly Bed[];
  /** The planning horizon, both ends included: occupancy is predicted for these days only. */
  horizon: DatePeriod;
};

export type WaitingPatient = {
  id: string;
  name: string;
  sex: Sex;
  admissionDate: CalendarDate;
  /** Expected length of stay in days (discharge date − admission date); 0 = same-day stay. */
  expectedLos: number;
  isolation: boolean;
  /** Needs a monitored bed (e.g. grade-4 esophagectomy day 0–1, china-standards.md §2.1). */
  needsMonitored: boolean;
  /** Days from admission the monitored need lasts (day 0–1 → 2); omitted or null = the whole stay. */
  monitoredDays?: number | null;
  /** Requested ward, or the surgical team's home ward; null = none. */
  homeWard: string | null;
  priority: 'urgent' | 'normal';
};

/** A patient placed into a bed (by an earlier proposal or an accepted one). */
export type Assignment = { patient: WaitingPatient; bedId: string };

/** One violated hard constraint, with its words for the board ("中文 / English"). */
export type Violation = ViolationFacts & { message: LocalText };

export type ViolationFacts =
  | { kind: 'unknown-bed'; bedId: string }
  | { kind: 'outside-horizon'; admissionDate: CalendarDate; horizon: DatePeriod }
  | { kind: 'bed-closed'; reopens: CalendarDate | null }
  | { kind: 'bed-occupied'; freeFrom: CalendarDate | null }
  | { kind: 'bed-reserved'; reservedFor: string; until: CalendarDate }
  | { kind: 'double-booking'; otherPatientId: string; from: CalendarDate; to: CalendarDate }
  | { kind: 'room-sex'; roomSex: Sex; patientSex: Sex }
  | { kind: 'occupant-sex'; occupantSex: Sex; patientSex: Sex }
  | { kind: 'isolation' }
  | { kind: 'monitored' }
  | { kind: 'staffing-limit'; ward: string; limit: number; date: CalendarDate; predicted: number };

export type ViolationKind = ViolationFacts['kind'];

/** Why a bed would imply a later transfer of the patient. */
export type TransferReason = 'monitored-step-down' | 'monitored-not-needed';

export type ScoreBreakdown = {
  /** Mean over the stay days (inside the horizon) of the daily spread of ward occupancy, without the patient. */
  spreadBefore: number;
  /** The same with the patient in this bed. Fractions (0.18 = 18 %). */
  spreadAfter: number;
  /** Days of the stay inside the horizon that the means are taken over. */
  stayDays: number;
  homeWard: 'home' | 'other' | 'none';
  futureTransfers: number;
  transferReason: TransferReason | null;
  /** The patient holds a reservation on another bed than this one. */
  reservationElsewhere: boolean;
  /** Weighted terms (lower is better) and their sum. */
  terms: { balance: number; homeWard: number; futureTransfer: number; reservation: number };
  total: number;
};

export type BedProposal = {
  kind: 'bed';
  patientId: string;
  bedId: string;
  ward: string;
  room: string;
  bedCode: string;
  score: ScoreBreakdown;
  explanation: LocalText;
};

export type NoBedProposal = {
  kind: 'no-bed';
  patientId: string;
  bedsChecked: number;
  /** Beds breaking each constraint (a bed breaking several counts under each). */
  violationCounts: Partial<Record<ViolationKind, number>>;
  explanation: LocalText;
};

export type Proposal = BedProposal | NoBedProposal;
