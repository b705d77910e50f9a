// The historical case import (历史病例导入, history-import.md): each import job, and what it loaded — the
// case-episodes with their QC facts, and the deliveries of the obstetric register.
import { sql } from 'drizzle-orm';
import {
  boolean,
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
import type { ImportCounts, ImportError, ImportStatus } from '../../domain/interop/history-job';
import type { CaseFacts } from '../../domain/quality/facts';
import { ts } from './columns';
import { admissions, patients, wards } from './registry';

/** One import: running, done or rejected (nothing imported); at most one runs at a time. */
export const historyImports = pgTable(
  'history_imports',
  {
    id: uuid('id').primaryKey(),
    status: text('status').$type<ImportStatus>().notNull(),
    files: jsonb('files').$type<{ part: string; name: string; bytes: number; sha256: string }[]>().notNull(),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    counts: jsonb('counts').$type<ImportCounts>(),
    errors: jsonb('errors').$type<ImportError[]>().notNull().default(sql`'[]'::jsonb`),
    createdAt: ts('created_at').notNull().defaultNow(),
    createdBy: uuid('created_by').notNull(),
    finishedAt: ts('finished_at'),
    /** Written while it runs (PostgreSQL): a running import whose heartbeat stopped lost its server. */
    heartbeatAt: ts('heartbeat_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('history_imports_one_running_idx').on(sql`(true)`).where(sql`${t.status} = 'running'`),
    index('history_imports_created_idx').on(t.createdAt),
  ],
);

/**
 * A case-episode of a history file: the columns the KPIs, the bed statistics and the drill-down read, and its QC
 * facts (history-import.md §3 mapped once, src/domain/interop/history/to-facts.ts) with each indicator's outcome
 * precomputed under the engine revision `engine`.
 */
export const historyEpisodes = pgTable(
  'history_episodes',
  {
    id: uuid('id').primaryKey(),
    importId: uuid('import_id').notNull(),
    sourceFile: text('source_file').notNull(),
    sourceRow: integer('source_row').notNull(),
    externalId: text('external_id').notNull().unique(),
    personKey: text('person_key').notNull(),
    /** The patient and the admission the import made of person_id and admission_id (null before migration 0015). */
    patientId: uuid('patient_id').references(() => patients.id),
    admissionId: uuid('admission_id').references(() => admissions.id),
    personName: text('person_name'),
    sex: text('sex').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    recordLevel: text('record_level').notNull(),
    admissionKey: text('admission_key'),
    admissionDate: date('admission_date', { mode: 'string' }),
    dischargeDate: date('discharge_date', { mode: 'string' }),
    wardId: uuid('ward_id').references(() => wards.id),
    province: text('province'),
    surgeryDate: date('surgery_date', { mode: 'string' }),
    grade: smallint('grade'),
    approach: text('approach'),
    procedureType: text('procedure_type').notNull(),
    procedureName: text('procedure_name'),
    asa: smallint('asa'),
    urgency: text('urgency'),
    caseStatus: text('case_status').notNull(),
    location: text('location'),
    deathDate: date('death_date', { mode: 'string' }),
    clavienMax: text('clavien_max'),
    complications: text('complications'),
    /** The period anchor (D02): room entry, else the scheduled start, else the surgery date (kpi_only). */
    anchorAt: ts('anchor_at').notNull(),
    anesthesia: boolean('anesthesia').notNull(),
    outcomes: text('outcomes').notNull(),
    engine: text('engine').notNull(),
    facts: jsonb('facts').$type<CaseFacts>().notNull(),
  },
  (t) => [
    index('history_episodes_anchor_idx').on(t.anchorAt),
    index('history_episodes_discharge_idx').on(t.dischargeDate),
    index('history_episodes_surgery_idx').on(t.surgeryDate),
    index('history_episodes_person_idx').on(t.personKey),
    index('history_episodes_patient_idx').on(t.patientId),
    index('history_episodes_import_idx').on(t.importId),
  ],
);

/** A delivery of the obstetric register (history-import.md §6), for AQI-EPD-26. */
export const historyDeliveries = pgTable(
  'history_deliveries',
  {
    id: uuid('id').primaryKey(),
    importId: uuid('import_id').notNull(),
    sourceRow: integer('source_row').notNull(),
    externalId: text('external_id').notNull().unique(),
    personKey: text('person_key').notNull(),
    deliveryAt: ts('delivery_at').notNull(),
    mode: text('mode').notNull(),
    labourEpisodeId: text('labour_episode_id'),
  },
  (t) => [index('history_deliveries_at_idx').on(t.deliveryAt)],
);
