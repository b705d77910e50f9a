// The bed pool's structure: wards, their regular open beds per period (ward_open_beds), rooms and beds, and a
// bed's own state history. Occupancy is read only as counts and yes/no from bed_stays, never who.
import { and, asc, desc, eq, getTableColumns, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { newId } from '../ids';
import { rows } from '../rows';
import { bedRooms, bedStateEvents, bedStays, beds, users, wardOpenBeds, wards } from '../schema';
import { type Actor, newRowStamp, updateVersioned } from '../versioned';

export type WardRow = typeof wards.$inferSelect;
export type RoomRow = typeof bedRooms.$inferSelect;
export type BedRow = typeof beds.$inferSelect;
export type OpenBedPeriodRow = typeof wardOpenBeds.$inferSelect;
export type WardValues = Pick<WardRow, 'code' | 'name' | 'nameEn' | 'staffingLimit' | 'sortOrder'>;
export type RoomValues = Pick<RoomRow, 'wardId' | 'code' | 'sex' | 'isolationCapable' | 'monitored'>;
export type BedValues = Pick<
  BedRow,
  'wardId' | 'roomId' | 'code' | 'extra' | 'placedOn' | 'removedOn' | 'active'
>;

/** A stay in the bed that is open now (not ended, not voided). */
const openStay = and(isNull(bedStays.toAt), isNull(bedStays.voidedAt));

export const listWardRows = (db: Db): Promise<WardRow[]> =>
  db.select().from(wards).orderBy(asc(wards.sortOrder), asc(wards.code));

export const listRoomRows = (db: Db): Promise<RoomRow[]> =>
  db.select().from(bedRooms).orderBy(asc(bedRooms.wardId), asc(bedRooms.code));

/** Every bed with whether a patient is in it now. */
export const listBedRows = (db: Db): Promise<(BedRow & { occupied: boolean })[]> =>
  db
    .select({
      ...getTableColumns(beds),
      occupied: sql<boolean>`exists (select 1 from bed_stays s
        where s.bed_id = "beds"."id" and s.to_at is null and s.voided_at is null)`,
    })
    .from(beds)
    .orderBy(asc(beds.wardId), asc(beds.code));

/** The open-bed periods of every ward (or one), newest start first (an unbounded start last). */
export const listOpenBedPeriods = (db: Db, wardId?: string): Promise<OpenBedPeriodRow[]> =>
  db
    .select()
    .from(wardOpenBeds)
    .where(wardId ? eq(wardOpenBeds.wardId, wardId) : undefined)
    .orderBy(sql`${wardOpenBeds.validFrom} desc nulls last`, desc(wardOpenBeds.createdAt));

/** Patients in each ward's regular (non-extra) beds now. */
export const occupiedRegularBeds = (
  db: Db,
  wardId?: string,
): Promise<{ wardId: string; occupied: number }[]> =>
  rows(
    db,
    sql`select b.ward_id as "wardId", count(*)::int as occupied
      from bed_stays s join beds b on b.id = s.bed_id
      where not b.extra and s.to_at is null and s.voided_at is null${wardId ? sql` and b.ward_id = ${wardId}` : sql``}
      group by b.ward_id`,
  );

/** The ward's active regular beds (what the statistics count for a ward without open-bed periods). */
export async function activeRegularBeds(db: Db, wardId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(beds)
    .where(and(eq(beds.wardId, wardId), eq(beds.active, true), eq(beds.extra, false)));
  return row?.n ?? 0;
}

export async function getWard(db: Db, id: string): Promise<WardRow | null> {
  const [row] = await db.select().from(wards).where(eq(wards.id, id));
  return row ?? null;
}

/** The ward, locked until the transaction ends: its open-bed periods change one writer at a time. */
export async function lockWard(db: Db, id: string): Promise<WardRow | null> {
  const [row] = await db.select().from(wards).where(eq(wards.id, id)).for('update');
  return row ?? null;
}

export async function getRoom(db: Db, id: string): Promise<RoomRow | null> {
  const [row] = await db.select().from(bedRooms).where(eq(bedRooms.id, id));
  return row ?? null;
}

export async function getBed(db: Db, id: string): Promise<BedRow | null> {
  const [row] = await db.select().from(beds).where(eq(beds.id, id));
  return row ?? null;
}

export async function wardCodeTaken(db: Db, code: string): Promise<boolean> {
  const [row] = await db.select({ id: wards.id }).from(wards).where(eq(wards.code, code)).limit(1);
  return row !== undefined;
}

/** Whether another room of the ward (not `exceptId`) has the code. */
export async function roomCodeTaken(
  db: Db,
  wardId: string,
  code: string,
  exceptId?: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: bedRooms.id })
    .from(bedRooms)
    .where(
      and(
        eq(bedRooms.wardId, wardId),
        eq(bedRooms.code, code),
        exceptId ? ne(bedRooms.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Whether another bed of the ward (not `exceptId`) has the code. */
export async function bedCodeTaken(
  db: Db,
  wardId: string,
  code: string,
  exceptId?: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: beds.id })
    .from(beds)
    .where(and(eq(beds.wardId, wardId), eq(beds.code, code), exceptId ? ne(beds.id, exceptId) : undefined))
    .limit(1);
  return row !== undefined;
}

export async function insertWard(db: Db, values: WardValues, actor: Actor): Promise<WardRow> {
  const [row] = await db
    .insert(wards)
    .values({ ...values, ...newRowStamp(actor) })
    .returning();
  return row!;
}

/** Applies over the version read; null when the ward is gone or someone changed it first. */
export const updateWard = (
  db: Db,
  id: string,
  version: number,
  values: Omit<WardValues, 'code'>,
  actor: Actor,
): Promise<WardRow | null> => updateVersioned(db, wards, id, version, values, actor);

export async function insertRoom(db: Db, values: RoomValues, actor: Actor): Promise<RoomRow> {
  const [row] = await db
    .insert(bedRooms)
    .values({ ...values, ...newRowStamp(actor) })
    .returning();
  return row!;
}

export const updateRoom = (
  db: Db,
  id: string,
  version: number,
  values: Omit<RoomValues, 'wardId'>,
  actor: Actor,
): Promise<RoomRow | null> => updateVersioned(db, bedRooms, id, version, values, actor);

export async function insertBed(db: Db, values: BedValues, actor: Actor): Promise<BedRow> {
  const [row] = await db
    .insert(beds)
    .values({ ...values, ...newRowStamp(actor) })
    .returning();
  return row!;
}

export const updateBed = (
  db: Db,
  id: string,
  version: number,
  values: Omit<BedValues, 'wardId'>,
  actor: Actor,
): Promise<BedRow | null> => updateVersioned(db, beds, id, version, values, actor);

/** Whether a patient is in the bed now, or was after the end of `lastDay` (a calendar date in `timeZone`). */
export async function bedUsedAfter(
  db: Db,
  bedId: string,
  lastDay: string,
  timeZone: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: bedStays.id })
    .from(bedStays)
    .where(
      and(
        eq(bedStays.bedId, bedId),
        isNull(bedStays.voidedAt),
        or(
          isNull(bedStays.toAt),
          sql`${bedStays.toAt} >= ((${lastDay}::date + 1)::timestamp at time zone ${timeZone})`,
        ),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Whether a patient is in the bed now. */
export async function bedOccupied(db: Db, bedId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: bedStays.id })
    .from(bedStays)
    .where(and(eq(bedStays.bedId, bedId), openStay))
    .limit(1);
  return row !== undefined;
}

