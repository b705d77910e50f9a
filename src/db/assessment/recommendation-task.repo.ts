// Recommendations of signed visits, followed as tasks. Every list and lookup takes the actor's scope
// (the case's ward).
import { and, asc, eq, inArray } from 'drizzle-orm';
import { isOpenTask, TASK_STATUSES, type TaskStatus } from '../../domain/assessment/recommendation-task';
import type { WardScope } from '../../domain/auth/scope';
import type { Recommendation } from '../../domain/scores/instrument';
import type { Db } from '../client';
import { patients, recommendationTasks, surgicalCases } from '../schema';
import { wardCondition } from '../scope';
import { type Actor, newRowStamp, updateVersioned } from '../versioned';
import type { VisitRow } from './visit.repo';

export type TaskRow = typeof recommendationTasks.$inferSelect;
export type TaskWithPatient = TaskRow & {
  patientName: string;
  patientMrn: string;
  scheduledStart: Date;
  orRoom: string;
};

const OPEN_STATUSES = TASK_STATUSES.filter(isOpenTask);

/** Opens a task per recommendation code not already followed for the case. */
export async function openTasks(
  db: Db,
  visit: VisitRow,
  recommendations: Recommendation[],
  actor: Actor,
): Promise<number> {
  if (recommendations.length === 0) return 0;
  const created = await db
    .insert(recommendationTasks)
    .values(
      recommendations.map((r) => ({
        ...newRowStamp(actor),
        caseId: visit.caseId,
        patientId: visit.patientId,
        visitId: visit.id,
        code: r.code,
        text: r.text,
        source: r.source,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: recommendationTasks.id });
  return created.length;
}

export async function listTasks(
  db: Db,
  filter: { open: boolean; caseId?: string | undefined; scope: WardScope },
): Promise<TaskWithPatient[]> {
  const rows = await db
    .select({
      task: recommendationTasks,
      patientName: patients.name,
      patientMrn: patients.mrn,
      scheduledStart: surgicalCases.scheduledStart,
      orRoom: surgicalCases.orRoom,
    })
    .from(recommendationTasks)
    .innerJoin(patients, eq(patients.id, recommendationTasks.patientId))
    .innerJoin(surgicalCases, eq(surgicalCases.id, recommendationTasks.caseId))
    .where(
      and(
        filter.open ? inArray(recommendationTasks.status, OPEN_STATUSES) : undefined,
        filter.caseId ? eq(recommendationTasks.caseId, filter.caseId) : undefined,
        wardCondition(filter.scope, surgicalCases.wardId),
      ),
    )
    .orderBy(asc(surgicalCases.scheduledStart), asc(recommendationTasks.code));
  return rows.map((r) => ({
    ...r.task,
    patientName: r.patientName,
    patientMrn: r.patientMrn,
    scheduledStart: r.scheduledStart,
    orRoom: r.orRoom,
  }));
}

export async function getTask(db: Db, id: string, scope: WardScope): Promise<TaskRow | null> {
  const [row] = await db
    .select({ task: recommendationTasks })
    .from(recommendationTasks)
    .innerJoin(surgicalCases, eq(surgicalCases.id, recommendationTasks.caseId))
    .where(and(eq(recommendationTasks.id, id), wardCondition(scope, surgicalCases.wardId)))
    .limit(1);
  return row?.task ?? null;
}

export const updateTask = (
  db: Db,
  id: string,
  version: number,
  values: { status: TaskStatus; reason: string | null },
  actor: Actor,
) =>
  updateVersioned(
    db,
    recommendationTasks,
    id,
    version,
    { ...values, actedBy: actor.userId, actedAt: actor.now },
    actor,
  );
