// Ward observation sets (vital signs with their NEWS2) and the SpO2 scale-2 orders they are scored under.
// A voided set is kept (the list shows it struck through) but counts nowhere: not in the case's standing
// sets, not as the latest set whose due time raises an overdue alert.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import { newId } from '../ids';
import { rows } from '../rows';
import { observationSets, scale2Orders, users } from '../schema';
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

/** A case's standing (not voided) sets, newest first (the case's id has passed the access check). */
export const caseSets = (db: Db, caseId: string): Promise<SetRow[]> =>
  db
    .select()
    .from(observationSets)
    .where(and(eq(observationSets.caseId, caseId), isNull(observationSets.voidedAt)))
    .orderBy(desc(observationSets.takenAt));

const enteredBy = alias(users, 'entered_by_user');
const voidedBy = alias(users, 'voided_by_user');

export type ListedSet = { set: SetRow; enteredByName: string | null; voidedByName: string | null };

/** Every set of a case, voided ones too, newest first, with the names of who entered and voided it. */
export const caseSetList = (db: Db, caseId: string): Promise<ListedSet[]> =>
  db
    .select({
      set: observationSets,
      enteredByName: enteredBy.displayName,
      voidedByName: voidedBy.displayName,
    })
    .from(observationSets)
    .leftJoin(enteredBy, eq(enteredBy.id, observationSets.enteredBy))
    .leftJoin(voidedBy, eq(voidedBy.id, observationSets.voidedBy))
    .where(eq(observationSets.caseId, caseId))
    .orderBy(desc(observationSets.takenAt), desc(observationSets.id));

/** One set of the case, locked for its correction. */
export async function lockSet(db: Db, caseId: string, id: string): Promise<SetRow | null> {
  const [row] = await db
    .select()
    .from(observationSets)
    .where(and(eq(observationSets.id, id), eq(observationSets.caseId, caseId)))
    .for('update');
  return row ?? null;
}

/** A set changed over the version read (corrected or voided), at its next version; null when stale or voided. */
export async function updateSet(
  db: Db,
  id: string,
  version: number,
  values: Partial<Omit<SetRow, 'id' | 'caseId' | 'patientId' | 'version' | 'enteredBy' | 'enteredAt'>>,
): Promise<SetRow | null> {
  const [row] = await db
    .update(observationSets)
    .set({ ...values, version: sql`${observationSets.version} + 1` })
    .where(
      and(eq(observationSets.id, id), eq(observationSets.version, version), isNull(observationSets.voidedAt)),
    )
    .returning();
  return row ?? null;
}

/**
 * The latest standing set of each case still on the ward that is past due (plus grace) and has no overdue
 * alert standing (one withdrawn when a correction moved the due time does not stop a new one).
 */
export const overdueSets = (db: Db, cutoff: Date) =>
  rows<{ case_id: string; patient_id: string; ward_id: string | null; id: string }>(
    db,
    // The latest complete standing set of each case still on the ward (an incomplete set scores nothing
    // and sets no due time, so it does not stop the clock; a voided one counts nowhere), each found through the (case_id, taken_at) index:
    // the work grows with the patients on the wards, not with the history kept.
    sql`
      select s.case_id, s.patient_id, s.ward_id, s.id
      from surgical_cases c
      cross join lateral (
        select o.case_id, o.patient_id, o.ward_id, o.id, o.next_due_at from observation_sets o
        where o.case_id = c.id and o.next_due_at is not null and o.voided_at is null
        order by o.taken_at desc, o.id desc limit 1
      ) s
      where c.status in ('ward', 'icu', 'pacu_out') and s.next_due_at <= ${cutoff.toISOString()}::timestamptz
        and not exists (
          select 1 from ews_alerts a
          where a.case_id = s.case_id and a.type = 'overdue' and a.set_id = s.id and a.status <> 'withdrawn'
        )`,
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
