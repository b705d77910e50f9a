// Post-operative intake and output (nursing), per entry.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { newId } from '../ids';
import { ioEntries } from '../schema';

export type IoRow = typeof ioEntries.$inferSelect;

export async function insertIo(db: Db, v: Omit<IoRow, 'id'>): Promise<IoRow> {
  const [row] = await db
    .insert(ioEntries)
    .values({ id: newId(), ...v })
    .returning();
  return row!;
}

/** A case's entries, newest first (the case's id has passed the access check). */
export const caseIo = (db: Db, caseId: string): Promise<IoRow[]> =>
  db.select().from(ioEntries).where(eq(ioEntries.caseId, caseId)).orderBy(desc(ioEntries.at));

/** A case's measured urine volumes. */
export const caseUrine = (db: Db, caseId: string): Promise<Pick<IoRow, 'volumeMl' | 'at'>[]> =>
  db
    .select({ volumeMl: ioEntries.volumeMl, at: ioEntries.at })
    .from(ioEntries)
    .where(and(eq(ioEntries.caseId, caseId), eq(ioEntries.kind, 'urine')));
