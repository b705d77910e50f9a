// The device registry and where each device's data goes: its manual case binding, else the case in
// its room (入室 to 出室), else the current case of the patient in its ward bed.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rows } from '../rows';
import { devices } from '../schema';
import { type Actor, newRowStamp, updateVersioned } from '../versioned';

export type DeviceRow = typeof devices.$inferSelect;
export type DeviceValues = Pick<
  DeviceRow,
  'vendor' | 'model' | 'identifier' | 'address' | 'charset' | 'placeKind' | 'placeCode' | 'active'
>;

export const listDevices = (db: Db): Promise<DeviceRow[]> =>
  db.select().from(devices).orderBy(asc(devices.placeKind), asc(devices.placeCode), asc(devices.identifier));

export async function getDevice(db: Db, id: string): Promise<DeviceRow | null> {
  const [row] = await db.select().from(devices).where(eq(devices.id, id));
  return row ?? null;
}

export async function insertDevice(db: Db, values: DeviceValues, actor: Actor): Promise<DeviceRow> {
  const [row] = await db
    .insert(devices)
    .values({ ...values, ...newRowStamp(actor) })
    .returning();
  return row!;
}

export const updateDevice = (
  db: Db,
  id: string,
  version: number,
  values: Partial<DeviceValues> & { overrideCaseId?: string | null },
  actor: Actor,
) => updateVersioned(db, devices, id, version, values, actor);

/** Statuses during which a room's monitors belong to the case (入室 … 出室). */
export const IN_ROOM_STATUSES = [
  'in_room',
  'anesthesia_start',
  'surgery_start',
  'surgery_end',
  'anesthesia_end',
];

/** The case each device's data belongs to now; devices without one are absent from the map. */
export async function casesForDevices(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const found = await rows<{ device_id: string; case_id: string }>(
    db,
    sql`
      select d.id as device_id,
        coalesce(
          d.override_case_id,
          case when d.place_kind = 'or_room' then (
            select c.id from surgical_cases c
            where c.or_room = d.place_code and c.status in (${sql.join(
              IN_ROOM_STATUSES.map((s) => sql`${s}`),
              sql`, `,
            )})
            order by c.in_room_at desc nulls last limit 1)
          end,
          case when d.place_kind = 'ward_bed' then (
            select c.id from admissions a
            join beds b on b.id = a.bed_id
            join wards w on w.id = b.ward_id
            join surgical_cases c on c.admission_id = a.id and c.status <> 'cancelled'
            where w.code || '/' || b.code = d.place_code and a.discharged_at is null
            order by c.scheduled_start desc limit 1)
          end
        ) as case_id
      from devices d
      where d.id in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
  );
  return new Map(found.filter((r) => r.case_id).map((r) => [r.device_id, r.case_id]));
}

/** Active devices, for the listener's lookup by identifier and by address. */
export const activeDevices = (db: Db): Promise<DeviceRow[]> =>
  db.select().from(devices).where(eq(devices.active, true));

export const devicesByIds = (db: Db, ids: string[]): Promise<DeviceRow[]> =>
  ids.length
    ? db
        .select()
        .from(devices)
        .where(and(inArray(devices.id, ids)))
    : Promise.resolve([]);
