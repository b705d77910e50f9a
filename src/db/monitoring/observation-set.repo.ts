// Ward observation sets (vital signs with their NEWS2) and the SpO2 scale-2 orders they are scored under.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { newId } from '../ids';
import { rows } from '../rows';
import { observationSets, scale2Orders } from '../schema';
import type { Actor } from '../versioned';

export type SetRow = typeof observationSets.$inferSelect;
export type Scale2OrderRow = typeof scale2Orders.$inferSelect;

export async function insertSet(
  db: Db,
  v: Omit<SetRow, 'id' | 'version' | 'voidedAt' | 'voidedBy' | 'voidReason'>,
): Promise<SetRow> {
  const [row] = await db
    .insert(observationSets)
    .values({ id: newId(), ...v })
    .returning();
  return row!;
}

/** A case's sets, newest first (the case's id has passed the access check). */
export const caseSets = (db: Db, caseId: string): Promise<SetRow[]> =>
  db
    .select()
    .from(observationSets)
    .where(eq(observationSets.caseId, caseId))
    .orderBy(desc(observationSets.takenAt));

/** The latest set of each case still on the ward that is past due (plus grace) and has no overdue alert. */
export const overdueSets = (db: Db, cutoff: Date) =>
  rows<{ case_id: string; patient_id: string; ward_id: string | null; id: string }>(
    db,
    // The latest complete set of each case still on the ward (an incomplete set scores nothing and sets
    // no due time, so it does not stop the clock), each found through the (case_id, taken_at) index:
    // the work grows with the patients on the wards, not with the history kept.
    sql`
      select s.case_id, s.patient_id, s.ward_id, s.id
      from surgical_cases c
      cross join lateral (
        select o.case_id, o.patient_id, o.ward_id, o.id, o.next_due_at from observation_sets o
        where o.case_id = c.id and o.next_due_at is not null order by o.taken_at desc, o.id desc limit 1
      ) s
      where c.status in ('ward', 'icu', 'pacu_out') and s.next_due_at <= ${cutoff.toISOString()}::timestamptz
        and not exists (select 1 from ews_alerts a where a.case_id = s.case_id and a.type = 'overdue' and a.set_id = s.id)`,
  );

export async function activeScale2(db: Db, caseId: string): Promise<Scale2OrderRow | null> {
  const [row] = await db
    .select()
    .from(scale2Orders)
    .where(and(eq(scale2Orders.caseId, caseId), eq(scale2Orders.active, true)))
    .orderBy(desc(scale2Orders.orderedAt))
    .limit(1);
  return row ?? null;
}

/** Orders scale 2 for the case's episode, ending any earlier order. */
export async function orderScale2(db: Db, caseId: string, reason: string, actor: Actor) {
  await db.update(scale2Orders).set({ active: false }).where(eq(scale2Orders.caseId, caseId));
  const [row] = await db
    .insert(scale2Orders)
    .values({ id: newId(), caseId, reason, orderedBy: actor.userId, orderedAt: actor.now })
    .returning();
  return row!;
}

export const stopScale2 = (db: Db, caseId: string) =>
  db.update(scale2Orders).set({ active: false }).where(eq(scale2Orders.caseId, caseId));
