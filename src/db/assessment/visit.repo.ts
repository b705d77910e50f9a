// The pre-anesthesia visit's revisions. Queries by case id follow the service's access check on that
// case; the OR board's risk badges take the ids of cases already read within the actor's scope.
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { InstrumentOutcome, VisitData } from '../../domain/assessment/visit';
import type { Db } from '../client';
import { assessmentVisits, users } from '../schema';
import { type Actor, newRowStamp, updateVersioned } from '../versioned';

export type VisitRow = typeof assessmentVisits.$inferSelect;
export type VisitValues = {
  data: VisitData;
  results: InstrumentOutcome[];
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
