import { and, asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { WardScope } from '../../domain/auth/scope';
import type { CancelReasonCode } from '../../domain/registry/cancel-reasons';
import type { CancelStage, CaseStatus, TargetStatus } from '../../domain/registry/case-status';
import type { CaseInput } from '../../domain/registry/schemas';
import type { Db } from '../client';
import { newId } from '../ids';
import { prepared } from '../prepared';
import { admissions, beds, caseEvents, patients, surgicalCases, wards } from '../schema';
import { wardCondition } from '../scope';
import { type Actor, newRowStamp, updateVersioned } from '../versioned';

export type CaseRow = typeof surgicalCases.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;

/** The time column that records when a case entered each status. */
export const STATUS_TIME_COLUMN = {
  in_room: 'inRoomAt',
  anesthesia_start: 'anesthesiaStartAt',
  surgery_start: 'surgeryStartAt',
  surgery_end: 'surgeryEndAt',
  anesthesia_end: 'anesthesiaEndAt',
  out_of_room: 'outOfRoomAt',
  pacu_in: 'pacuInAt',
  pacu_out: 'pacuOutAt',
  ward: 'destinationAt',
  icu: 'destinationAt',
  cancelled: 'cancelledAt',
} as const satisfies Record<TargetStatus, keyof CaseRow>;

export function statusTime(row: CaseRow): Date | null {
  const status = row.status as CaseStatus;
  return status === 'scheduled' ? null : row[STATUS_TIME_COLUMN[status]];
}

const patientSummary = {
  patientName: patients.name,
  patientMrn: patients.mrn,
  patientSex: patients.sex,
  patientBirthDate: patients.birthDate,
};

export type CaseWithPatient = CaseRow & {
  patientName: string;
  patientMrn: string;
  patientSex: string;
  patientBirthDate: string | null;
};

/** The cases scheduled on one local calendar day, for the OR board. */
export async function listCasesOnDate(
  db: Db,
  date: string,
  timeZone: string,
  scope: WardScope,
): Promise<CaseWithPatient[]> {
  const dayStart = sql`(${date}::date)::timestamp at time zone ${timeZone}`;
  const dayEnd = sql`(${date}::date + 1)::timestamp at time zone ${timeZone}`;
  return db
    .select({ ...getTableColumns(surgicalCases), ...patientSummary })
    .from(surgicalCases)
    .innerJoin(patients, eq(patients.id, surgicalCases.patientId))
    .where(
      and(
        sql`${surgicalCases.scheduledStart} >= ${dayStart}`,
        sql`${surgicalCases.scheduledStart} < ${dayEnd}`,
        wardCondition(scope, surgicalCases.wardId),
      ),
    )
    .orderBy(asc(surgicalCases.orRoom), asc(surgicalCases.scheduledStart));
}

/** Where each case's patient lies (ward name, bed code), for the printed schedule and notice. */
export async function placesOfCases(
  db: Db,
  caseIds: string[],
): Promise<Map<string, { wardName: string | null; bedCode: string | null }>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .select({ id: surgicalCases.id, wardName: wards.name, bedCode: beds.code })
    .from(surgicalCases)
    .leftJoin(wards, eq(wards.id, surgicalCases.wardId))
    .leftJoin(admissions, eq(admissions.id, surgicalCases.admissionId))
    .leftJoin(beds, eq(beds.id, admissions.bedId))
    .where(inArray(surgicalCases.id, caseIds));
  return new Map(rows.map((r) => [r.id, { wardName: r.wardName, bedCode: r.bedCode }]));
}

export async function listCasesOfPatient(db: Db, patientId: string): Promise<CaseRow[]> {
  const statement = prepared(db, 'cases_of_patient', (d) =>
    d
      .select()
      .from(surgicalCases)
      .where(eq(surgicalCases.patientId, sql.placeholder('patientId')))
      .orderBy(desc(surgicalCases.scheduledStart))
      .prepare('cases_of_patient'),
  );
  return statement.execute({ patientId });
}

