// The complication registry and the 28-day outcome.
import { boolean, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { OutcomeSource, OutcomeStatus } from '../../domain/complications/outcome';
import type { CdGrade, ComplicationStatus, ComplicationType } from '../../domain/complications/vocabulary';
import { tracked, ts } from './columns';
import { surgicalCases } from './registry';

/** The complication registry: suggested by a rule or entered by a clinician; confirmed with a grade or dismissed. */
export const complications = pgTable(
  'complications',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    patientId: uuid('patient_id').notNull(),
    type: text('type').$type<ComplicationType>().notNull(),
    onsetAt: ts('onset_at').notNull(),
    status: text('status').$type<ComplicationStatus>().notNull(),
    rule: text('rule'),
    evidence: jsonb('evidence'),
    grade: text('grade').$type<CdGrade>(),
    disability: boolean('disability').notNull().default(false),
    treatment: text('treatment'),
    outcome: text('outcome'),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by'),
    decidedAt: ts('decided_at'),
    ...tracked(),
  },
  (t) => [index('complications_case_idx').on(t.caseId), index('complications_status_idx').on(t.status)],
);

/** The 28-day outcome of a case. */
export const caseOutcomes = pgTable('case_outcomes', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => surgicalCases.id),
  patientId: uuid('patient_id').notNull(),
  status: text('status').$type<OutcomeStatus>().notNull(),
  deathAt: ts('death_at'),
  cause: text('cause'),
  source: text('source').$type<OutcomeSource>().notNull(),
  decidedAt: ts('decided_at').notNull(),
  decidedBy: uuid('decided_by'),
});
