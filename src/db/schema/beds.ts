// The department's one bed pool (全科一张床, issue 13): rooms, the state of each bed with its history, each
// admission's bed stays (the segments the midnight census replays), the waiting list, the department's
// assignment rules, and the ADT messages already applied (a repeat changes nothing).
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ClosureReason } from '../../domain/beds/bed-counts';
import { tracked, ts } from './columns';
import { admissions, beds, patients, surgicalCases, wards } from './registry';

export type RoomSexSetting = 'male' | 'female' | 'mixed';
export type BedState = 'available' | 'cleaning' | 'closed';
export type BedRequestStatus = 'waiting' | 'reserved' | 'admitted' | 'cancelled';

export const bedRooms = pgTable(
  'bed_rooms',
  {
    id: uuid('id').primaryKey(),
    wardId: uuid('ward_id')
      .notNull()
      .references(() => wards.id),
    code: text('code').notNull(),
    sex: text('sex').$type<RoomSexSetting>().notNull().default('mixed'),
    isolationCapable: boolean('isolation_capable').notNull().default(false),
    /** A monitored (高危/监护) room: every bed in it is a monitored bed. */
    monitored: boolean('monitored').notNull().default(false),
    ...tracked(),
  },
  (t) => [uniqueIndex('bed_rooms_ward_code_idx').on(t.wardId, t.code)],
);

/**
 * Every change of a bed's own state (free for use, being cleaned, closed with its reason), with its event time
 * apart from the time it was recorded. Closures are read back by the bed statistics (china-standards.md §3:
 * closed for disinfection or minor repair = still open; extension or major repair = not open).
 */
export const bedStateEvents = pgTable(
  'bed_state_events',
  {
    id: uuid('id').primaryKey(),
    bedId: uuid('bed_id')
      .notNull()
      .references(() => beds.id),
    state: text('state').$type<BedState>().notNull(),
    closureReason: text('closure_reason').$type<ClosureReason>(),
    reopensOn: date('reopens_on', { mode: 'string' }),
    note: text('note'),
    at: ts('at').notNull(),
    recordedAt: ts('recorded_at').notNull().defaultNow(),
    recordedBy: uuid('recorded_by'),
  },
  (t) => [
    index('bed_state_events_bed_idx').on(t.bedId, t.at),
    check('bed_state_events_closure_check', sql`(${t.state} = 'closed') = (${t.closureReason} is not null)`),
  ],
);

/**
 * One stretch of an admission in one bed (or an unregistered extra bed: bed_id null, temporary). The census
 * replays these, never a mutable "current bed". A correction voids a stay and writes its replacement; the
 * voided row stays for the history.
 */
export const bedStays = pgTable(
  'bed_stays',
  {
    id: uuid('id').primaryKey(),
    admissionId: uuid('admission_id')
      .notNull()
      .references(() => admissions.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    wardId: uuid('ward_id')
      .notNull()
      .references(() => wards.id),
    bedId: uuid('bed_id').references(() => beds.id),
    temporary: boolean('temporary').notNull().default(false),
    fromAt: ts('from_at').notNull(),
    toAt: ts('to_at'),
    /** Why the patient came into this bed: admit | transfer | swap | correction | adt. */
    cause: text('cause').notNull(),
    reason: text('reason'),
    /** A hard constraint knowingly broken by the charge nurse: the rules broken and the reason given. */
    overridden: jsonb('overridden').$type<string[]>(),
    overrideReason: text('override_reason'),
    recordedAt: ts('recorded_at').notNull().defaultNow(),
    recordedBy: uuid('recorded_by'),
    voidedAt: ts('voided_at'),
    voidedBy: uuid('voided_by'),
    voidReason: text('void_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // One patient per registered bed at a time: the second of two concurrent admissions fails here.
    uniqueIndex('bed_stays_bed_open_idx')
      .on(t.bedId)
      .where(sql`${t.toAt} is null and ${t.voidedAt} is null and ${t.bedId} is not null`),
    uniqueIndex('bed_stays_admission_open_idx')
      .on(t.admissionId)
      .where(sql`${t.toAt} is null and ${t.voidedAt} is null`),
    index('bed_stays_admission_idx').on(t.admissionId, t.fromAt),
    index('bed_stays_ward_idx').on(t.wardId, t.fromAt),
    check('bed_stays_order_check', sql`${t.toAt} is null or ${t.toAt} >= ${t.fromAt}`),
  ],
);

/** The waiting list (待入院/待分床): a booked admission waiting for a bed. */
export const bedRequests = pgTable(
  'bed_requests',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    caseId: uuid('case_id').references(() => surgicalCases.id),
    plannedAdmissionOn: date('planned_admission_on', { mode: 'string' }).notNull(),
    plannedSurgeryOn: date('planned_surgery_on', { mode: 'string' }),
    procedureCode: text('procedure_code'),
    procedureName: text('procedure_name'),
    procedureGrade: smallint('procedure_grade'),
    isolation: boolean('isolation').notNull().default(false),
    needsMonitored: boolean('needs_monitored').notNull().default(false),
    /** Days from admission the monitored need lasts (day 0–1 → 2); null = the whole stay. */
    monitoredDays: smallint('monitored_days'),
    requestedWardId: uuid('requested_ward_id').references(() => wards.id),
    surgicalTeam: text('surgical_team'),
    priority: text('priority').$type<'urgent' | 'normal'>().notNull().default('normal'),
    expectedLos: smallint('expected_los').notNull(),
    /** Where expected_los came from: the procedure's median in the department's history, or typed. */
    losSource: text('los_source').$type<'history' | 'entered'>().notNull(),
    status: text('status').$type<BedRequestStatus>().notNull().default('waiting'),
    reservedBedId: uuid('reserved_bed_id').references(() => beds.id),
    reservedUntil: date('reserved_until', { mode: 'string' }),
    admissionId: uuid('admission_id').references(() => admissions.id),
    note: text('note'),
    ...tracked(),
  },
  (t) => [
    index('bed_requests_status_idx').on(t.status, t.plannedAdmissionOn),
    uniqueIndex('bed_requests_reserved_bed_idx').on(t.reservedBedId).where(sql`${t.status} = 'reserved'`),
    check('bed_requests_los_check', sql`${t.expectedLos} >= 0`),
  ],
);

/** The department's assignment rules and weights (domain/beds/assignment-rules.ts), one row. */
export const bedRules = pgTable('bed_rules', {
  id: text('id').primaryKey(),
  rules: jsonb('rules').$type<Record<string, unknown>>().notNull(),
  ...tracked(),
});

/** Each ADT message applied, by sender and MSH-10: a repeat is acknowledged and changes nothing. */
export const adtMessages = pgTable(
  'adt_messages',
  {
    id: uuid('id').primaryKey(),
    sender: text('sender').notNull(),
    controlId: text('control_id').notNull(),
    event: text('event').notNull(),
    admissionId: uuid('admission_id').references(() => admissions.id),
    receivedAt: ts('received_at').notNull(),
  },
  (t) => [uniqueIndex('adt_messages_sender_control_idx').on(t.sender, t.controlId)],
);
