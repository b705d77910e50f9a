// The pre-anesthesia visit (versioned revisions) and its recommendations followed as tasks.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { TaskStatus } from '../../domain/assessment/recommendation-task';
import type { InstrumentOutcome, VisitData } from '../../domain/assessment/visit';
import type { VisitStatus } from '../../domain/assessment/visit-status';
import type { Text } from '../../domain/scores/instrument';
import { tracked, ts } from './columns';
import { patients, surgicalCases } from './registry';

/**
 * The pre-anesthesia visit, one row per revision: a signed revision is never changed; an
 * amendment is the next revision with its reason. The inputs, the server-computed results and the
 * instrument versions are stored together.
 */
export const assessmentVisits = pgTable(
  'assessment_visits',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    revision: integer('revision').notNull(),
    status: text('status').$type<VisitStatus>().notNull(),
    data: jsonb('data').$type<VisitData>().notNull(),
    results: jsonb('results').$type<InstrumentOutcome[]>().notNull(),
    highRiskFlags: text('high_risk_flags').array().notNull().default(sql`'{}'::text[]`),
    visitAt: ts('visit_at'),
    late: boolean('late').notNull().default(false),
    signedAt: ts('signed_at'),
    signedBy: uuid('signed_by'),
    amendmentReason: text('amendment_reason'),
    ...tracked(),
  },
  (t) => [uniqueIndex('assessment_visits_case_revision_idx').on(t.caseId, t.revision)],
);

/** A recommendation from a signed visit, followed until someone accepts, declines or completes it. */
export const recommendationTasks = pgTable(
  'recommendation_tasks',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => assessmentVisits.id),
    code: text('code').notNull(),
    text: jsonb('text').$type<Text>().notNull(),
    source: text('source').notNull(),
    status: text('status').$type<TaskStatus>().notNull().default('open'),
    reason: text('reason'),
    actedBy: uuid('acted_by'),
    actedAt: ts('acted_at'),
    ...tracked(),
  },
  (t) => [
    uniqueIndex('recommendation_tasks_case_code_idx').on(t.caseId, t.code),
    index('recommendation_tasks_status_idx').on(t.status),
  ],
);
