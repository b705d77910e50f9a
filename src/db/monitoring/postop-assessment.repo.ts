// Post-operative assessments (Aldrete, PADSS, Braden, pain, 4AT, CAM-ICU, RASS, PHQ-9, GAD-7, the 72-h visit).
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { PostopForm } from '../../domain/monitoring/postanesthesia-visit';
import type { Db } from '../client';
import { newId } from '../ids';
import { postopAssessments } from '../schema';

export type PostopAssessmentRow = typeof postopAssessments.$inferSelect;

export async function insertAssessment(
  db: Db,
  v: Omit<PostopAssessmentRow, 'id'>,
): Promise<PostopAssessmentRow> {
  const [row] = await db
    .insert(postopAssessments)
    .values({ id: newId(), ...v })
    .returning();
  return row!;
}

/** A case's assessments, newest first (the case's id has passed the access check). */
export const caseAssessments = (db: Db, caseId: string, limit = 500): Promise<PostopAssessmentRow[]> =>
  db
    .select()
    .from(postopAssessments)
    .where(eq(postopAssessments.caseId, caseId))
    .orderBy(desc(postopAssessments.at))
    .limit(limit);

/** The case's latest assessment with the instrument. */
export async function latestAssessment(
  db: Db,
  caseId: string,
  instrument: PostopForm,
): Promise<PostopAssessmentRow | null> {
  const [row] = await db
    .select()
    .from(postopAssessments)
    .where(and(eq(postopAssessments.caseId, caseId), eq(postopAssessments.instrument, instrument)))
    .orderBy(desc(postopAssessments.at))
    .limit(1);
  return row ?? null;
}

/** Whether the case has an assessment with any of the instruments. */
export async function hasAssessment(db: Db, caseId: string, instruments: PostopForm[]): Promise<boolean> {
  const found = await db
    .select({ id: postopAssessments.id })
    .from(postopAssessments)
    .where(and(eq(postopAssessments.caseId, caseId), inArray(postopAssessments.instrument, instruments)))
    .limit(1);
  return found.length > 0;
}
