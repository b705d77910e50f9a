// The corrections of ward observation sets (each edit or void: who, when, why, before and after), and the
// early-warning alerts a set stands behind, which its correction withdraws when the corrected set no
// longer calls for them (domain/monitoring/observation-corrections.ts).
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { AlertType } from '../../domain/monitoring/escalation';
import type { Db } from '../client';
import { newId } from '../ids';
import { ewsAlerts, observationCorrections, observationSets, users } from '../schema';

export type ObservationCorrectionRow = typeof observationCorrections.$inferSelect;

export async function insertObservationCorrection(
  db: Db,
  c: Omit<ObservationCorrectionRow, 'id'>,
): Promise<ObservationCorrectionRow> {
  const [row] = await db
    .insert(observationCorrections)
    .values({ id: newId(), ...c })
    .returning();
  return row!;
}

export type ListedCorrection = { correction: ObservationCorrectionRow; changedByName: string | null };

/** The corrections of a case's sets in the order they were made, with who made each. */
export const caseCorrections = (db: Db, caseId: string): Promise<ListedCorrection[]> =>
  db
    .select({ correction: observationCorrections, changedByName: users.displayName })
    .from(observationCorrections)
    .innerJoin(observationSets, eq(observationSets.id, observationCorrections.setId))
    .leftJoin(users, eq(users.id, observationCorrections.changedBy))
    .where(eq(observationSets.caseId, caseId))
    .orderBy(asc(observationCorrections.changedAt), asc(observationCorrections.id));

/** The alerts a set stands behind: those it raised (or fell due for) that are not withdrawn. */
export const setAlerts = (db: Db, setId: string): Promise<{ id: string; type: AlertType }[]> =>
  db
    .select({ id: ewsAlerts.id, type: ewsAlerts.type })
    .from(ewsAlerts)
    .where(and(eq(ewsAlerts.setId, setId), ne(ewsAlerts.status, 'withdrawn')))
    .orderBy(asc(ewsAlerts.raisedAt), asc(ewsAlerts.id));

/** Alerts withdrawn (kept, with any acknowledgement they had), each at its next version. */
export async function withdrawAlerts(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .update(ewsAlerts)
    .set({ status: 'withdrawn', version: sql`${ewsAlerts.version} + 1` })
    .where(and(inArray(ewsAlerts.id, [...ids]), ne(ewsAlerts.status, 'withdrawn')))
    .returning({ id: ewsAlerts.id });
  return rows.map((r) => r.id);
}
