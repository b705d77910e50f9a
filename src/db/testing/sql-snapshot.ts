// The SQL of a repository, written down so that a review sees every query change. Each repository has
// a `<noun>.repo.examples.ts` beside it: one call per query shape (scopes included), run against an empty
// database while drizzle's logger records the statements; `src/db/sql-snapshots.int.test.ts` compares them
// with the checked-in `<noun>.repo.sql` (UPDATE_SQL_SNAPSHOTS=1 rewrites it).
import type { Db } from '../client';

export type QueryExample = { name: string; run: (db: Db) => Promise<unknown> };

export const examples = (...list: QueryExample[]): QueryExample[] => list;

/** Normalises a statement for the file: one line per clause is drizzle's own; trailing blanks go. */
export const normaliseSql = (sql: string): string => sql.replace(/[ \t]+$/gm, '').trim();