/** Ends the ward's periods still running on `from` (begun before it) on `lastDay`; returns those ended. */
export const endOpenBedPeriods = (
  db: Db,
  wardId: string,
  from: string,
  lastDay: string,
): Promise<OpenBedPeriodRow[]> =>
  db
    .update(wardOpenBeds)
    .set({ validTo: lastDay })
    .where(
      and(
        eq(wardOpenBeds.wardId, wardId),
        or(isNull(wardOpenBeds.validFrom), lt(wardOpenBeds.validFrom, from)),
        or(isNull(wardOpenBeds.validTo), sql`${wardOpenBeds.validTo} >= ${from}::date`),
      ),
    )
    .returning();

/** A period entered by hand (source 'entered'). */
export async function insertOpenBedPeriod(
  db: Db,
  p: { wardId: string; openBeds: number; validFrom: string | null; validTo: string | null; at: Date },
): Promise<OpenBedPeriodRow> {
  const [row] = await db
    .insert(wardOpenBeds)
    .values({
      id: newId(),
      wardId: p.wardId,
      openBeds: p.openBeds,
      validFrom: p.validFrom,
      validTo: p.validTo,
      source: 'entered',
      createdAt: p.at,
    })
    .returning();
  return row!;
}

/** The count of a period that starts on the date given again (a correction on the same day). */
export async function setOpenBedPeriodCount(db: Db, id: string, openBeds: number): Promise<OpenBedPeriodRow> {
  const [row] = await db
    .update(wardOpenBeds)
    .set({ openBeds, source: 'entered', importId: null })
    .where(eq(wardOpenBeds.id, id))
    .returning();
  return row!;
}

export type BedStateEventRow = typeof bedStateEvents.$inferSelect & { recordedByName: string | null };

/** The bed's state changes, newest first, with who recorded each. */
export const bedStateHistory = (db: Db, bedId: string): Promise<BedStateEventRow[]> =>
  db
    .select({ ...getTableColumns(bedStateEvents), recordedByName: users.displayName })
    .from(bedStateEvents)
    .leftJoin(users, eq(users.id, bedStateEvents.recordedBy))
    .where(eq(bedStateEvents.bedId, bedId))
    .orderBy(desc(bedStateEvents.at), desc(bedStateEvents.recordedAt));

/** A user's display name (who registered a bed). */
export async function userName(db: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}
