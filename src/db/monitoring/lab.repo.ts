// Laboratory results entered for the detection rules.
import { and, asc, eq } from 'drizzle-orm';
import type { LabAnalyte } from '../../domain/monitoring/lab';
import type { Db } from '../client';
import { newId } from '../ids';
import { labResults } from '../schema';

export type LabRow = typeof labResults.$inferSelect;

export async function insertLab(db: Db, v: Omit<typeof labResults.$inferInsert, 'id'>): Promise<LabRow> {
  const [row] = await db
    .insert(labResults)
    .values({ id: newId(), ...v })
    .returning();
  return row!;
}

/** A patient's results of one analyte, oldest first (the patient's case has passed the access check). */
export const patientLabs = (db: Db, patientId: string, analyte: LabAnalyte): Promise<LabRow[]> =>
  db
    .select()
    .from(labResults)
    .where(and(eq(labResults.patientId, patientId), eq(labResults.analyte, analyte)))
    .orderBy(asc(labResults.takenAt));
