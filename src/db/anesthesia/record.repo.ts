// The anesthesia record's rows: the record itself (versioned), and its entries — each correctable
// before signing over the version read, a voided one kept — with the corrections made to them.
// Every query is of one case, which the caller has checked is within the actor's scope.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { newId } from '../ids';
import {
  alertAcks,
  anesthesiaRecords,
  checklistAnswers,
  drugEntries,
  fluidEntries,
  recordCorrections,
  recordEvents,
  users,
} from '../schema';
import { type Actor, newRowStamp, updateVersioned } from '../versioned';

export type RecordRow = typeof anesthesiaRecords.$inferSelect;
export type EventRow = typeof recordEvents.$inferSelect;
export type DrugRow = typeof drugEntries.$inferSelect;
export type FluidRow = typeof fluidEntries.$inferSelect;
export type ChecklistRow = typeof checklistAnswers.$inferSelect;
export type AckRow = typeof alertAcks.$inferSelect;
export type CorrectionRow = typeof recordCorrections.$inferSelect;

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

/** The entries that stand (a voided one left out): what the record says, prints and is derived from. */
export async function recordEntries(db: Db, caseId: string): Promise<RecordEntries> {
  const [events, drugs, fluids, checklist, acks] = await Promise.all([
    db
      .select()
      .from(recordEvents)
      .where(and(eq(recordEvents.caseId, caseId), isNull(recordEvents.voidedAt)))
      .orderBy(asc(recordEvents.at)),
    db
      .select()
      .from(drugEntries)
      .where(and(eq(drugEntries.caseId, caseId), isNull(drugEntries.voidedAt)))
      .orderBy(asc(drugEntries.startAt)),
    db
      .select()
      .from(fluidEntries)
      .where(and(eq(fluidEntries.caseId, caseId), isNull(fluidEntries.voidedAt)))
      .orderBy(asc(fluidEntries.at)),
    db.select().from(checklistAnswers).where(eq(checklistAnswers.caseId, caseId)),
    db.select().from(alertAcks).where(eq(alertAcks.caseId, caseId)),
  ]);
  return { events, drugs, fluids, checklist, acks };
}

/** The voided entries, kept: the record on screen shows them struck through. */
export async function voidedEntries(
  db: Db,
  caseId: string,
): Promise<Pick<RecordEntries, 'events' | 'drugs' | 'fluids'>> {
  const [events, drugs, fluids] = await Promise.all([
    db
      .select()
      .from(recordEvents)
      .where(and(eq(recordEvents.caseId, caseId), sql`${recordEvents.voidedAt} is not null`))
      .orderBy(asc(recordEvents.at)),
    db
      .select()
      .from(drugEntries)
      .where(and(eq(drugEntries.caseId, caseId), sql`${drugEntries.voidedAt} is not null`))
      .orderBy(asc(drugEntries.startAt)),
    db
      .select()
      .from(fluidEntries)
      .where(and(eq(fluidEntries.caseId, caseId), sql`${fluidEntries.voidedAt} is not null`))
      .orderBy(asc(fluidEntries.at)),
  ]);
  return { events, drugs, fluids };
}

type Entry<T extends { $inferInsert: { id: string } }> = Omit<T['$inferInsert'], 'id'>;

export async function insertEvent(db: Db, e: Entry<typeof recordEvents>): Promise<EventRow> {
  const [row] = await db
    .insert(recordEvents)
    .values({ id: newId(), ...e })
    .returning();
  return row!;
}

export async function insertDrug(db: Db, e: Entry<typeof drugEntries>): Promise<DrugRow> {
  const [row] = await db
    .insert(drugEntries)
    .values({ id: newId(), ...e })
    .returning();
  return row!;
}

/** Ends a running infusion segment (a rate change ends one and starts the next): its next version. */
export async function endInfusion(db: Db, id: string, caseId: string, endAt: Date): Promise<DrugRow | null> {
  const [row] = await db
    .update(drugEntries)
    .set({ endAt, version: sql`${drugEntries.version} + 1` })
    .where(
      and(
        eq(drugEntries.id, id),
        eq(drugEntries.caseId, caseId),
        eq(drugEntries.kind, 'infusion'),
        sql`${drugEntries.endAt} is null`,
        isNull(drugEntries.voidedAt),
      ),
    )
    .returning();
  return row ?? null;
}

