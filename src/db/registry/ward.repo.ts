// The department's places: wards with their beds, and the operating rooms.
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { beds, orRooms, wards } from '../schema';

export async function listWards(db: Db) {
  const [wardRows, bedRows] = await Promise.all([
    db.select().from(wards).orderBy(asc(wards.code)),
    db.select().from(beds).where(eq(beds.active, true)).orderBy(asc(beds.code)),
  ]);
  return wardRows.map((w) => ({
    id: w.id,
    code: w.code,
    name: w.name,
    beds: bedRows.filter((b) => b.wardId === w.id).map((b) => ({ id: b.id, code: b.code })),
  }));
}

export async function listOrRooms(db: Db) {
  return db.select().from(orRooms).orderBy(asc(orRooms.sortOrder), asc(orRooms.code));
}

/** The ward with this code, if there is one. */
export async function wardIdByCode(db: Db, code: string): Promise<string | null> {
  const [ward] = await db.select({ id: wards.id }).from(wards).where(eq(wards.code, code)).limit(1);
  return ward?.id ?? null;
}
