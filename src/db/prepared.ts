// Hot queries are built once per database handle and reused as prepared statements: building a
// drizzle query costs more CPU than running it (bench/registry.ts profile).
import type { Db } from './client';

const cache = new WeakMap<Db, Map<string, unknown>>();

export function prepared<T>(db: Db, name: string, build: (db: Db) => T): T {
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  let statement = perDb.get(name) as T | undefined;
  if (!statement) {
    statement = build(db);
    perDb.set(name, statement);
  }
  return statement;
}
