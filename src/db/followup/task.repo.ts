// Follow-up tasks (the day-28 call when the outcome is unknown) and what their calls found.
import { and, eq, sql } from 'drizzle-orm';
import type { WardScope } from '../../domain/auth/scope';
import type { FollowupTaskKind } from '../../domain/followup/tasks';
import type { Db } from '../client';
import { newId } from '../ids';
import { rows } from '../rows';
import { followupTasks, surgicalCases } from '../schema';
import { wardCondition } from '../scope';
import type { Actor } from '../versioned';

export type TaskRow = typeof followupTasks.$inferSelect;

/** Creates the case's task of the kind unless it already has one. */
export async function createTask(db: Db, v: Omit<typeof followupTasks.$inferInsert, 'id'>): Promise<void> {
  await db
    .insert(followupTasks)
    .values({ id: newId(), ...v })
    .onConflictDoNothing();
}

export type OpenTask = {
  id: string;
  case_id: string;
  patient_id: string;
  kind: FollowupTaskKind;
  due_at: string;
  patient_name: string;
  patient_mrn: string;
  phone: string | null;
  procedure_text: string;
};

/** The open tasks of cases within the scope, with whom to call. */
export const openTasks = (db: Db, scope: WardScope) =>
  rows<OpenTask>(
    db,
    sql`
      select t.id, t.case_id, t.patient_id, t.kind, t.due_at, p.name as patient_name, p.mrn as patient_mrn, p.phone,
        c.procedure_text
      from followup_tasks t join patients p on p.id = t.patient_id join surgical_cases c on c.id = t.case_id
      where t.status = 'open' and ${wardCondition(scope, sql`c.ward_id`) ?? sql`true`} order by t.due_at`,
  );

/** A task whose case lies within the scope. */
export async function getTask(db: Db, id: string, scope: WardScope): Promise<TaskRow | null> {
  const [row] = await db
    .select({ task: followupTasks })
    .from(followupTasks)
    .innerJoin(surgicalCases, eq(surgicalCases.id, followupTasks.caseId))
    .where(and(eq(followupTasks.id, id), wardCondition(scope, surgicalCases.wardId)));
  return row?.task ?? null;
}

/** Closes an open task with what was found; null when it was already done. */
export async function completeTask(
  db: Db,
  id: string,
  result: string,
  actor: Actor,
): Promise<TaskRow | null> {
  const [row] = await db
    .update(followupTasks)
    .set({ status: 'done', result, doneBy: actor.userId, doneAt: actor.now })
    .where(and(eq(followupTasks.id, id), eq(followupTasks.status, 'open')))
    .returning();
  return row ?? null;
}
