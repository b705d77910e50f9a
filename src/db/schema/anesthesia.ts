// The anesthesia record: its header, events, drugs, fluids, checklist answers and alert acknowledgements,
// and the corrections made to its entries before signing (what each was before, who changed it, why);
// what is derived from the case's readings as they are stored (intra-op alert episodes, the hypotension
// exposure, per-minute rollups for the chart).
import { sql } from 'drizzle-orm';
import {
  bigint,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ReadingBasis } from '../../domain/anesthesia/case-readings';
import type { AlertKind } from '../../domain/anesthesia/intraop-alerts';
import type { IntraopTrackers, StoredEpisode, TrackedParam } from '../../domain/anesthesia/intraop-state';
import type { CorrectionAction, EntryKind } from '../../domain/anesthesia/record-corrections';
import type {
  ChecklistAnswer,
  ChecklistPhase,
  DrugKind,
  FluidDirection,
  FluidKind,
  RecordStatus,
  TempMode,
} from '../../domain/anesthesia/record-vocabulary';
import type { AnesthesiaMethod } from '../../domain/registry/vocabulary';
import { tracked, ts } from './columns';
import { patients, surgicalCases } from './registry';

export type RecordDetails = { airway?: string; lines?: string; position?: string; activeWarming?: boolean };

/**
 * What makes an entry correctable: its version (a correction applies over the version read, 409
 * otherwise), and its voiding — a voided entry stays, with who voided it, when and why.
 */
const correctable = () => ({
  version: integer('version').notNull().default(1),
  voidedAt: ts('voided_at'),
  voidedBy: uuid('voided_by'),
  voidReason: text('void_reason'),
});

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
  method: text('method').$type<AnesthesiaMethod>(),
  /** Airway, lines, position, warming: { airway, lines, position, activeWarming }. */
  details: jsonb('details').$type<RecordDetails>().notNull().default(sql`'{}'::jsonb`),
  tempMode: text('temp_mode').$type<TempMode>().notNull().default('continuous'),
  status: text('status').$type<RecordStatus>().notNull().default('draft'),
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
    ...correctable(),
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
    kind: text('kind').$type<DrugKind>().notNull(),
    dose: doublePrecision('dose'),
    rate: doublePrecision('rate'),
    unit: text('unit').notNull(),
    route: text('route').notNull(),
    startAt: ts('start_at').notNull(),
    endAt: ts('end_at'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: ts('recorded_at').notNull(),
    ...correctable(),
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
    direction: text('direction').$type<FluidDirection>().notNull(),
    kind: text('kind').$type<FluidKind>().notNull(),
    volumeMl: doublePrecision('volume_ml').notNull(),
    at: ts('at').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: ts('recorded_at').notNull(),
    ...correctable(),
  },
  (t) => [index('fluid_entries_case_idx').on(t.caseId, t.at)],
);

/**
 * WHO Surgical Safety Checklist answers, one per item, with who answered and when. An answer withdrawn
 * leaves the table (the registry's gates read it as it stands) and is kept among the corrections.
 */
export const checklistAnswers = pgTable(
  'checklist_answers',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    phase: text('phase').$type<ChecklistPhase>().notNull(),
    item: text('item').notNull(),
    answer: text('answer').$type<ChecklistAnswer>().notNull(),
    answeredBy: uuid('answered_by').notNull(),
    answeredAt: ts('answered_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('checklist_answers_item_idx').on(t.caseId, t.phase, t.item)],
);

/**
 * Each correction of a record entry before signing: the entry (`phase.item` for a checklist answer, the
 * observation's id for a vital sign entered by hand), edited or voided, the version it replaced, what
 * it was before and what was changed, the reason, who and when. Never updated, never deleted.
 */
export const recordCorrections = pgTable(
  'record_corrections',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    entryKind: text('entry_kind').$type<EntryKind>().notNull(),
    entryId: text('entry_id').notNull(),
    action: text('action').$type<CorrectionAction>().notNull(),
    version: integer('version').notNull(),
    before: jsonb('before').$type<Record<string, unknown>>().notNull(),
    after: jsonb('after').$type<Record<string, unknown>>().notNull(),
    reason: text('reason').notNull(),
    changedBy: uuid('changed_by').notNull(),
    changedAt: ts('changed_at').notNull(),
  },
  (t) => [index('record_corrections_case_idx').on(t.caseId, t.changedAt)],
);

