// The anesthesia record: its header, events, drugs, fluids, checklist answers and alert acknowledgements.
import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tracked, ts } from './columns';
import { patients, surgicalCases } from './registry';

/** The anesthesia record (麻醉记录单) of a case: method and details; its entries live in the tables below. */
export const anesthesiaRecords = pgTable('anesthesia_records', {
  id: uuid('id').primaryKey(),
  caseId: uuid('case_id')
    .notNull()
    .unique()
    .references(() => surgicalCases.id),
  patientId: uuid('patient_id')
    .notNull()
    .references(() => patients.id),
  method: text('method'),
  /** Airway, lines, position, warming: { airway, lines, position, activeWarming }. */
  details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
  tempMode: text('temp_mode').notNull().default('continuous'), // continuous | intermittent
  status: text('status').notNull().default('draft'), // draft | signed
  revision: integer('revision').notNull().default(1),
  signedAt: ts('signed_at'),
  signedBy: uuid('signed_by'),
  amendmentReason: text('amendment_reason'),
  ...tracked(),
});

/** One-tap events and intra-op adverse events, with when they happened and when they were recorded. */
export const recordEvents = pgTable(
  'record_events',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    code: text('code').notNull(),
    text: text('text'),
    at: ts('at').notNull(),
    overrideReason: text('override_reason'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('record_events_case_idx').on(t.caseId, t.at)],
);

/** Drugs given: boluses and infusion segments (a rate change starts a new segment). */
export const drugEntries = pgTable(
  'drug_entries',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    drug: text('drug').notNull(),
    kind: text('kind').notNull(), // bolus | infusion
    dose: doublePrecision('dose'),
    rate: doublePrecision('rate'),
    unit: text('unit').notNull(),
    route: text('route').notNull(),
    startAt: ts('start_at').notNull(),
    endAt: ts('end_at'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('drug_entries_case_idx').on(t.caseId, t.startAt)],
);

/** Fluids in (crystalloid … autologous blood) and out (blood loss, urine, drainage). */
export const fluidEntries = pgTable(
  'fluid_entries',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    direction: text('direction').notNull(), // in | out
    kind: text('kind').notNull(),
    volumeMl: doublePrecision('volume_ml').notNull(),
    at: ts('at').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('fluid_entries_case_idx').on(t.caseId, t.at)],
);

/** WHO Surgical Safety Checklist answers, one per item, with who answered and when. */
export const checklistAnswers = pgTable(
  'checklist_answers',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    phase: text('phase').notNull(),
    item: text('item').notNull(),
    answer: text('answer').notNull(), // yes | no | na
    answeredBy: uuid('answered_by').notNull(),
    answeredAt: ts('answered_at').notNull(),
  },
  (t) => [uniqueIndex('checklist_answers_item_idx').on(t.caseId, t.phase, t.item)],
);

/** Acknowledgements of intra-op alerts (the alerts themselves are computed from the observations). */
export const alertAcks = pgTable(
  'alert_acks',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    kind: text('kind').notNull(),
    startAt: ts('start_at').notNull(),
    note: text('note'),
    ackedBy: uuid('acked_by').notNull(),
    ackedAt: ts('acked_at').notNull(),
  },
  (t) => [uniqueIndex('alert_acks_idx').on(t.caseId, t.kind, t.startAt)],
);
