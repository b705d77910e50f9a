// The 28-day outcome of each case, and the cases whose day 28 has come.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rows } from '../rows';
import { caseOutcomes } from '../schema';

export type OutcomeRow = typeof caseOutcomes.$inferSelect;

export type DueCase = {
  case_id: string;
  patient_id: string;
  anesthesia_end: string;
  discharged_at: string | null;
  died_at: string | null;
};

/** Cases whose operation ended within the window (day 28 has come) and that have no outcome yet. */
export const casesDueForOutcome = (db: Db, ended: { from: Date; until: Date }) =>
  rows<DueCase>(
    db,
    sql`
      select c.id as case_id, c.patient_id, coalesce(c.anesthesia_end_at, c.out_of_room_at) as anesthesia_end,
        a.discharged_at, null::timestamptz as died_at
      from surgical_cases c
      left join admissions a on a.id = c.admission_id
      where coalesce(c.anesthesia_end_at, c.out_of_room_at) is not null
        and coalesce(c.anesthesia_end_at, c.out_of_room_at) <= ${ended.until.toISOString()}::timestamptz
        and coalesce(c.anesthesia_end_at, c.out_of_room_at) > ${ended.from.toISOString()}::timestamptz
        and not exists (select 1 from case_outcomes o where o.case_id = c.id)`,
  );

/** Records the day-28 outcome from hospital data, unless one is already there. */
export async function recordOutcome(db: Db, v: typeof caseOutcomes.$inferInsert): Promise<void> {
  await db.insert(caseOutcomes).values(v).onConflictDoNothing();
}

/** Sets the case's 28-day outcome (a follow-up call or hospital data overrides "unknown"). */
export async function setOutcome(db: Db, v: typeof caseOutcomes.$inferInsert): Promise<void> {
  await db
    .insert(caseOutcomes)
    .values(v)
    .onConflictDoUpdate({
      target: caseOutcomes.caseId,
      set: {
        status: v.status,
        deathAt: v.deathAt ?? null,
        cause: v.cause ?? null,
        source: v.source,
        decidedAt: v.decidedAt,
        decidedBy: v.decidedBy ?? null,
      },
    });
}

/** The case's outcome (the case's id has passed the access check). */
export async function getOutcome(db: Db, caseId: string): Promise<OutcomeRow | null> {
  const [row] = await db.select().from(caseOutcomes).where(eq(caseOutcomes.caseId, caseId));
  return row ?? null;
}
