// A fresh, migrated database for one integration test file, on the engine the project runs for.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../client';
import { withDatabase } from './global-setup';

/** `url` is set on PostgreSQL, so a test can open a second connection pool (a second server instance). */
export type TestDatabase = Database & { readonly label: string; readonly url: string | null };

export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.PERIOP_TEST_DB === 'postgresql') {
    const url = process.env.PERIOP_TEST_DATABASE_URL!;
    const name = `periop_t_${inject('runId')}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database "${name}" template "${inject('postgresTemplate')}"`);
    await admin.end();
    const database = await openDatabase({ kind: 'postgresql', url: withDatabase(url, name), poolSize: 5 });
    return {
      ...database,
      label: `postgresql:${name}`,
      url: withDatabase(url, name),
      async close() {
        await database.close();
        const cleanup = new pg.Client({ connectionString: url });
        await cleanup.connect();
        await cleanup.query(`drop database if exists "${name}" with (force)`);
        await cleanup.end();
      },
    };
  }
  const snapshot = new Blob([readFileSync(inject('pgliteSnapshot'))]);
  const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://', snapshot });
  return { ...database, label: 'pglite', url: null };
}
