import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openDatabase, runMigrations } from '../src/db/client';
import { newId } from '../src/db/ids';
import { rows } from '../src/db/rows';
import { devices as devicesTable } from '../src/db/schema';
import { ackCode, MllpClient } from '../src/server/interop/mllp-client';
import { deviceMessage, simDevice } from '../src/server/interop/simulator/messages';
import { vitalsAt } from '../src/server/interop/simulator/physiology';
import { benchDatabase, freePort, startBenchServer } from './_process';
import { percentile, printTable } from './_stats';

const { values } = parseArgs({
  options: {
    devices: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '15' },
    engines: { type: 'string', default: 'postgresql,pglite' },
    'copy-rows': { type: 'string', default: '400000' },
    'pg-url': {
      type: 'string',
      default: process.env.PERIOP_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    },
  },
});
const N = Number(values.devices);
const SECONDS = Number(values.seconds);
const COPY_ROWS = Number(values['copy-rows']);
const engines = values.engines.split(',') as ('postgresql' | 'pglite')[];
const BENCH_DB = 'periop_bench_ingest';

async function prepare(engine: 'postgresql' | 'pglite') {
  const { database, env, cleanup } = await benchDatabase(engine, {
    pgUrl: values['pg-url']!,
    name: BENCH_DB,
  });
  await runMigrations(database);
  await database.db.insert(devicesTable).values(
    Array.from({ length: N }, (_, i) => ({
      id: newId(),
      vendor: 'mindray' as const,
      model: 'bench',
      identifier: simDevice('mindray-ihe', i).identifier,
      placeKind: 'or_room' as const,
      placeCode: simDevice('mindray-ihe', i).room,
    })),
  );
  await database.close();
  return { env, cleanup };
}

/** Each device sends its next second of monitor data as soon as the previous one is acknowledged. */
async function load(mllpPort: number) {
  const base = Date.parse('2026-01-01T00:00:00Z');
  const latencies: number[] = [];
  let nonAA = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: N }, async (_, i) => {
      const d = simDevice('mindray-ihe', i);
      const client = await MllpClient.open(mllpPort);
      for (let k = 0; performance.now() < deadline; k++) {
        const msg = deviceMessage(d, vitalsAt(k, i + 1), new Date(base + k * 1000), k);
        const t0 = performance.now();
        const ack = await client.send(msg);
        latencies.push(performance.now() - t0);
        if (ackCode(ack).code !== 'AA') nonAA++;
      }
      await client.close();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    messages: latencies.length,
    elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    nonAA,
  };
}

const COPY_COLUMNS = 'device_id, param, loinc, channel, value, unit, observed_at, received_at, source';

function copyCsv(): string[] {
  const device = newId();
  const lines: string[] = [];
  const base = Date.parse('2025-01-01T00:00:00Z');
  for (let i = 0; i < COPY_ROWS; i++) {
    const at = new Date(base + Math.floor(i / 11) * 1000).toISOString();
    lines.push(`${device},hr,8867-4,c${i % 11},72,/min,${at},${at},device\n`);
  }
  return lines;
}

/** Raw COPY of the same kind of rows into the same table (its unique index included): the ceiling. */
async function copyRate(engine: 'postgresql' | 'pglite', env: Record<string, string>): Promise<number> {
  const lines = copyCsv();
  if (engine === 'postgresql') {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    const t0 = performance.now();
    await pipeline(
      Readable.from(lines),
      client.query(copyFrom(`copy observations (${COPY_COLUMNS}) from stdin with (format csv)`)),
    );
    const rate = COPY_ROWS / ((performance.now() - t0) / 1000);
    await client.end();
    return rate;
  }
  const database = await openDatabase({ kind: 'pglite', dataDir: env.PERIOP_DATA_DIR! });
  if (database.driver.kind !== 'pglite') throw new Error('expected PGlite');
  const t0 = performance.now();
  await database.driver.client.query(
    `copy observations (${COPY_COLUMNS}) from '/dev/blob' with (format csv)`,
    [],
    { blob: new Blob(lines) },
  );
  const rate = COPY_ROWS / ((performance.now() - t0) / 1000);
  await database.close();
  return rate;
}

async function storedObservations(engine: 'postgresql' | 'pglite', env: Record<string, string>) {
  const database =
    engine === 'postgresql'
      ? await openDatabase({ kind: 'postgresql', url: env.DATABASE_URL!, poolSize: 1 })
      : await openDatabase({ kind: 'pglite', dataDir: env.PERIOP_DATA_DIR! });
  const [r] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from observations`);
  await database.close();
  return r!.n;
}

const results: Record<string, string | number>[] = [];
console.log(
  `ingest benchmark: ${N} monitors over MLLP, stop-and-wait, ${SECONDS} s; COPY ceiling ${COPY_ROWS.toLocaleString()} rows`,
);
for (const engine of engines) {
  const { env, cleanup } = await prepare(engine);
  const mllpPort = await freePort();
  const { child } = await startBenchServer('src/server/main.ts', { ...env, MLLP_PORT: String(mllpPort) });
  let r: Awaited<ReturnType<typeof load>>;
  try {
    r = await load(mllpPort);
  } finally {
    child.kill('SIGTERM');
    await new Promise((res) => child.once('exit', res));
  }
  const stored = await storedObservations(engine, env);
  const copy = await copyRate(engine, env);
  const obsRate = stored / r.elapsed;
  results.push({
    engine,
    messages: r.messages,
    'msg/s': Math.round(r.messages / r.elapsed),
    'obs/s': Math.round(obsRate),
    'ack p50 ms': r.p50.toFixed(1),
    'ack p99 ms': r.p99.toFixed(1),
    'not AA': r.nonAA,
    'COPY rows/s': Math.round(copy),
    'of COPY': `${((obsRate / copy) * 100).toFixed(0)} %`,
  });
  await cleanup();
}
printTable(results);
console.log('goal (PostgreSQL, 2 cores): ≥ 5,000 msg/s (≈ 40,000 obs/s), p99 ACK ≤ 50 ms, ≥ 35 % of COPY');
