// Follow-up tasks and their calls.
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { FollowupTaskKind, FollowupTaskStatus } from '../../domain/followup/tasks';
import { ts } from './columns';
import { surgicalCases } from './registry';

/** Follow-up tasks (e.g. the day-28 call when the outcome is unknown). */
export const followupTasks = pgTable(
  'followup_tasks',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => surgicalCases.id),
    patientId: uuid('patient_id').notNull(),
    kind: text('kind').$type<FollowupTaskKind>().notNull(),
    dueAt: ts('due_at').notNull(),
    status: text('status').$type<FollowupTaskStatus>().notNull().default('open'),
    result: text('result'),
    doneBy: uuid('done_by'),
    doneAt: ts('done_at'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('followup_tasks_case_kind_idx').on(t.caseId, t.kind),
    index('followup_tasks_status_idx').on(t.status, t.dueAt),
  ],
);
