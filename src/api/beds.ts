// The bed pool's contract (全科一张床, issue 13): the department bed board, the waiting list with its proposed
// beds, and the movements — admit, transfer, swap, discharge, correct — with the realtime event the board
// follows and the capability's error codes. Statistics: beds-statistics.ts; wards, rooms, beds: beds-structure.ts.
import { z } from 'zod';
import { singleLineText } from '../domain/common/text';
import { isoDateTime } from '../domain/registry/schemas';
import { calendarDate } from './beds-statistics';
import { defineErrors } from './error-def';

export const idParams = z.object({ id: z.uuid() });
const version = z.number().int().positive();
const localText = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
const reason = singleLineText(200);

// ── The board ──
export const BED_STATES = ['free', 'occupied', 'reserved', 'cleaning', 'closed'] as const;
export type BoardBedState = (typeof BED_STATES)[number];
export const CLOSURE_REASONS = ['disinfection', 'minor_repair', 'extension', 'major_repair'] as const;
export const DISPOSITIONS = ['home', 'other_hospital', 'death'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export const occupantSchema = z.object({
  admissionId: z.string(),
  patientId: z.string(),
  name: z.string(),
  mrn: z.string(),
  sex: z.string(),
  /** Completed years; null = birth date unknown. */
  age: z.number().nullable(),
  admittedAt: z.string(),
  /** The stay in this bed (its version guards transfers and discharges against a stale board). */
  stayId: z.string(),
  stayVersion: z.number(),
  inBedSince: z.string(),
  expectedDischargeOn: z.string().nullable(),
  /** The admission's surgery: the latest case of the stay, done or planned; null = none. */
  surgery: z.object({ caseId: z.string(), date: z.string(), procedure: z.string().nullable() }).nullable(),
  /** Days since that surgery (day of surgery = 0); null before surgery or without one. */
  postopDay: z.number().nullable(),
  isolation: z.boolean(),
  /** The open NEWS2 alert of the monitoring module; null = none open. */
  news2Alert: z.object({ total: z.number(), band: z.string(), raisedAt: z.string() }).nullable(),
});
export type BoardOccupant = z.infer<typeof occupantSchema>;

export const boardBedSchema = z.object({
  /** The bed's id; a patient in an unregistered extra bed (加床) shows as `extra:<stay id>` (no bed actions). */
  id: z.string(),
  code: z.string(),
  extra: z.boolean(),
  state: z.enum(BED_STATES),
  version: z.number(),
  closure: z
    .object({
      reason: z.enum(CLOSURE_REASONS),
      reopensOn: z.string().nullable(),
      note: z.string().nullable(),
    })
    .nullable(),
  occupant: occupantSchema.nullable(),
  reservedFor: z.object({ requestId: z.string(), patientName: z.string(), until: z.string() }).nullable(),
});
export type BoardBed = z.infer<typeof boardBedSchema>;

export const boardRoomSchema = z.object({
  id: z.string().nullable(),
  code: z.string(),
  sex: z.enum(['male', 'female', 'mixed']),
  isolationCapable: z.boolean(),
  monitored: z.boolean(),
  beds: z.array(boardBedSchema),
});

export const boardWardSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  staffingLimit: z.number().nullable(),
  /** Now: patients in the ward (extra beds included) over its open beds. */
  occupancy: z.object({ occupied: z.number(), openBeds: z.number(), fraction: z.number().nullable() }),
  rooms: z.array(boardRoomSchema),
});

export const expectedDischargeSchema = z.object({
  admissionId: z.string(),
  patientName: z.string(),
  wardCode: z.string(),
  bedId: z.string().nullable(),
  bedCode: z.string().nullable(),
  on: z.string(),
});

export const boardSchema = z.object({
  asOf: z.string(),
  today: z.string(),
  wards: z.array(boardWardSchema),
  department: z.object({ occupied: z.number(), openBeds: z.number(), fraction: z.number().nullable() }),
  expectedDischarges: z.object({
    today: z.array(expectedDischargeSchema),
    tomorrow: z.array(expectedDischargeSchema),
  }),
});
export type Board = z.infer<typeof boardSchema>;

export const boardQuery = z.strictObject({
  /** Ward codes, comma-separated; absent = every ward. */
  wards: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,32}(,[A-Za-z0-9-]{1,32})*$/, { message: 'beds.wards.format' })
    .transform((s) => s.split(','))
    .optional(),
  freeOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  discharge: z.enum(['today', 'tomorrow']).optional(),
  /** Beds of patients of this sex, and the beds free for them (rooms of that sex or mixed). */
  sex: z.enum(['male', 'female']).optional(),
});

