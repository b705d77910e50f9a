// The bed pool's writes and the reads they decide on: bed stays (the segments the census replays), the bed
// row locked while a stay is opened in it, the admission's current place and discharge, and the bed's own
// state events. Every write goes through here inside the service's transaction.
import { and, asc, desc, eq, gt, inArray, isNull, lt, ne, notInArray, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { newId } from '../ids';
import { admissions, bedStateEvents, bedStays, beds, patients, users, wards } from '../schema';
import { type Actor, newRowStamp } from '../versioned';

export type StayRow = typeof bedStays.$inferSelect;
export type BedRow = typeof beds.$inferSelect;
export type AdmissionRow = typeof admissions.$inferSelect;
export type NewStay = Omit<typeof bedStays.$inferInsert, 'id' | 'recordedAt' | 'version'>;
export type StayView = StayRow & { wardCode: string; bedCode: string | null; recordedByName: string | null };

const live = and(isNull(bedStays.toAt), isNull(bedStays.voidedAt));

export async function getBed(db: Db, bedId: string): Promise<BedRow | null> {
  const [row] = await db.select().from(beds).where(eq(beds.id, bedId)).limit(1);
  return row ?? null;
}

/** The bed, locked until the transaction ends: two assignments of one bed take turns here. */
export async function lockBed(db: Db, bedId: string): Promise<BedRow | null> {
  const [row] = await db.select().from(beds).where(eq(beds.id, bedId)).for('update');
  return row ?? null;
}

/** The patient, locked: two admissions of one patient take turns here. */
export async function lockPatient(db: Db, patientId: string) {
  const [row] = await db
    .select({ id: patients.id, sex: patients.sex, birthDate: patients.birthDate, name: patients.name })
    .from(patients)
    .where(eq(patients.id, patientId))
    .for('update');
  return row ?? null;
}

export async function wardExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: wards.id }).from(wards).where(eq(wards.id, id)).limit(1);
  return row !== undefined;
}

export async function lockAdmission(db: Db, id: string): Promise<AdmissionRow | null> {
  const [row] = await db.select().from(admissions).where(eq(admissions.id, id)).for('update');
  return row ?? null;
}

/** Who lies in the bed now (the open live stay), with the name of the user who put them there. */
export async function openStayOfBed(db: Db, bedId: string) {
  const [row] = await db
    .select({ stay: bedStays, recordedByName: users.displayName })
    .from(bedStays)
    .leftJoin(users, eq(users.id, bedStays.recordedBy))
    .where(and(eq(bedStays.bedId, bedId), live))
    .limit(1);
  return row ? { ...row.stay, recordedByName: row.recordedByName } : null;
}

/** Every live (not voided) stay of an admission, oldest first, locked. */
export async function lockLiveStays(db: Db, admissionId: string): Promise<StayRow[]> {
  return db
    .select()
    .from(bedStays)
    .where(and(eq(bedStays.admissionId, admissionId), isNull(bedStays.voidedAt)))
    .orderBy(asc(bedStays.fromAt), asc(bedStays.recordedAt))
    .for('update');
}

/** The patient's live stays of other admissions that overlap [from, to) (to null = still open). */
export async function overlappingStaysOfPatient(
  db: Db,
  patientId: string,
  from: Date,
  to: Date | null,
  exceptAdmissionId: string | null,
): Promise<StayRow[]> {
  return db
    .select()
    .from(bedStays)
    .where(
      and(
        // Through the patient's admissions (admissions_patient_idx), then their stays (bed_stays_admission_idx).
        inArray(
          bedStays.admissionId,
          db.select({ id: admissions.id }).from(admissions).where(eq(admissions.patientId, patientId)),
        ),
        isNull(bedStays.voidedAt),
        or(isNull(bedStays.toAt), gt(bedStays.toAt, from)),
        to ? lt(bedStays.fromAt, to) : undefined,
        exceptAdmissionId ? ne(bedStays.admissionId, exceptAdmissionId) : undefined,
      ),
    )
    .limit(1);
}

/** A live stay in the bed of an admission not in `except` overlapping [from, to) (to null = still open). */
export async function overlappingStayInBed(
  db: Db,
  bedId: string,
  from: Date,
  to: Date | null,
  except: readonly string[],
) {
  const [row] = await db
    .select({ stay: bedStays, recordedByName: users.displayName })
    .from(bedStays)
    .leftJoin(users, eq(users.id, bedStays.recordedBy))
    .where(
      and(
        eq(bedStays.bedId, bedId),
        isNull(bedStays.voidedAt),
        except.length ? notInArray(bedStays.admissionId, [...except]) : undefined,
        or(isNull(bedStays.toAt), gt(bedStays.toAt, from)),
        to ? lt(bedStays.fromAt, to) : undefined,
      ),
    )
    .orderBy(desc(bedStays.fromAt))
    .limit(1);
  return row ? { ...row.stay, recordedByName: row.recordedByName } : null;
}

