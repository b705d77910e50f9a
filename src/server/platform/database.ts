// The database the configuration names, migrated: the server and the command-line tools open it here.
import { resolve } from 'node:path';
import { type Database, openDatabase, runMigrations } from '../../db/client';
import { migrateAsOwner } from '../../db/roles';
import type { Config } from '../config';

/**
 * PostgreSQL when DATABASE_URL is set, else PGlite in PERIOP_DATA_DIR. With DATABASE_OWNER_URL the
 * migrations run as the owner, who then grants DATABASE_URL's role its rights; without it, one role
 * does both.
 */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (!config.DATABASE_URL) {
    const database = await openDatabase({ kind: 'pglite', dataDir: resolve(config.PERIOP_DATA_DIR) });
    await runMigrations(database);
    return database;
  }
  const database = await openDatabase({ kind: 'postgresql', url: config.DATABASE_URL });
  try {
    if (config.DATABASE_OWNER_URL) await migrateAsOwner(config.DATABASE_OWNER_URL, database);
    else await runMigrations(database);
  } catch (e) {
    await database.close();
    throw e;
  }
  return database;
}
