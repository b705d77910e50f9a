// A case's status time corrected from its anesthesia record: the event that moved the case (入室, 麻醉开始,
// 切皮 …) recorded with the wrong time is given its real one, and the case's time of that status follows
// — the QC indicators read it — with the transition's own row in the case's history. The caller holds
// the case's row lock (lockCase) and keeps what the time was in the record's corrections.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { TargetStatus } from '../../domain/registry/case-status';
import type { Db } from '../client';
import { type CaseRow, STATUS_TIME_COLUMN } from '../registry/case.repo';
import { caseEvents, surgicalCases } from '../schema';
import type { Actor } from '../versioned';

/** The case at its next version with `status`'s time moved to `at`, and its latest transition into it. */
export async function correctStatusTime(
  db: Db,
  caseId: string,
  status: TargetStatus,
  at: Date,
  actor: Actor,
): Promise<CaseRow> {
  const [row] = await db
    .update(surgicalCases)
    .set({
      [STATUS_TIME_COLUMN[status]]: at,
      version: sql`${surgicalCases.version} + 1`,
      updatedAt: actor.now,
      updatedBy: actor.userId,
    })
    .where(eq(surgicalCases.id, caseId))
    .returning();
  const [latest] = await db
    .select({ id: caseEvents.id })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.toStatus, status)))
    .orderBy(desc(caseEvents.recordedAt))
    .limit(1);
  if (latest) await db.update(caseEvents).set({ occurredAt: at }).where(eq(caseEvents.id, latest.id));
  return row!;
}
