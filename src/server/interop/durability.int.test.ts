// Nothing acknowledged is lost: simulated monitors stream to the device interface in its own
// process, which is killed with SIGKILL mid-stream; every message that got AA must be stored.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, runMigrations } from '../../db/client';
import { newId } from '../../db/ids';
import { rows } from '../../db/rows';
import { devices } from '../../db/schema';
import { createTestDatabase, type TestDatabase } from '../../db/testing/test-database';
import { simDevice } from './simulator/messages';
import { startSimulation } from './simulator/run';

const DEVICES = Array.from({ length: 4 }, (_, i) => simDevice('mindray-ihe', i));
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** A database the child process can open too: the PostgreSQL test database, or PGlite on disk. */
async function sharedDatabase(): Promise<{ env: Record<string, string>; open: () => Promise<Database> }> {
  if (process.env.PERIOP_TEST_DB === 'postgresql') {
    const db: TestDatabase = await createTestDatabase();
    cleanups.push(() => db.close());
    return {
      env: { DATABASE_URL: db.url! },
      open: () => openDatabase({ kind: 'postgresql', url: db.url!, poolSize: 1 }),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'periop-durability-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const dataDir = join(dir, 'data');
  const first = await openDatabase({ kind: 'pglite', dataDir });
  await runMigrations(first);
  await first.close();
  return { env: { PERIOP_DATA_DIR: dataDir }, open: () => openDatabase({ kind: 'pglite', dataDir }) };
}

function startInterface(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/interop/listen.ts'], {
    env: { ...process.env, ...env, MLLP_PORT: '0', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /MLLP ready (\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.once('exit', (code) => reject(new Error(`interface exited early (${code})`)));
  });
}

describe('delivery guarantee', () => {
  it('loses no acknowledged message when the interface is killed with SIGKILL', async () => {
    const shared = await sharedDatabase();
    const setup = await shared.open();
    await setup.db.insert(devices).values(
      DEVICES.map((d) => ({
        id: newId(),
        vendor: 'mindray' as const,
        model: 'sim',
        identifier: d.identifier,
        placeKind: 'or_room' as const,
        placeCode: d.room,
      })),
    );
    await setup.close();

    const { child, port } = await startInterface(shared.env);
    const acked: { identifier: string; at: string }[] = [];
    const sim = startSimulation({
      port,
      devices: DEVICES,
      hz: 25,
      onAck: (d, at, code) => {
        if (code === 'AA') acked.push({ identifier: d.identifier, at: at.toISOString() });
      },
    });
    await new Promise((r) => setTimeout(r, 2500));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    await sim.stop();
    expect(acked.length).toBeGreaterThan(20);

    const after = await shared.open();
    const stored = await rows<{ identifier: string; at: string }>(
      after.db,
      sql`select d.identifier, to_char(o.observed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at
          from observations o join devices d on d.id = o.device_id where o.param = 'hr'`,
    );
    await after.close();
    const have = new Set(stored.map((s) => `${s.identifier}|${s.at}`));
    const lost = acked.filter((a) => !have.has(`${a.identifier}|${a.at}`));
    expect(lost).toEqual([]);
  }, 60_000);
});
