// What the balanced bed assignment reads of the department (domain/beds/assignment-types.ts DepartmentSnapshot):
// its wards with their staffing limits, its rooms, each bed in place today with the facts its status is made
// of (occupant, closure, reservation), and the department's rules row.
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rows } from '../rows';
import { bedRooms, bedRules, wards } from '../schema';

export const snapshotWards = (db: Db) =>
  db
    .select({
      id: wards.id,
      code: wards.code,
      name: wards.name,
      nameEn: wards.nameEn,
      staffingLimit: wards.staffingLimit,
    })
    .from(wards)
    .orderBy(asc(wards.sortOrder), asc(wards.code));

export const snapshotRooms = (db: Db) =>
  db
    .select({
      id: bedRooms.id,
      wardId: bedRooms.wardId,
      code: bedRooms.code,
      sex: bedRooms.sex,
      isolationCapable: bedRooms.isolationCapable,
      monitored: bedRooms.monitored,
    })
    .from(bedRooms);

export type SnapshotBedRow = {
  id: string;
  wardId: string;
  roomId: string | null;
  code: string;
  state: 'available' | 'cleaning' | 'closed';
  /** The admission in the bed now, its patient's sex and expected discharge date. */
  admissionId: string | null;
  occupantSex: string | null;
  expectedDischarge: string | null;
  /** The closed bed's reopening date (its latest state event). */
  reopens: string | null;
  /** The waiting-list request the bed is reserved for, through `reservedUntil`. */
  reservedFor: string | null;
  reservedUntil: string | null;
};

/** Every active bed in place on `today` with the facts of its status. */
export const snapshotBeds = (db: Db, today: string): Promise<SnapshotBedRow[]> =>
  rows<SnapshotBedRow>(
    db,
    sql`
      select b.id, b.ward_id as "wardId", b.room_id as "roomId", b.code, b.state,
        s.admission_id as "admissionId", p.sex as "occupantSex",
        a.expected_discharge_on::text as "expectedDischarge", cl.reopens_on::text as reopens,
        q.id as "reservedFor", q.reserved_until::text as "reservedUntil"
      from beds b
      left join bed_stays s on s.bed_id = b.id and s.to_at is null and s.voided_at is null
      left join admissions a on a.id = s.admission_id
      left join patients p on p.id = s.patient_id
      left join lateral (
        select e.reopens_on from bed_state_events e where e.bed_id = b.id
        order by e.at desc, e.recorded_at desc limit 1
      ) cl on b.state = 'closed'
      left join bed_requests q on q.reserved_bed_id = b.id and q.status = 'reserved'
        and q.reserved_until >= ${today}::date
      where b.active and (b.placed_on is null or b.placed_on <= ${today}::date)
        and (b.removed_on is null or b.removed_on >= ${today}::date)`,
  );

/** The department's assignment rules and weights (the overrides of DEFAULT_BED_RULES), if configured. */
export async function departmentRules(db: Db): Promise<Record<string, unknown> | null> {
  const [row] = await db
    .select({ rules: bedRules.rules })
    .from(bedRules)
    .where(eq(bedRules.id, 'department'))
    .limit(1);
  return row?.rules ?? null;
}