export async function insertFluid(db: Db, e: Entry<typeof fluidEntries>): Promise<FluidRow> {
  const [row] = await db
    .insert(fluidEntries)
    .values({ id: newId(), ...e })
    .returning();
  return row!;
}

/**
 * Answers written: a new one at version 1, a changed one over its stored answer at the next version
 * (the caller passes only answers that are new or differ).
 */
export async function upsertChecklist(db: Db, rows: Omit<ChecklistRow, 'version'>[]): Promise<void> {
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
        version: sql`${checklistAnswers.version} + 1`,
      },
    });
}

/** One phase's answers, locked until the transaction ends. */
export async function lockChecklistPhase(db: Db, caseId: string, phase: string): Promise<ChecklistRow[]> {
  return db
    .select()
    .from(checklistAnswers)
    .where(
      and(eq(checklistAnswers.caseId, caseId), eq(checklistAnswers.phase, phase as ChecklistRow['phase'])),
    )
    .for('update');
}

/** An answer withdrawn over the version read: the row it was (kept by the caller), or null. */
export async function withdrawAnswer(
  db: Db,
  key: { caseId: string; phase: ChecklistRow['phase']; item: string },
  version: number,
): Promise<ChecklistRow | null> {
  const [row] = await db
    .delete(checklistAnswers)
    .where(
      and(
        eq(checklistAnswers.caseId, key.caseId),
        eq(checklistAnswers.phase, key.phase),
        eq(checklistAnswers.item, key.item),
        eq(checklistAnswers.version, version),
      ),
    )
    .returning();
  return row ?? null;
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

export async function insertAck(db: Db, e: Entry<typeof alertAcks>): Promise<void> {
  await db
    .insert(alertAcks)
    .values({ id: newId(), ...e })
    .onConflictDoNothing();
}

// ── Corrections ──

type CorrectableTable = typeof recordEvents | typeof drugEntries | typeof fluidEntries;
const TABLES = { event: recordEvents, drug: drugEntries, fluid: fluidEntries } as const;
type Kind = keyof typeof TABLES;
type RowOf<K extends Kind> = (typeof TABLES)[K]['$inferSelect'];

/** An entry of the case, locked until the transaction ends; null when the case has no such entry. */
export async function lockEntry<K extends Kind>(
  db: Db,
  kind: K,
  id: string,
  caseId: string,
): Promise<RowOf<K> | null> {
  const table: CorrectableTable = TABLES[kind];
  const [row] = await db
    .select()
    .from(table)
    .where(and(eq(table.id, id), eq(table.caseId, caseId)))
    .for('update');
  return (row as RowOf<K> | undefined) ?? null;
}

/**
 * An entry changed over the version read (edited, or voided), at its next version; null when the
 * version is not the stored one or the entry is voided.
 */
export async function updateEntry<K extends Kind>(
  db: Db,
  kind: K,
  id: string,
  version: number,
  values: Partial<Omit<RowOf<K>, 'id' | 'caseId' | 'version'>>,
): Promise<RowOf<K> | null> {
  const table: CorrectableTable = TABLES[kind];
  const [row] = await db
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1` } as never)
    .where(and(eq(table.id, id), eq(table.version, version), isNull(table.voidedAt)))
    .returning();
  return (row as RowOf<K> | undefined) ?? null;
}

export async function insertCorrection(db: Db, c: Omit<CorrectionRow, 'id'>): Promise<void> {
  await db.insert(recordCorrections).values({ id: newId(), ...c });
}

/** The case's corrections in the order they were made. */
export async function correctionsOf(db: Db, caseId: string): Promise<CorrectionRow[]> {
  return db
    .select()
    .from(recordCorrections)
    .where(eq(recordCorrections.caseId, caseId))
    .orderBy(asc(recordCorrections.changedAt), asc(recordCorrections.id));
}

/** The display names of those who wrote or corrected entries. */
export async function userNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const list = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, unique));
  return new Map(list.map((u) => [u.id, u.name]));
}
