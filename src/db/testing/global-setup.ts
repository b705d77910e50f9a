// Vitest global setup for the integration suite: migrate once, then every test file boots its
// own database from that state (PGlite: a dumped data dir, ~0.5 s; PostgreSQL: CREATE DATABASE … TEMPLATE).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase, runMigrations } from '../client';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplate: string;
    runId: number;
  }
}

// One template per test run, so that concurrent runs on one server do not disturb each other.
const TEMPLATE_DB = `periop_tmpl_${process.pid}`;

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const kind = project.config.env?.PERIOP_TEST_DB;
  project.provide('runId', process.pid);
  if (kind === 'postgresql') {
    const url = process.env.PERIOP_TEST_DATABASE_URL;
    if (!url) throw new Error('PERIOP_TEST_DATABASE_URL is not set');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists "${TEMPLATE_DB}" with (force)`);
    await admin.query(`create database "${TEMPLATE_DB}"`);
    await admin.end();
    const database = await openDatabase({
      kind: 'postgresql',
      url: withDatabase(url, TEMPLATE_DB),
      poolSize: 2,
    });
    await runMigrations(database);
    await database.close();
    project.provide('postgresTemplate', TEMPLATE_DB);
    console.log(`[integration] PostgreSQL server ${redact(url)} — migrated template database ${TEMPLATE_DB}`);
    return async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const left = await c.query<{ datname: string }>(
        'select datname from pg_database where datname like $1 or datname = $2',
        [`periop_t_${process.pid}_%`, TEMPLATE_DB],
      );
      for (const { datname } of left.rows) await c.query(`drop database if exists "${datname}" with (force)`);
      await c.end();
    };
  }
  const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  await runMigrations(database);
  if (database.driver.kind !== 'pglite') throw new Error('unreachable');
  const dump = await database.driver.client.dumpDataDir('none');
  await database.close();
  const dir = resolve('.tmp');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `pglite-snapshot-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteSnapshot', file);
  console.log('[integration] PGlite — migrated snapshot ready');
  return async () => rmSync(file, { force: true });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

const redact = (url: string) => url.replace(/\/\/[^@]*@/, '//');
