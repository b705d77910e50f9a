// Optimistic concurrency for every mutable clinical row: an update applies only over the version
// the client read, and bumps it; null tells the caller the row is stale (or gone).
import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from './client';
import { newId } from './ids';

export type Actor = { userId: string; now: Date };

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn; updatedBy: PgColumn };

/** The id and the who/when columns of a new row. */
export const newRowStamp = (actor: Actor) => ({
  id: newId(),
  createdAt: actor.now,
  createdBy: actor.userId,
  updatedAt: actor.now,
  updatedBy: actor.userId,
});

export async function updateVersioned<T extends VersionedTable>(
  db: Db,
  table: T,
  id: string,
  version: number,
  values: PgUpdateSetSource<T>,
  actor: Actor,
): Promise<T['$inferSelect'] | null> {
  const set = {
    ...values,
    version: sql`${table.version} + 1`,
    updatedAt: actor.now,
    updatedBy: actor.userId,
  };
  const updated = (await db
    .update(table)
    .set(set as PgUpdateSetSource<T>)
    .where(and(eq(table.id, id), eq(table.version, version)))
    .returning()) as T['$inferSelect'][];
  return updated[0] ?? null;
}