// ── The waiting list ──
export const bedRequestInput = z.strictObject({
  patientId: z.uuid(),
  caseId: z.uuid().nullable().optional(),
  plannedAdmissionOn: calendarDate,
  plannedSurgeryOn: calendarDate.nullable().optional(),
  procedureCode: z.string().max(20).nullable().optional(),
  procedureName: singleLineText(200).nullable().optional(),
  procedureGrade: z.number().int().min(1).max(4).nullable().optional(),
  isolation: z.boolean().default(false),
  needsMonitored: z.boolean().default(false),
  monitoredDays: z.number().int().min(1).max(60).nullable().optional(),
  requestedWardId: z.uuid().nullable().optional(),
  surgicalTeam: singleLineText(60).nullable().optional(),
  priority: z.enum(['urgent', 'normal']).default('normal'),
  /** Days; absent = the procedure's median length of stay in the department's history. */
  expectedLos: z.number().int().min(0).max(365).nullable().optional(),
  note: singleLineText(500).nullable().optional(),
});
export const bedRequestUpdate = bedRequestInput.extend({ version });
export const bedRequestCancel = z.strictObject({ reason, version });

export const bedRequestSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  patientName: z.string(),
  mrn: z.string(),
  sex: z.string(),
  age: z.number().nullable(),
  caseId: z.string().nullable(),
  plannedAdmissionOn: z.string(),
  plannedSurgeryOn: z.string().nullable(),
  procedureCode: z.string().nullable(),
  procedureName: z.string().nullable(),
  procedureGrade: z.number().nullable(),
  isolation: z.boolean(),
  needsMonitored: z.boolean(),
  monitoredDays: z.number().nullable(),
  requestedWardId: z.string().nullable(),
  requestedWardCode: z.string().nullable(),
  surgicalTeam: z.string().nullable(),
  priority: z.enum(['urgent', 'normal']),
  expectedLos: z.number(),
  losSource: z.enum(['history', 'entered']),
  status: z.enum(['waiting', 'reserved', 'admitted', 'cancelled']),
  reservedBedId: z.string().nullable(),
  reservedUntil: z.string().nullable(),
  admissionId: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number(),
});
export type BedRequest = z.infer<typeof bedRequestSchema>;
export const bedRequestList = z.object({ items: z.array(bedRequestSchema) });
export const bedRequestQuery = z.strictObject({
  status: z.enum(['waiting', 'reserved', 'admitted', 'cancelled', 'open']).default('open'),
  /** Planned admission on or before this date; absent = all. */
  until: calendarDate.optional(),
});

// ── Proposals ──
export const violationSchema = z.object({ kind: z.string(), message: localText });
export const proposalSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('bed'),
    requestId: z.string(),
    bedId: z.string(),
    ward: z.string(),
    room: z.string(),
    bedCode: z.string(),
    spreadBefore: z.number(),
    spreadAfter: z.number(),
    explanation: localText,
  }),
  z.object({
    kind: z.literal('no-bed'),
    requestId: z.string(),
    bedsChecked: z.number(),
    violationCounts: z.record(z.string(), z.number()),
    explanation: localText,
  }),
]);
export type BedProposalDto = z.infer<typeof proposalSchema>;
export const proposalsQuery = z.strictObject({ date: calendarDate.optional() });
export const proposalList = z.object({ date: z.string(), items: z.array(proposalSchema) });

/** Every bed checked against one waiting patient: what each would break (the board's "pick another bed"). */
export const bedCheckList = z.object({
  requestId: z.string(),
  items: z.array(z.object({ bedId: z.string(), violations: z.array(violationSchema) })),
});

