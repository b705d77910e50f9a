// Wards, beds, theatres, patients, admissions and surgical cases with their status history.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CancelStage, CaseStatus } from '../../domain/registry/case-status';
import { bedRooms } from './beds';
import { imported, tracked, ts } from './columns';

export const wards = pgTable('wards', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  nameEn: text('name_en'),
  /** The most patients the ward's nurses may care for (issue 13 §3); null = no limit configured. */
  staffingLimit: integer('staffing_limit'),
  sortOrder: integer('sort_order').notNull().default(0),
  ...tracked(),
});

export const beds = pgTable(
  'beds',
  {
    id: uuid('id').primaryKey(),
    wardId: uuid('ward_id')
      .notNull()
      .references(() => wards.id),
    code: text('code').notNull(),
    active: boolean('active').notNull().default(true),
    /** null only for beds registered before rooms existed. */
    roomId: uuid('room_id').references((): AnyPgColumn => bedRooms.id),
    /** An extra bed (加床): occupied when used, an open bed only after six months in place (§3). */
    extra: boolean('extra').notNull().default(false),
    /** The day the bed was placed and the day it was removed (inclusive census dates); null = unbounded. */
    placedOn: date('placed_on', { mode: 'string' }),
    removedOn: date('removed_on', { mode: 'string' }),
    /** The bed's own state; occupied and reserved come from bed_stays and bed_requests. */
    state: text('state').$type<'available' | 'cleaning' | 'closed'>().notNull().default('available'),
    ...tracked(),
  },
  (t) => [uniqueIndex('beds_ward_code_idx').on(t.wardId, t.code)],
);

export const orRooms = pgTable('or_rooms', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});

export const patients = pgTable(
  'patients',
  {
    id: uuid('id').primaryKey(),
    mrn: text('mrn').notNull().unique(),
    name: text('name').notNull(),
    // pinyin initials ("zs" for 张三) and full pinyin, derived on write for search.
    nameInitials: text('name_initials').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    sex: text('sex').notNull(),
    /** null only for a person loaded by the history import whose file left it empty (kpi_only rows). */
    birthDate: date('birth_date', { mode: 'string' }),
    phone: text('phone'),
    idCard: text('id_card'),
    province: text('province'),
    city: text('city'),
    ...imported(),
    ...tracked(),
  },
  (t) => [
    index('patients_initials_idx').using('btree', sql`${t.nameInitials} text_pattern_ops`),
    index('patients_pinyin_idx').using('btree', sql`${t.namePinyin} text_pattern_ops`),
    index('patients_name_idx').using('btree', sql`${t.name} text_pattern_ops`),
    index('patients_mrn_pattern_idx').using('btree', sql`${t.mrn} text_pattern_ops`),
    index('patients_phone_rev_idx').using('btree', sql`reverse(${t.phone}) text_pattern_ops`),
  ],
);

export const admissions = pgTable(
  'admissions',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    wardId: uuid('ward_id')
      .notNull()
      .references(() => wards.id),
    bedId: uuid('bed_id').references(() => beds.id),
    admittedAt: ts('admitted_at').notNull(),
    dischargedAt: ts('discharged_at'),
    /** null when the source (a history file, an ADT message) did not name one. */
    attendingDoctor: text('attending_doctor'),
    /** The hospital's visit number (住院号, PV1-19, the history file's admission_id); null for stays begun in Periop. */
    visitNumber: text('visit_number').unique(),
    /** Where the patient went (离院方式): home, other_hospital, death; null until discharged. */
    dischargeDisposition: text('discharge_disposition').$type<'home' | 'other_hospital' | 'death'>(),
    /** The expected discharge date the ward plans with (预计出院); null = not planned yet. */
    expectedDischargeOn: date('expected_discharge_on', { mode: 'string' }),
    /** Where the admission came from: periop (a user), adt (the HIS), import (a history file). */
    source: text('source').$type<'periop' | 'adt' | 'import'>().notNull().default('periop'),
    ...imported(),
    ...tracked(),
  },
  (t) => [
    index('admissions_patient_idx').on(t.patientId, t.admittedAt),
    index('admissions_ward_idx').on(t.wardId),
    // The ward board finds each bed's current patient.
    index('admissions_bed_open_idx').on(t.bedId).where(sql`${t.dischargedAt} is null`),
  ],
);

