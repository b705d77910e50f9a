import { desc, eq, sql } from 'drizzle-orm';
import type { AdmissionInput } from '../../domain/registry/schemas';
import type { Db } from '../client';
import { prepared } from '../prepared';
import { admissions, beds, wards } from '../schema';
import { type Actor, newRowStamp, updateVersioned } from '../versioned';

export type AdmissionRow = typeof admissions.$inferSelect & {
  wardName: string | null;
  bedCode: string | null;
};

export async function listAdmissions(db: Db, patientId: string): Promise<AdmissionRow[]> {
  const statement = prepared(db, 'admissions_of_patient', (d) =>
    d
      .select({ admission: admissions, wardName: wards.name, bedCode: beds.code })
      .from(admissions)
      .leftJoin(wards, eq(wards.id, admissions.wardId))
      .leftJoin(beds, eq(beds.id, admissions.bedId))
      .where(eq(admissions.patientId, sql.placeholder('patientId')))
      .orderBy(desc(admissions.admittedAt))
      .prepare('admissions_of_patient'),
  );
  const rows = await statement.execute({ patientId });
  return rows.map((r) => ({ ...r.admission, wardName: r.wardName, bedCode: r.bedCode }));
}

export async function getAdmission(db: Db, id: string) {
  const [row] = await db.select().from(admissions).where(eq(admissions.id, id)).limit(1);
  return row ?? null;
}

const columns = (input: AdmissionInput) => ({
  patientId: input.patientId,
  wardId: input.wardId,
  bedId: input.bedId ?? null,
  admittedAt: new Date(input.admittedAt),
  dischargedAt: input.dischargedAt ? new Date(input.dischargedAt) : null,
  attendingDoctor: input.attendingDoctor,
});

export async function insertAdmission(db: Db, input: AdmissionInput, actor: Actor) {
  const [row] = await db
    .insert(admissions)
    .values({ ...newRowStamp(actor), ...columns(input) })
    .returning();
  return row!;
}

export async function updateAdmission(
  db: Db,
  id: string,
  version: number,
  input: AdmissionInput,
  actor: Actor,
) {
  return updateVersioned(db, admissions, id, version, columns(input), actor);
}
