// The anesthesia record's rows: the record itself (versioned), and its append-only entries.
// Every query is of one case, which the caller has checked is within the actor's scope.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { newId } from '../ids';
import {
  alertAcks,
  anesthesiaRecords,
  checklistAnswers,
  drugEntries,
  fluidEntries,
  recordEvents,
} from '../schema';
import { type Actor, newRowStamp, updateVersioned } from '../versioned';

export type RecordRow = typeof anesthesiaRecords.$inferSelect;
export type EventRow = typeof recordEvents.$inferSelect;
export type DrugRow = typeof drugEntries.$inferSelect;
export type FluidRow = typeof fluidEntries.$inferSelect;
export type ChecklistRow = typeof checklistAnswers.$inferSelect;
export type AckRow = typeof alertAcks.$inferSelect;

export async function getRecord(db: Db, caseId: string): Promise<RecordRow | null> {
  const [row] = await db.select().from(anesthesiaRecords).where(eq(anesthesiaRecords.caseId, caseId));
  return row ?? null;
}

export type RecordView = Omit<
  Pick<
    RecordRow,
    | 'id'
    | 'method'
    | 'details'
    | 'tempMode'
    | 'status'
    | 'revision'
    | 'signedAt'
    | 'signedBy'
    | 'amendmentReason'
    | 'version'
  >,
  'id'
> & { id: string | null };

/**
 * The record as read: the stored row, or the empty record a case has before anything is written —
 * reading never creates rows (the first write does, at version 1, which is what this view shows).
 */
export async function readRecord(db: Db, caseId: string): Promise<RecordView> {
  return (
    (await getRecord(db, caseId)) ?? {
      id: null,
      method: null,
      details: {},
      tempMode: 'continuous',
      status: 'draft',
      revision: 1,
      signedAt: null,
      signedBy: null,
      amendmentReason: null,
      version: 1,
    }
  );
}

/** The case's record, created on first use (one per case; a concurrent creator gets the same row). */
export async function ensureRecord(
  db: Db,
  caseId: string,
  patientId: string,
  actor: Actor,
): Promise<RecordRow> {
  await db
    .insert(anesthesiaRecords)
    .values({ caseId, patientId, ...newRowStamp(actor) })
    .onConflictDoNothing({ target: anesthesiaRecords.caseId });
  return (await getRecord(db, caseId))!;
}

export const updateRecord = (
  db: Db,
  id: string,
  version: number,
  values: Partial<
    Pick<
      RecordRow,
      'method' | 'details' | 'tempMode' | 'status' | 'revision' | 'signedAt' | 'signedBy' | 'amendmentReason'
    >
  >,
  actor: Actor,
) => updateVersioned(db, anesthesiaRecords, id, version, values, actor);

export type RecordEntries = {
  events: EventRow[];
  drugs: DrugRow[];
  fluids: FluidRow[];
  checklist: ChecklistRow[];
  acks: AckRow[];
};

export async function recordEntries(db: Db, caseId: string): Promise<RecordEntries> {
  const [events, drugs, fluids, checklist, acks] = await Promise.all([
    db.select().from(recordEvents).where(eq(recordEvents.caseId, caseId)).orderBy(asc(recordEvents.at)),
    db.select().from(drugEntries).where(eq(drugEntries.caseId, caseId)).orderBy(asc(drugEntries.startAt)),
    db.select().from(fluidEntries).where(eq(fluidEntries.caseId, caseId)).orderBy(asc(fluidEntries.at)),
    db.select().from(checklistAnswers).where(eq(checklistAnswers.caseId, caseId)),
    db.select().from(alertAcks).where(eq(alertAcks.caseId, caseId)),
  ]);
  return { events, drugs, fluids, checklist, acks };
}

type Entry<T extends { id: string }> = Omit<T, 'id'>;

export async function insertEvent(db: Db, e: Entry<EventRow>): Promise<EventRow> {
  const [row] = await db
    .insert(recordEvents)
    .values({ id: newId(), ...e })
    .returning();
  return row!;
}

export async function insertDrug(db: Db, e: Entry<DrugRow>): Promise<DrugRow> {
  const [row] = await db
    .insert(drugEntries)
    .values({ id: newId(), ...e })
    .returning();
  return row!;
}

/** Ends a running infusion segment (a rate change ends one and starts the next). */
export async function endInfusion(db: Db, id: string, caseId: string, endAt: Date): Promise<DrugRow | null> {
  const [row] = await db
    .update(drugEntries)
    .set({ endAt })
    .where(
      and(
        eq(drugEntries.id, id),
        eq(drugEntries.caseId, caseId),
        eq(drugEntries.kind, 'infusion'),
        sql`${drugEntries.endAt} is null`,
      ),
    )
    .returning();
  return row ?? null;
}

export async function insertFluid(db: Db, e: Entry<FluidRow>): Promise<FluidRow> {
  const [row] = await db
    .insert(fluidEntries)
    .values({ id: newId(), ...e })
    .returning();
  return row!;
}

export async function upsertChecklist(db: Db, rows: ChecklistRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(checklistAnswers)
    .values(rows)
    .onConflictDoUpdate({
      target: [checklistAnswers.caseId, checklistAnswers.phase, checklistAnswers.item],
      set: {
        answer: sql`excluded.answer`,
        answeredBy: sql`excluded.answered_by`,
        answeredAt: sql`excluded.answered_at`,
      },
    });
}

/** The acknowledgements of several cases' alerts (the big screen). */
export async function acksOf(db: Db, caseIds: readonly string[]): Promise<AckRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(alertAcks)
    .where(inArray(alertAcks.caseId, [...caseIds]));
}

/** The records of several cases (each case's temperature mode, for the big screen). */
export async function recordsOf(db: Db, caseIds: readonly string[]): Promise<RecordRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(anesthesiaRecords)
    .where(inArray(anesthesiaRecords.caseId, [...caseIds]));
}

export async function insertAck(db: Db, e: Entry<AckRow>): Promise<void> {
  await db
    .insert(alertAcks)
    .values({ id: newId(), ...e })
    .onConflictDoNothing();
}
