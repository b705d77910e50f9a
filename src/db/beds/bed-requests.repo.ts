// The waiting list (待入院/待分床): booked admissions waiting for a bed, with the patient shown on the list,
// and the procedure's median length of stay in the department's own history.
import { and, asc, eq, inArray, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { WardScope } from '../../domain/auth/scope';
import type { Db } from '../client';
import { rows } from '../rows';
import { bedRequests, patients, wards } from '../schema';
import type { BedRequestStatus } from '../schema/beds';
import { patientCondition } from '../scope';
import { type Actor, newRowStamp, updateVersioned } from '../versioned';

export type { BedRequestStatus };
export type BedRequestRow = typeof bedRequests.$inferSelect;
export type BedRequestView = BedRequestRow & {
  patientName: string;
  mrn: string;
  sex: string;
  birthDate: string | null;
  requestedWardCode: string | null;
};
export type BedRequestValues = Omit<
  typeof bedRequests.$inferInsert,
  'id' | 'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'
>;

const view = (db: Db) =>
  db
    .select({
      request: bedRequests,
      patientName: patients.name,
      mrn: patients.mrn,
      sex: patients.sex,
      birthDate: patients.birthDate,
      requestedWardCode: wards.code,
    })
    .from(bedRequests)
    .innerJoin(patients, eq(patients.id, bedRequests.patientId))
    .leftJoin(wards, eq(wards.id, bedRequests.requestedWardId));

type ViewRow = Awaited<ReturnType<ReturnType<typeof view>['execute']>>[number];
const flat = (r: ViewRow): BedRequestView => ({
  ...r.request,
  patientName: r.patientName,
  mrn: r.mrn,
  sex: r.sex,
  birthDate: r.birthDate,
  requestedWardCode: r.requestedWardCode,
});

/** The requests in these statuses (planned on or before `until`), urgent first, then by planned date. */
export async function listBedRequests(
  db: Db,
  q: { statuses: readonly BedRequestStatus[]; until?: string | undefined; scope: WardScope },
): Promise<BedRequestView[]> {
  const conditions: (SQL | undefined)[] = [
    inArray(bedRequests.status, [...q.statuses]),
    q.until ? lte(bedRequests.plannedAdmissionOn, q.until) : undefined,
    patientCondition(q.scope, bedRequests.patientId),
  ];
  const found = await view(db)
    .where(and(...conditions))
    .orderBy(
      sql`case when ${bedRequests.priority} = 'urgent' then 0 else 1 end`,
      asc(bedRequests.plannedAdmissionOn),
      asc(bedRequests.id),
    );
  return found.map(flat);
}

/** One request within the scope (its patient within reach). */
export async function getBedRequest(db: Db, id: string, scope: WardScope): Promise<BedRequestView | null> {
  const [row] = await view(db)
    .where(and(eq(bedRequests.id, id), patientCondition(scope, bedRequests.patientId)))
    .limit(1);
  return row ? flat(row) : null;
}

export async function lockBedRequest(db: Db, id: string): Promise<BedRequestRow | null> {
  const [row] = await db.select().from(bedRequests).where(eq(bedRequests.id, id)).for('update');
  return row ?? null;
}

export async function insertBedRequest(db: Db, values: BedRequestValues, actor: Actor) {
  const [row] = await db
    .insert(bedRequests)
    .values({ ...newRowStamp(actor), ...values })
    .returning();
  return row!;
}

export const updateBedRequest = (
  db: Db,
  id: string,
  version: number,
  values: Partial<BedRequestValues>,
  actor: Actor,
) => updateVersioned(db, bedRequests, id, version, values, actor);

/**
 * The median length of stay (discharge date − admission date, local days; a same-day stay 0) of the
 * department's discharged admissions with a case of this procedure; null when there is none.
 */
export async function medianLengthOfStay(db: Db, procedureCode: string, timeZone: string) {
  const [row] = await rows<{ median: number | null; n: number }>(
    db,
    sql`
      select percentile_cont(0.5) within group (order by los)::float8 as median, count(*)::int as n
      from (
        select ((a.discharged_at at time zone ${timeZone})::date - (a.admitted_at at time zone ${timeZone})::date) as los
        from admissions a
        where a.discharged_at is not null
          and exists (select 1 from surgical_cases c where c.admission_id = a.id and c.procedure_code = ${procedureCode})
      ) s`,
  );
  return row && row.n > 0 && row.median !== null ? { median: row.median, n: row.n } : null;
}

/** The request an admission was made from (its isolation and monitored-bed needs), if any. */
export async function requestOfAdmission(db: Db, admissionId: string): Promise<BedRequestRow | null> {
  const [row] = await db
    .select()
    .from(bedRequests)
    .where(and(eq(bedRequests.admissionId, admissionId), eq(bedRequests.status, 'admitted')))
    .limit(1);
  return row ?? null;
}

/** Another open request (waiting or reserved) of the patient, if any. */
export async function openRequestOfPatient(db: Db, patientId: string, exceptId: string | null) {
  const [row] = await db
    .select({ id: bedRequests.id })
    .from(bedRequests)
    .where(
      and(
        eq(bedRequests.patientId, patientId),
        inArray(bedRequests.status, ['waiting', 'reserved']),
        exceptId ? ne(bedRequests.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

/** The request holding a reservation on the bed, other than `exceptId`. */
export async function reservationOfBed(db: Db, bedId: string, exceptId: string) {
  const [row] = await db
    .select({ id: bedRequests.id, reservedUntil: bedRequests.reservedUntil })
    .from(bedRequests)
    .where(
      and(
        eq(bedRequests.reservedBedId, bedId),
        eq(bedRequests.status, 'reserved'),
        ne(bedRequests.id, exceptId),
      ),
    )
    .limit(1);
  return row ?? null;
}
