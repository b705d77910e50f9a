import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { WardScope } from '../../domain/auth/scope';
import type { Db } from '../client';
import { assessmentVisits, patients, recommendationTasks, surgicalCases, users } from '../schema';
import { wardCondition } from '../scope';
import { type Actor, newRowStamp, updateVersioned } from '../versioned';

export type VisitRow = typeof assessmentVisits.$inferSelect;
export type TaskRow = typeof recommendationTasks.$inferSelect;
export type VisitValues = {
  data: unknown;
  results: unknown;
  highRiskFlags: string[];
  visitAt: Date | null;
  late: boolean;
};

export async function currentVisit(db: Db, caseId: string): Promise<VisitRow | null> {
  const [row] = await db
    .select()
    .from(assessmentVisits)
    .where(eq(assessmentVisits.caseId, caseId))
    .orderBy(desc(assessmentVisits.revision))
    .limit(1);
  return row ?? null;
}

export async function visitRevisions(db: Db, caseId: string): Promise<VisitRow[]> {
  return db
    .select()
    .from(assessmentVisits)
    .where(eq(assessmentVisits.caseId, caseId))
    .orderBy(asc(assessmentVisits.revision));
}

export async function insertVisit(
  db: Db,
  row: VisitValues & { caseId: string; patientId: string; revision: number; amendmentReason?: string | null },
  actor: Actor,
): Promise<VisitRow> {
  const [created] = await db
    .insert(assessmentVisits)
    .values({ ...newRowStamp(actor), ...row, status: 'draft', amendmentReason: row.amendmentReason ?? null })
    .returning();
  return created!;
}

export const updateDraft = (db: Db, id: string, version: number, values: VisitValues, actor: Actor) =>
  updateVersioned(db, assessmentVisits, id, version, values, actor);

export const signVisit = (db: Db, id: string, version: number, actor: Actor) =>
  updateVersioned(
    db,
    assessmentVisits,
    id,
    version,
    { status: 'signed', signedAt: actor.now, signedBy: actor.userId },
    actor,
  );

/** Opens a task per recommendation code not already followed for the case. */
export async function openTasks(
  db: Db,
  visit: VisitRow,
  recommendations: { code: string; text: { zh: string; en: string }; source: string }[],
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

export type TaskWithPatient = TaskRow & {
  patientName: string;
  patientMrn: string;
  scheduledStart: Date;
  orRoom: string;
};

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
        filter.open ? inArray(recommendationTasks.status, ['open', 'accepted']) : undefined,
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
  values: { status: string; reason: string | null },
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

/** 待访视: scheduled cases in [from, to) whose latest visit is not signed (or that have none). */
export async function casesAwaitingVisit(db: Db, from: Date, to: Date, scope: WardScope) {
  return db
    .select({
      caseId: surgicalCases.id,
      patientId: surgicalCases.patientId,
      patientName: patients.name,
      patientMrn: patients.mrn,
      scheduledStart: surgicalCases.scheduledStart,
      orRoom: surgicalCases.orRoom,
      procedureText: surgicalCases.procedureText,
      urgency: surgicalCases.urgency,
      visitStatus: sql<
        string | null
      >`(select v.status from assessment_visits v where v.case_id = ${surgicalCases.id} order by v.revision desc limit 1)`,
    })
    .from(surgicalCases)
    .innerJoin(patients, eq(patients.id, surgicalCases.patientId))
    .where(
      and(
        eq(surgicalCases.status, 'scheduled'),
        gte(surgicalCases.scheduledStart, from),
        lt(surgicalCases.scheduledStart, to),
        sql`not exists (select 1 from assessment_visits v where v.case_id = ${surgicalCases.id} and v.status = 'signed'
              and v.revision = (select max(v2.revision) from assessment_visits v2 where v2.case_id = ${surgicalCases.id}))`,
        wardCondition(scope, surgicalCases.wardId),
      ),
    )
    .orderBy(asc(surgicalCases.scheduledStart));
}

/** 高危患者: cases in [from, to) whose latest visit carries high-risk flags. */
export async function highRiskCases(db: Db, from: Date, to: Date, scope: WardScope) {
  return db
    .select({
      caseId: surgicalCases.id,
      patientId: surgicalCases.patientId,
      patientName: patients.name,
      patientMrn: patients.mrn,
      scheduledStart: surgicalCases.scheduledStart,
      orRoom: surgicalCases.orRoom,
      procedureText: surgicalCases.procedureText,
      flags: assessmentVisits.highRiskFlags,
      visitStatus: assessmentVisits.status,
    })
    .from(assessmentVisits)
    .innerJoin(surgicalCases, eq(surgicalCases.id, assessmentVisits.caseId))
    .innerJoin(patients, eq(patients.id, surgicalCases.patientId))
    .where(
      and(
        gte(surgicalCases.scheduledStart, from),
        lt(surgicalCases.scheduledStart, to),
        sql`cardinality(${assessmentVisits.highRiskFlags}) > 0`,
        sql`${assessmentVisits.revision} = (select max(v2.revision) from assessment_visits v2 where v2.case_id = ${surgicalCases.id})`,
        wardCondition(scope, surgicalCases.wardId),
      ),
    )
    .orderBy(asc(surgicalCases.scheduledStart));
}

/** The latest visit's high-risk flags for each case, for the OR board's risk badges. */
export async function riskFlagsOfCases(
  db: Db,
  caseIds: string[],
): Promise<Map<string, { flags: string[]; signed: boolean }>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([assessmentVisits.caseId], {
      caseId: assessmentVisits.caseId,
      flags: assessmentVisits.highRiskFlags,
      status: assessmentVisits.status,
    })
    .from(assessmentVisits)
    .where(inArray(assessmentVisits.caseId, caseIds))
    .orderBy(assessmentVisits.caseId, desc(assessmentVisits.revision));
  return new Map(rows.map((r) => [r.caseId, { flags: r.flags, signed: r.status === 'signed' }]));
}

/** The display name of the user who signed, for the printed record. */
export async function signerName(db: Db, userId: string | null): Promise<string> {
  if (!userId) return '—';
  const [row] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
  return row?.name ?? '—';
}
