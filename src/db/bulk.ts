// Bulk inserts as `insert … select * from unnest($1::t1[], …)`: one statement per batch, the same SQL
// on PGlite and PostgreSQL (dates travel as ISO strings and are cast by the column type).
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './client';

export const BATCH = 5000;

export type Column = { name: string; type: string; value: (row: never) => unknown };

export const col = <T>(name: string, type: string, value: (row: T) => unknown): Column => ({
  name,
  type,
  value: value as (row: never) => unknown,
});

/** The unnest statement for one batch; `tail` is appended (e.g. `on conflict … do nothing`). */
export function unnestInsert<T>(table: string, columns: Column[], batch: T[], tail: SQL = sql``): SQL {
  const arrays = columns.map((c) =>
    batch.map((row) => {
      const v = (c.value as (r: T) => unknown)(row);
      return v instanceof Date ? v.toISOString() : v;
    }),
  );
  const names = sql.raw(columns.map((c) => `"${c.name}"`).join(', '));
  const params = sql.join(
    columns.map((c, i) => sql`${sql.param(arrays[i])}::${sql.raw(c.type)}[]`),
    sql`, `,
  );
  return sql`insert into ${sql.raw(`"${table}"`)} (${names}) select * from unnest(${params}) ${tail}`;
}

export async function bulkInsert<T>(
  db: Db,
  table: string,
  columns: Column[],
  data: T[],
  progress: (n: number) => void = () => {},
): Promise<void> {
  for (let start = 0; start < data.length; start += BATCH) {
    const batch = data.slice(start, start + BATCH);
    await db.execute(unnestInsert(table, columns, batch));
    progress(batch.length);
  }
}