/** Acknowledgements of intra-op alerts, each by its kind and start (the episode's identity). */
export const alertAcks = pgTable(
  'alert_acks',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    kind: text('kind').$type<AlertKind>().notNull(),
    startAt: ts('start_at').notNull(),
    note: text('note'),
    ackedBy: uuid('acked_by').notNull(),
    ackedAt: ts('acked_at').notNull(),
  },
  (t) => [uniqueIndex('alert_acks_idx').on(t.caseId, t.kind, t.startAt)],
);

/**
 * What the ingest has derived from a case's readings (intraop-state.ts): the trackers — each rule's
 * run still open, the hypotension exposure up to the last reading (`art_mean`/`nibp_mean` → `exposure`),
 * every parameter's newest reading — and the basis they were derived on (case-readings.ts).
 */
export const intraopStates = pgTable('intraop_states', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => surgicalCases.id),
  basis: jsonb('basis').$type<ReadingBasis>().notNull(),
  trackers: jsonb('trackers').$type<IntraopTrackers>().notNull(),
  derivedAt: ts('derived_at').notNull(),
});

/** Intra-op alert episodes that have ended, as the ingest closes them; a run still open is in the trackers. */
export const intraopEpisodes = pgTable(
  'intraop_episodes',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    kind: text('kind').$type<AlertKind>().notNull(),
    param: text('param').$type<TrackedParam>().notNull(),
    /** The temperature probe (channel|device|unit) for hypothermia; '' for pooled series. */
    source: text('source').notNull(),
    mode: text('mode').$type<StoredEpisode['mode']>().notNull(),
    startAt: ts('start_at').notNull(),
    endAt: ts('end_at').notNull(),
    extreme: doublePrecision('extreme').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.kind, t.param, t.source, t.mode, t.startAt] })],
);

/**
 * Per source and minute: what the chart needs of the valid readings (downsample.ts's buckets of whole
 * minutes) — kept by the statement that inserts readings, a minute recomputed when one of its readings
 * is marked artefact. Times are epoch ms; a source is the device (or the case, for readings bound to it).
 */
export const readingMinutes = pgTable(
  'reading_minutes',
  {
    deviceId: uuid('device_id'),
    caseId: uuid('case_id'),
    minute: ts('minute').notNull(),
    param: text('param').notNull(),
    channel: text('channel').notNull(),
    unit: text('unit').notNull(),
    n: integer('n').notNull(),
    firstT: bigint('first_t', { mode: 'number' }).notNull(),
    min: doublePrecision('min').notNull(),
    minT: bigint('min_t', { mode: 'number' }).notNull(),
    minId: bigint('min_id', { mode: 'number' }).notNull(),
    max: doublePrecision('max').notNull(),
    maxT: bigint('max_t', { mode: 'number' }).notNull(),
    maxId: bigint('max_id', { mode: 'number' }).notNull(),
    last: doublePrecision('last').notNull(),
    lastT: bigint('last_t', { mode: 'number' }).notNull(),
    lastId: bigint('last_id', { mode: 'number' }).notNull(),
  },
  (t) => [
    unique('reading_minutes_key')
      .on(t.deviceId, t.caseId, t.minute, t.param, t.channel, t.unit)
      .nullsNotDistinct(),
    index('reading_minutes_case_idx').on(t.caseId, t.minute).where(sql`${t.caseId} is not null`),
  ],
);
