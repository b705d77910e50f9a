// Post-operative monitoring: observation sets, scale-2 orders, early-warning alerts, labs, post-op assessments, intake/output.
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AckAction, AlertStatus, AlertType } from '../../domain/monitoring/escalation';
import type { IoDirection, IoKind } from '../../domain/monitoring/intake-output';
import type { LabAnalyte } from '../../domain/monitoring/lab';
import type { PostopForm } from '../../domain/monitoring/postanesthesia-visit';
import type { News2Band } from '../../domain/scores/news2';
import { ts } from './columns';
import { patients, surgicalCases } from './registry';

/** A ward observation set (vital signs) and its NEWS2, or marked incomplete — never scored as normal. */
export const observationSets = pgTable(
  'observation_sets',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    wardId: uuid('ward_id'),
    takenAt: ts('taken_at').notNull(),
    values: jsonb('values').notNull(),
    complete: boolean('complete').notNull(),
    total: integer('total'),
    band: text('band').$type<News2Band>(),
    redScore: boolean('red_score').notNull().default(false),
    scale: smallint('scale').$type<1 | 2>().notNull().default(1),
    result: jsonb('result').notNull(),
    nextDueAt: ts('next_due_at'),
    enteredBy: uuid('entered_by').notNull(),
    enteredAt: ts('entered_at').notNull(),
    version: integer('version').notNull().default(1),
    voidedAt: ts('voided_at'),
    voidedBy: uuid('voided_by'),
    voidReason: text('void_reason'),
  },
  (t) => [
    index('observation_sets_case_idx').on(t.caseId, t.takenAt),
    index('observation_sets_ward_idx').on(t.wardId, t.takenAt),
  ],
);

/** An explicit, attributed order to use SpO2 scale 2 for the episode (hypercapnic respiratory failure). */
export const scale2Orders = pgTable(
  'scale2_orders',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    orderedBy: uuid('ordered_by').notNull(),
    orderedAt: ts('ordered_at').notNull(),
    reason: text('reason').notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [index('scale2_orders_case_idx').on(t.caseId)],
);

/** Early-warning alerts: raised by a set (or an overdue one), acknowledged with an action, escalated if not. */
export const ewsAlerts = pgTable(
  'ews_alerts',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    patientId: uuid('patient_id').notNull(),
    wardId: uuid('ward_id'),
    setId: uuid('set_id'),
    type: text('type').$type<AlertType>().notNull(),
    raisedAt: ts('raised_at').notNull(),
    status: text('status').$type<AlertStatus>().notNull().default('open'),
    action: text('action').$type<AckAction>(),
    note: text('note'),
    acknowledgedBy: uuid('acknowledged_by'),
    acknowledgedAt: ts('acknowledged_at'),
    escalatedAt: ts('escalated_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('ews_alerts_ward_idx').on(t.wardId, t.status),
    index('ews_alerts_case_idx').on(t.caseId, t.raisedAt),
  ],
);

/** Laboratory results that detection rules read (creatinine, µmol/L). */
export const labResults = pgTable(
  'lab_results',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    caseId: uuid('case_id'),
    analyte: text('analyte').$type<LabAnalyte>().notNull(),
    value: doublePrecision('value').notNull(),
    unit: text('unit').notNull(),
    takenAt: ts('taken_at').notNull(),
    enteredBy: uuid('entered_by').notNull(),
    enteredAt: ts('entered_at').notNull(),
  },
  (t) => [index('lab_results_patient_idx').on(t.patientId, t.analyte, t.takenAt)],
);

/** Post-operative assessments (Aldrete, PADSS, Braden, pain, 4AT, CAM-ICU, RASS, PHQ-9, GAD-7, the 72-h visit). */
export const postopAssessments = pgTable(
  'postop_assessments',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    patientId: uuid('patient_id').notNull(),
    instrument: text('instrument').$type<PostopForm>().notNull(),
    version: text('instrument_version').notNull(),
    at: ts('at').notNull(),
    input: jsonb('input').notNull(),
    result: jsonb('result').notNull(),
    complete: boolean('complete').notNull(),
    total: doublePrecision('total'),
    enteredBy: uuid('entered_by').notNull(),
    enteredAt: ts('entered_at').notNull(),
  },
  (t) => [index('postop_assessments_case_idx').on(t.caseId, t.instrument, t.at)],
);

/** Post-operative intake and output (nursing), per entry. */
export const ioEntries = pgTable(
  'io_entries',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    direction: text('direction').$type<IoDirection>().notNull(),
    kind: text('kind').$type<IoKind>().notNull(),
    volumeMl: doublePrecision('volume_ml').notNull(),
    at: ts('at').notNull(),
    enteredBy: uuid('entered_by').notNull(),
    enteredAt: ts('entered_at').notNull(),
  },
  (t) => [index('io_entries_case_idx').on(t.caseId, t.at)],
);

/** Each edit or void of an observation set: who, when, why and the set before and after. */
export const observationCorrections = pgTable(
  'observation_corrections',
  {
    id: uuid('id').primaryKey(),
    setId: uuid('set_id')
      .notNull()
      .references(() => observationSets.id),
    action: text('action').$type<'edit' | 'void'>().notNull(),
    version: integer('version').notNull(),
    before: jsonb('before').$type<Record<string, unknown>>().notNull(),
    after: jsonb('after').$type<Record<string, unknown>>().notNull(),
    reason: text('reason').notNull(),
    changedBy: uuid('changed_by').notNull(),
    changedAt: ts('changed_at').notNull(),
  },
  (t) => [index('observation_corrections_set_idx').on(t.setId, t.changedAt)],
);