export const surgicalCases = pgTable(
  'surgical_cases',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    admissionId: uuid('admission_id').references(() => admissions.id),
    wardId: uuid('ward_id').references(() => wards.id),
    diagnosisCode: text('diagnosis_code').notNull(),
    diagnosisText: text('diagnosis_text').notNull(),
    procedureCode: text('procedure_code').notNull(),
    procedureText: text('procedure_text').notNull(),
    grade: smallint('grade').notNull(),
    approach: text('approach').notNull(),
    urgency: text('urgency').notNull(),
    plannedAnesthesia: text('planned_anesthesia').notNull(),
    orRoom: text('or_room').notNull(),
    scheduledStart: ts('scheduled_start').notNull(),
    surgeon: text('surgeon').notNull(),
    /** The operating surgeon's account when picked from staff (checked against his authorised grade). */
    surgeonUserId: uuid('surgeon_user_id'),
    assistants: text('assistants').array().notNull().default(sql`'{}'::text[]`),
    anesthesiologists: text('anesthesiologists').array().notNull().default(sql`'{}'::text[]`),
    /** 巡回/洗手护士. */
    nurses: text('nurses').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').$type<CaseStatus>().notNull().default('scheduled'),
    inRoomAt: ts('in_room_at'),
    anesthesiaStartAt: ts('anesthesia_start_at'),
    surgeryStartAt: ts('surgery_start_at'),
    surgeryEndAt: ts('surgery_end_at'),
    anesthesiaEndAt: ts('anesthesia_end_at'),
    outOfRoomAt: ts('out_of_room_at'),
    pacuInAt: ts('pacu_in_at'),
    pacuOutAt: ts('pacu_out_at'),
    destination: text('destination'),
    destinationAt: ts('destination_at'),
    cancelledAt: ts('cancelled_at'),
    cancelStage: text('cancel_stage').$type<CancelStage>(),
    cancelReasonCode: text('cancel_reason_code'),
    cancelReason: text('cancel_reason'),
    ...tracked(),
  },
  (t) => [
    index('cases_scheduled_idx').on(t.scheduledStart),
    index('cases_patient_idx').on(t.patientId, t.scheduledStart),
    index('cases_admission_idx').on(t.admissionId),
    index('cases_ward_idx').on(t.wardId),
    // The overdue sweep and the outcome job look for the cases in a status.
    index('cases_status_idx').on(t.status),
    // The cases a room's monitor readings belong to, looked up as each batch is stored (interop/ingest.ts).
    index('cases_room_out_idx').on(t.orRoom, t.outOfRoomAt),
    check('cases_grade_check', sql`${t.grade} between 1 and 4`),
  ],
);

/** Each status transition: when it happened, when it was recorded and by whom. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    occurredAt: ts('occurred_at').notNull(),
    recordedAt: ts('recorded_at').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    reason: text('reason'),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.occurredAt)],
);

/**
 * The hospital's coded dictionaries: diagnoses (ICD-10 national clinical edition) and procedures
 * (ICD-9-CM-3), imported from the HIS, with the hospital catalogue's grade and approach for procedures.
 */
export const codeDictionary = pgTable(
  'code_dictionary',
  {
    kind: text('kind').$type<'diagnosis' | 'procedure'>().notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** Pinyin initials of the name, lower-case ("fey" for 肺恶性肿瘤...), for lookup by pinyin. */
    pinyin: text('pinyin').notNull(),
    grade: smallint('grade'),
    approach: text('approach'),
    /** 限制类技术: managed as grade 4 (医疗机构手术分级管理办法 2022). */
    restricted: boolean('restricted').notNull().default(false),
    active: boolean('active').notNull().default(true),
    source: text('source').$type<'starter' | 'his'>().notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.code] }),
    index('code_dictionary_pinyin_idx').on(t.kind, t.pinyin),
    check('code_dictionary_grade_check', sql`${t.grade} between 1 and 4`),
  ],
);
