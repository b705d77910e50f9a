// What applying an ADT message from the HIS reads and writes besides the bed service's movements: the message
// claimed by (sender, MSH-10) so a repeat changes nothing, the patient by MRN, the admission by visit number,
// the bed by its code within the ward, the admission's current place and its attending doctor.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { newId } from '../ids';
import { admissions, adtMessages, bedStays, beds, patients } from '../schema';
import { type Actor, updateVersioned } from '../versioned';

export type AdtPatientRow = typeof patients.$inferSelect;
export type AdtAdmissionRow = typeof admissions.$inferSelect;

/**
 * Claims the message for this transaction: its id when new, null when (sender, control ID) was applied
 * before. A concurrent claim of the same key waits here for the other transaction to end.
 */
export async function claimAdtMessage(
  db: Db,
  m: { sender: string; controlId: string; event: string; receivedAt: Date },
): Promise<string | null> {
  const [row] = await db
    .insert(adtMessages)
    .values({ id: newId(), ...m })
    .onConflictDoNothing({ target: [adtMessages.sender, adtMessages.controlId] })
    .returning({ id: adtMessages.id });
  return row?.id ?? null;
}

/** The admission the applied message concerned. */
export async function linkAdtMessage(db: Db, id: string, admissionId: string): Promise<void> {
  await db.update(adtMessages).set({ admissionId }).where(eq(adtMessages.id, id));
}

/** The patient with this MRN (stored upper-case), locked until the transaction ends. */
export async function lockPatientByMrn(db: Db, mrn: string): Promise<AdtPatientRow | null> {
  const [row] = await db
    .select()
    .from(patients)
    .where(eq(patients.mrn, mrn.toUpperCase()))
    .limit(1)
    .for('update');
  return row ?? null;
}

/** The admission with this visit number (PV1-19), locked until the transaction ends. */
export async function lockAdmissionByVisit(db: Db, visitNumber: string): Promise<AdtAdmissionRow | null> {
  const [row] = await db
    .select()
    .from(admissions)
    .where(eq(admissions.visitNumber, visitNumber))
    .limit(1)
    .for('update');
  return row ?? null;
}

/** The active bed of the ward with this code. */
export async function bedIdByCode(db: Db, wardId: string, code: string): Promise<string | null> {
  const [row] = await db
    .select({ id: beds.id })
    .from(beds)
    .where(and(eq(beds.wardId, wardId), eq(beds.code, code), eq(beds.active, true)))
    .limit(1);
  return row?.id ?? null;
}

/** Where the admission is now: its open live stay's ward and bed (bed null: an unregistered extra bed). */
export async function currentPlace(
  db: Db,
  admissionId: string,
): Promise<{ wardId: string; bedId: string | null } | null> {
  const [row] = await db
    .select({ wardId: bedStays.wardId, bedId: bedStays.bedId })
    .from(bedStays)
    .where(and(eq(bedStays.admissionId, admissionId), isNull(bedStays.toAt), isNull(bedStays.voidedAt)))
    .limit(1);
  return row ?? null;
}

/** The attending doctor the HIS names (PV1-7), over the version read. */
export const setAttendingDoctor = (db: Db, id: string, version: number, doctor: string, actor: Actor) =>
  updateVersioned(db, admissions, id, version, { attendingDoctor: doctor }, actor);
