// Starting the real server for a benchmark: a free port, and waiting until it answers.
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../src/db/client';

export async function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => res(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** Waits for /api/health to answer (up to two minutes), or kills the child and throws. */
export async function waitForHealth(child: ChildProcess, port: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('server did not start');
}

export type BenchServer = { base: string; port: number; child: ChildProcess };

/**
 * Starts a server entry point (`src/server/main.ts` or a bench's own) on a free port with the bench's
 * environment and waits for its health check. BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof")
 * profiles it; `stdout: 'pipe'` leaves its output to read (the record bench waits for "MLLP ready").
 */
export async function startBenchServer(
  entry: string,
  env: Record<string, string>,
  o: { stdout?: 'pipe' | 'ignore'; beforeHealth?: (child: ChildProcess) => Promise<void> } = {},
): Promise<BenchServer> {
  const port = await freePort();
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      PERIOP_DEMO_DATA: 'false',
      LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
      ...env,
    },
    stdio: ['ignore', o.stdout ?? 'ignore', 'inherit'],
  });
  await o.beforeHealth?.(child);
  await waitForHealth(child, port);
  return { base: `http://127.0.0.1:${port}`, port, child };
}

/** Signs in through the API and returns the session cookie. */
export async function benchLogin(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: HTTP ${res.status} ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/**
 * The benchmark's own database: a PostgreSQL database `name` next to `pgUrl`, or a PGlite directory
 * in the temp folder; recreated unless `reuse` finds it, dropped afterwards unless `keep`.
 */
export async function benchDatabase(
  engine: 'postgresql' | 'pglite',
  o: { pgUrl: string; name: string; reuse?: boolean; keep?: boolean },
): Promise<{ database: Database; env: Record<string, string>; cleanup: () => Promise<void> }> {
  if (engine === 'postgresql') {
    const admin = new pg.Client({ connectionString: o.pgUrl });
    await admin.connect();
    const exists =
      (await admin.query('select 1 from pg_database where datname = $1', [o.name])).rowCount === 1;
    if (!(o.reuse && exists)) {
      await admin.query(`drop database if exists ${o.name} with (force)`);
      await admin.query(`create database ${o.name}`);
    }
    await admin.end();
    const u = new URL(o.pgUrl);
    u.pathname = `/${o.name}`;
    return {
      database: await openDatabase({ kind: 'postgresql', url: u.toString() }),
      env: { DATABASE_URL: u.toString() },
      cleanup: async () => {
        if (o.keep) return;
        const c = new pg.Client({ connectionString: o.pgUrl });
        await c.connect();
        await c.query(`drop database if exists ${o.name} with (force)`);
        await c.end();
      },
    };
  }
  const dir = join(tmpdir(), `${o.name}-pglite`);
  if (!o.reuse) rmSync(dir, { recursive: true, force: true });
  return {
    database: await openDatabase({ kind: 'pglite', dataDir: dir }),
    env: { PERIOP_DATA_DIR: dir },
    cleanup: async () => {
      if (!o.keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}
