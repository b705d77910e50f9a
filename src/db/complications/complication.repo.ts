// The complication registry: suggested by a rule or entered by a clinician; confirmed with a grade or dismissed.
import { and, asc, eq } from 'drizzle-orm';
import type { WardScope } from '../../domain/auth/scope';
import type { Db } from '../client';
import { complications, surgicalCases } from '../schema';
import { wardCondition } from '../scope';
import { type Actor, newRowStamp, updateVersioned } from '../versioned';

export type ComplicationRow = typeof complications.$inferSelect;

/** A case's registry, by onset (the case's id has passed the access check). */
export const caseComplications = (db: Db, caseId: string): Promise<ComplicationRow[]> =>
  db.select().from(complications).where(eq(complications.caseId, caseId)).orderBy(asc(complications.onsetAt));

/** An entry whose case lies within the scope. */
export async function getComplication(db: Db, id: string, scope: WardScope): Promise<ComplicationRow | null> {
  const [row] = await db
    .select({ complication: complications })
    .from(complications)
    .innerJoin(surgicalCases, eq(surgicalCases.id, complications.caseId))
    .where(and(eq(complications.id, id), wardCondition(scope, surgicalCases.wardId)));
  return row?.complication ?? null;
}

export async function insertComplication(
  db: Db,
  v: Pick<ComplicationRow, 'caseId' | 'patientId' | 'type' | 'onsetAt' | 'status' | 'rule' | 'evidence'> &
    Partial<
      Pick<ComplicationRow, 'grade' | 'disability' | 'treatment' | 'outcome' | 'decidedBy' | 'decidedAt'>
    >,
  actor: Actor,
): Promise<ComplicationRow> {
  const [row] = await db
    .insert(complications)
    .values({ ...v, ...newRowStamp(actor) })
    .returning();
  return row!;
}

/** Decides an entry over the version read; null when stale. */
export const updateComplication = (
  db: Db,
  id: string,
  version: number,
  v: Partial<
    Pick<
      ComplicationRow,
      | 'status'
      | 'grade'
      | 'disability'
      | 'treatment'
      | 'outcome'
      | 'decisionReason'
      | 'decidedBy'
      | 'decidedAt'
    >
  >,
  actor: Actor,
): Promise<ComplicationRow | null> => updateVersioned(db, complications, id, version, v, actor);