// ── Movements ──
const override = z.strictObject({ reason }).nullable().optional();
export const admitFromRequestInput = z.strictObject({
  bedId: z.uuid(),
  /** When the patient came into the bed; absent = now. May be earlier (recorded after the fact). */
  at: isoDateTime.optional(),
  attendingDoctor: singleLineText(60).nullable().optional(),
  visitNumber: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,32}$/, { message: 'beds.visitNumber.format' })
    .nullable()
    .optional(),
  /** Break the hard rules the bed violates, with the reason (recorded and audited). */
  override,
  requestVersion: version,
});
export const transferInput = z.strictObject({
  /** The target bed; null = an unregistered extra bed (加床) in `wardId`. */
  bedId: z.uuid().nullable(),
  wardId: z.uuid().optional(),
  at: isoDateTime.optional(),
  reason,
  override,
  stayVersion: version,
});
export const swapInput = z.strictObject({
  first: z.strictObject({ admissionId: z.uuid(), stayVersion: version }),
  second: z.strictObject({ admissionId: z.uuid(), stayVersion: version }),
  at: isoDateTime.optional(),
  reason,
  /** Break the hard rules either bed violates for the other patient, with the reason. */
  override,
});
export const dischargeInput = z.strictObject({
  at: isoDateTime.optional(),
  disposition: z.enum(DISPOSITIONS),
  stayVersion: version,
});
export const expectedDischargeInput = z.strictObject({ on: calendarDate.nullable(), version });
/** Correct a stay's times or bed after the fact: the old stay is kept, voided, with the reason. */
export const stayCorrectionInput = z.strictObject({
  fromAt: isoDateTime.optional(),
  toAt: isoDateTime.nullable().optional(),
  bedId: z.uuid().nullable().optional(),
  reason,
  version,
});
export const bedStateInput = z.strictObject({
  state: z.enum(['available', 'cleaning', 'closed']),
  closureReason: z.enum(CLOSURE_REASONS).nullable().optional(),
  reopensOn: calendarDate.nullable().optional(),
  note: singleLineText(200).nullable().optional(),
  at: isoDateTime.optional(),
  version,
});

export const bedStateResult = z.object({
  id: z.string(),
  state: z.enum(['available', 'cleaning', 'closed']),
  version: z.number(),
});
export const expectedDischargeResult = z.object({
  admissionId: z.string(),
  expectedDischargeOn: z.string().nullable(),
  version: z.number(),
});

export const staySchema = z.object({
  id: z.string(),
  admissionId: z.string(),
  wardId: z.string(),
  wardCode: z.string(),
  bedId: z.string().nullable(),
  bedCode: z.string().nullable(),
  temporary: z.boolean(),
  fromAt: z.string(),
  toAt: z.string().nullable(),
  cause: z.string(),
  reason: z.string().nullable(),
  overridden: z.array(z.string()).nullable(),
  overrideReason: z.string().nullable(),
  recordedAt: z.string(),
  recordedByName: z.string().nullable(),
  voidedAt: z.string().nullable(),
  voidReason: z.string().nullable(),
  version: z.number(),
});
export type BedStay = z.infer<typeof staySchema>;
export const stayList = z.object({ items: z.array(staySchema) });

export const movementResult = z.object({
  admissionId: z.string(),
  stays: z.array(staySchema),
});
export type MovementResult = z.infer<typeof movementResult>;
/** A swap moves two admissions: each with its stays. */
export const swapResult = z.object({ first: movementResult, second: movementResult });
export type SwapResult = z.infer<typeof swapResult>;

/** Hold a bed for a waiting patient through `until` (the board shows it reserved); bedId null = release. */
export const bedReserveInput = z.strictObject({
  bedId: z.uuid().nullable(),
  until: calendarDate.nullable().optional(),
  version,
});

/** Realtime: the board topic `beds` receives one of these after each committed change. */
export const bedsChangedEvent = z.object({
  type: z.literal('beds.changed'),
  wardIds: z.array(z.string()),
  at: z.string(),
});
export type BedsEvent = z.infer<typeof bedsChangedEvent>;

/** The bed pool's field messages (the contract's checks and the services' refusals of a field). */
export { BEDS_FIELD_MESSAGES } from '../domain/beds/field-messages';

export const bedsErrors = defineErrors({
  beds_bed_taken: {
    status: 409,
    'zh-CN': '该床位已被 {takenBy} 于 {takenAt} 占用，请刷新后另选床位',
    'en-US': 'This bed was taken by {takenBy} at {takenAt}; refresh and choose another bed',
  },
  beds_rules_broken: {
    status: 400,
    'zh-CN': '所选床位违反床位规则：{rules}。如确需安排，请填写越过规则的理由',
    'en-US': 'The chosen bed breaks bed rules: {rules}. Give a reason to override them',
  },
  beds_not_in_bed: {
    status: 400,
    'zh-CN': '该患者当前不在床（已出院或尚未入院）',
    'en-US': 'The patient is not in a bed now (discharged or not admitted)',
  },
});
