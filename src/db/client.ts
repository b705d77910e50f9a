// One connection abstraction over the embedded PGlite and a PostgreSQL server.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { rows } from './rows';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgresql';
export type NotifyHandler = (payload: string) => void;

export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Db;
  /** Subscribes to a NOTIFY channel; the returned function unsubscribes. */
  listen(channel: string, handler: NotifyHandler): Promise<() => Promise<void>>;
  /** The underlying driver, for bulk paths (COPY) and benchmarks. */
  readonly driver: { kind: 'pglite'; client: PGlite } | { kind: 'postgresql'; pool: pg.Pool };
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = resolve(import.meta.dirname, '../../drizzle');

export type OpenOptions =
  | { kind: 'postgresql'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string; snapshot?: Blob };

// pg returns int8 as string by default; counts and ids are small enough for a JS number.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.kind === 'postgresql') return openPostgres(options.url, options.poolSize ?? 20);
  return openPglite(options.dataDir, options.snapshot);
}

async function openPglite(dataDir: string, snapshot?: Blob): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dirname(resolve(dataDir)), { recursive: true });
  const client = await PGlite.create(
    inMemory ? undefined : dataDir,
    snapshot ? { loadDataDir: snapshot } : {},
  );
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    driver: { kind: 'pglite', client },
    async listen(channel, handler) {
      const unsubscribe = await client.listen(channel, handler);
      return unsubscribe;
    },
    async close() {
      await client.close();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on the next query.
  });
  await pool.query('select 1');
  const db = drizzleNodePg({ client: pool, schema }) as unknown as Db;
  const listeners = new Map<string, Set<NotifyHandler>>();
  let listenClient: pg.Client | null = null;

  const connectListener = async (): Promise<pg.Client> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    client.on('notification', (msg) => {
      for (const h of listeners.get(msg.channel) ?? []) h(msg.payload ?? '');
    });
    client.on('error', () => {
      listenClient = null;
      void reconnect();
    });
    for (const channel of listeners.keys()) await client.query(`LISTEN "${channel}"`);
    return client;
  };
  let closed = false;
  const reconnect = async () => {
    while (!closed && !listenClient) {
      try {
        listenClient = await connectListener();
      } catch {
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  };

  return {
    kind: 'postgresql',
    db,
    driver: { kind: 'postgresql', pool },
    async listen(channel, handler) {
      if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`invalid channel ${channel}`);
      if (!listenClient) listenClient = await connectListener();
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
        await listenClient.query(`LISTEN "${channel}"`);
      }
      set.add(handler);
      return async () => {
        set.delete(handler);
      };
    },
    async close() {
      closed = true;
      await listenClient?.end().catch(() => undefined);
      await pool.end();
    },
  };
}

/** Applies the checked-in migrations; idempotent, and serialised across instances on PostgreSQL. */
export async function runMigrations(database: Database): Promise<void> {
  if (database.driver.kind === 'pglite') {
    await migratePglite(database.db as Parameters<typeof migratePglite>[0], {
      migrationsFolder: MIGRATIONS_FOLDER,
    });
    return;
  }
  const client = await database.driver.pool.connect();
  try {
    await client.query('select pg_advisory_lock(727367)');
    await migrateNodePg(drizzleNodePg({ client, schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query('select pg_advisory_unlock(727367)').catch(() => undefined);
    client.release();
  }
}

export async function appliedMigrations(db: Db): Promise<number> {
  const [row] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return Number(row?.n ?? 0);
}