export async function getCase(db: Db, id: string, scope: WardScope): Promise<CaseWithPatient | null> {
  const [row] = await db
    .select({ ...getTableColumns(surgicalCases), ...patientSummary })
    .from(surgicalCases)
    .innerJoin(patients, eq(patients.id, surgicalCases.patientId))
    .where(and(eq(surgicalCases.id, id), wardCondition(scope, surgicalCases.wardId)))
    .limit(1);
  return row ?? null;
}

export async function listCaseEvents(db: Db, caseId: string): Promise<CaseEventRow[]> {
  return db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.occurredAt));
}

async function wardOfAdmission(db: Db, admissionId: string | null | undefined): Promise<string | null> {
  if (!admissionId) return null;
  const [a] = await db
    .select({ wardId: admissions.wardId })
    .from(admissions)
    .where(eq(admissions.id, admissionId));
  return a?.wardId ?? null;
}

async function columns(db: Db, input: CaseInput) {
  return {
    patientId: input.patientId,
    admissionId: input.admissionId ?? null,
    wardId: await wardOfAdmission(db, input.admissionId),
    diagnosisCode: input.diagnosisCode,
    diagnosisText: input.diagnosisText,
    procedureCode: input.procedureCode,
    procedureText: input.procedureText,
    grade: input.grade,
    approach: input.approach,
    urgency: input.urgency,
    plannedAnesthesia: input.plannedAnesthesia,
    orRoom: input.orRoom,
    scheduledStart: new Date(input.scheduledStart),
    surgeon: input.surgeon,
    surgeonUserId: input.surgeonUserId ?? null,
    assistants: input.assistants,
    anesthesiologists: input.anesthesiologists,
    nurses: input.nurses,
  };
}

export async function insertCase(db: Db, input: CaseInput, actor: Actor): Promise<CaseRow> {
  const [row] = await db
    .insert(surgicalCases)
    .values({ ...newRowStamp(actor), ...(await columns(db, input)) })
    .returning();
  return row!;
}

export async function updateCase(
  db: Db,
  id: string,
  version: number,
  input: CaseInput,
  actor: Actor,
): Promise<CaseRow | null> {
  return updateVersioned(db, surgicalCases, id, version, await columns(db, input), actor);
}

export async function lockCase(db: Db, id: string): Promise<CaseRow | null> {
  const [row] = await db.select().from(surgicalCases).where(eq(surgicalCases.id, id)).for('update');
  return row ?? null;
}

export async function applyTransition(
  db: Db,
  current: CaseRow,
  plan: {
    to: TargetStatus;
    at: Date;
    cancelStage: CancelStage | null;
    /** The event's reason, as the timeline shows it. */
    reason: string | null;
    /** A cancellation's coded reason and its free text. */
    cancel?: { code: CancelReasonCode; text: string | null } | null;
    leavesRoom?: true;
  },
  actor: Actor,
): Promise<CaseRow> {
  const set: Partial<typeof surgicalCases.$inferInsert> = {
    status: plan.to,
    [STATUS_TIME_COLUMN[plan.to]]: plan.at,
    updatedAt: actor.now,
    updatedBy: actor.userId,
  };
  if (plan.to === 'ward' || plan.to === 'icu') set.destination = plan.to;
  if (plan.to === 'cancelled') {
    set.cancelStage = plan.cancelStage;
    set.cancelReasonCode = plan.cancel?.code ?? null;
    set.cancelReason = plan.cancel ? plan.cancel.text : plan.reason;
    if (plan.leavesRoom) set.outOfRoomAt = plan.at;
  }
  const [row] = await db
    .update(surgicalCases)
    .set({ ...set, version: sql`${surgicalCases.version} + 1` })
    .where(eq(surgicalCases.id, current.id))
    .returning();
  await db.insert(caseEvents).values({
    id: newId(),
    caseId: current.id,
    fromStatus: current.status,
    toStatus: plan.to,
    occurredAt: plan.at,
    recordedAt: actor.now,
    recordedBy: actor.userId,
    reason: plan.reason,
  });
  return row!;
}
