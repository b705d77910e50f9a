// The device registry and where each device's data goes: its manual case binding, else the case in
// its room (入室 to 出室), else the current case of the patient in its ward bed.
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '../client';
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

/** Whether another device (not `exceptId`) already has the identifier. */
export async function identifierTaken(db: Db, identifier: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: devices.id })
    .from(devices)
    .where(and(eq(devices.identifier, identifier), exceptId ? ne(devices.id, exceptId) : undefined))
    .limit(1);
  return row !== undefined;
}

export async function insertDevice(db: Db, values: DeviceValues, actor: Actor): Promise<DeviceRow> {
  const [row] = await db
    .insert(devices)
    .values({ ...values, ...newRowStamp(actor) })
    .returning();
  return row!;
}

/** Applies over the version read; null when the device is gone or someone changed it first. */
export const updateDevice = (
  db: Db,
  id: string,
  version: number,
  values: Partial<DeviceValues> & { overrideCaseId?: string | null },
  actor: Actor,
): Promise<DeviceRow | null> => updateVersioned(db, devices, id, version, values, actor);

/** Active devices, for the listener's lookup by identifier and by address. */
export const activeDevices = (db: Db): Promise<DeviceRow[]> =>
  db.select().from(devices).where(eq(devices.active, true));