/** The stay, locked. */
export async function getStay(db: Db, id: string): Promise<StayRow | null> {
  const [row] = await db.select().from(bedStays).where(eq(bedStays.id, id)).for('update');
  return row ?? null;
}

export async function insertStays(db: Db, values: NewStay[]): Promise<StayRow[]> {
  if (values.length === 0) return [];
  return db
    .insert(bedStays)
    .values(values.map((v) => ({ ...v, id: newId() })))
    .returning();
}

/** Ends a stay at `toAt` (a transfer or discharge), or reopens it with null (a cancellation). */
export async function setStayEnd(db: Db, id: string, toAt: Date | null): Promise<void> {
  await db
    .update(bedStays)
    .set({ toAt, version: sql`${bedStays.version} + 1` })
    .where(eq(bedStays.id, id));
}

/** Voids stays (kept for the history, counted nowhere). */
export async function voidStays(
  db: Db,
  ids: string[],
  v: { by: string; at: Date; reason: string },
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(bedStays)
    .set({ voidedAt: v.at, voidedBy: v.by, voidReason: v.reason, version: sql`${bedStays.version} + 1` })
    .where(inArray(bedStays.id, ids));
}

/** An admission's stays, the voided ones included, in time order, as the history shows them. */
export async function listStays(db: Db, admissionIds: string[]): Promise<StayView[]> {
  const found = await db
    .select({ stay: bedStays, wardCode: wards.code, bedCode: beds.code, recordedByName: users.displayName })
    .from(bedStays)
    .innerJoin(wards, eq(wards.id, bedStays.wardId))
    .leftJoin(beds, eq(beds.id, bedStays.bedId))
    .leftJoin(users, eq(users.id, bedStays.recordedBy))
    .where(inArray(bedStays.admissionId, admissionIds))
    .orderBy(asc(bedStays.admissionId), asc(bedStays.fromAt), asc(bedStays.recordedAt));
  return found.map((r) => ({
    ...r.stay,
    wardCode: r.wardCode,
    bedCode: r.bedCode,
    recordedByName: r.recordedByName,
  }));
}

export type NewBedAdmission = {
  patientId: string;
  wardId: string;
  bedId: string | null;
  admittedAt: Date;
  attendingDoctor: string | null;
  visitNumber: string | null;
  expectedDischargeOn: string | null;
  source: 'periop' | 'adt';
};

export async function insertBedAdmission(db: Db, v: NewBedAdmission, actor: Actor): Promise<AdmissionRow> {
  const [row] = await db
    .insert(admissions)
    .values({ ...newRowStamp(actor), ...v })
    .returning();
  return row!;
}

export async function visitNumberTaken(db: Db, visitNumber: string): Promise<boolean> {
  const [row] = await db
    .select({ id: admissions.id })
    .from(admissions)
    .where(eq(admissions.visitNumber, visitNumber))
    .limit(1);
  return row !== undefined;
}

/** The admission's current place, discharge or times, as the latest movement left them. */
export async function updateAdmission(
  db: Db,
  id: string,
  values: Partial<
    Pick<
      AdmissionRow,
      'wardId' | 'bedId' | 'admittedAt' | 'dischargedAt' | 'dischargeDisposition' | 'expectedDischargeOn'
    >
  >,
  actor: Actor,
): Promise<AdmissionRow> {
  const [row] = await db
    .update(admissions)
    .set({
      ...values,
      version: sql`${admissions.version} + 1`,
      updatedAt: actor.now,
      updatedBy: actor.userId,
    })
    .where(eq(admissions.id, id))
    .returning();
  return row!;
}

export type BedStateChange = {
  bedId: string;
  state: 'available' | 'cleaning' | 'closed';
  closureReason: 'disinfection' | 'minor_repair' | 'extension' | 'major_repair' | null;
  reopensOn: string | null;
  note: string | null;
  at: Date;
};

/** A change of the bed's own state: the event for the history and the bed's current state. */
export async function changeBedState(db: Db, change: BedStateChange, actor: Actor): Promise<BedRow> {
  await db.insert(bedStateEvents).values({ id: newId(), ...change, recordedBy: actor.userId });
  const [row] = await db
    .update(beds)
    .set({
      state: change.state,
      version: sql`${beds.version} + 1`,
      updatedAt: actor.now,
      updatedBy: actor.userId,
    })
    .where(eq(beds.id, change.bedId))
    .returning();
  return row!;
}
