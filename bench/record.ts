// `npm run bench -- record [--rooms 12] [--hours 8] [--pages 5] [--seconds 30] [--engines postgresql,pglite]`
// The live anesthesia record on the real server in its own process, with N running rooms whose
// monitors send at 1 Hz over MLLP. Seeds each room's case with `--hours` of 1 Hz readings of the
// nine parameters a monitor sends (~260,000 per 8-hour case), then measures:
//   - opening the record page's data (the case, the record, the chart series), p50/p95;
//   - one drug entry seen by `--pages` open record pages (each reacting to the realtime events as the
//     web page does): the wall time until every page is current, the requests, and the readings read;
//   - the 监控大屏 (GET /overview/rooms, polled once a second while the rooms send) after 1 hour and
//     after `--hours` of readings: p50/p95 and the server process's CPU.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import WebSocket from 'ws';
import type { AnesthesiaEvent } from '../src/api/anesthesia';
import { runMigrations } from '../src/db/client';
import { newId } from '../src/db/ids';
import { rows } from '../src/db/rows';
import { type SimDevice, simDevice } from '../src/server/interop/simulator/messages';
import { startSimulation } from '../src/server/interop/simulator/run';
import { type PageReload, recordReloads } from '../src/web/anesthesia/record-live';
import { benchDatabase, benchLogin, startBenchServer } from './_process';
import { type Department, PASSWORD, seedDepartment, seedReadings } from './_record-seed';
import { percentile, printTable } from './_stats';

const { values } = parseArgs({
  options: {
    rooms: { type: 'string', default: '12' },
    hours: { type: 'string', default: '8' },
    pages: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '30' },
    opens: { type: 'string', default: '20' },
    drugs: { type: 'string', default: '10' },
    engines: { type: 'string', default: 'postgresql,pglite' },
    'pg-url': {
      type: 'string',
      default: process.env.PERIOP_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    },
  },
});
const ROOMS = Number(values.rooms);
const HOURS = Number(values.hours);
const PAGES = Number(values.pages);
const SECONDS = Number(values.seconds);
const OPENS = Number(values.opens);
const DRUGS = Number(values.drugs);
const engines = values.engines.split(',') as ('postgresql' | 'pglite')[];
const BENCH_DB = 'periop_bench_record';
const HOUR = 3_600_000;

const monitors: SimDevice[] = Array.from({ length: ROOMS }, (_, i) => simDevice('mindray-ihe', i, ROOMS));
const caseIds = monitors.map(() => newId());
const deviceIds = monitors.map(() => newId());
const dept: Department = { monitors, caseIds, deviceIds };

async function startServer(env: Record<string, string>) {
  let mllpPort = 0;
  const server = await startBenchServer(
    'bench/_record-server.ts',
    { ...env, MLLP_PORT: '0' },
    {
      stdout: 'pipe',
      beforeHealth: (child) =>
        new Promise<void>((resolve, reject) => {
          let out = '';
          child.stdout!.on('data', (d: Buffer) => {
            out += d.toString();
            const m = /MLLP ready (\d+)/.exec(out);
            if (m) {
              mllpPort = Number(m[1]);
              resolve();
            }
          });
          child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
        }),
    },
  );
  return { ...server, mllpPort };
}

const login = (base: string, username: string) => benchLogin(base, username, PASSWORD);

async function stopServer(child: ChildProcess) {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

/** CPU seconds (user + system) the process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

type Fetched = { ms: number; bytes: number; body: unknown };
async function get(base: string, cookie: string, url: string): Promise<Fetched> {
  const t0 = performance.now();
  const res = await fetch(`${base}${url}`, { headers: { cookie } });
  const text = await res.text();
  if (!res.ok) throw new Error(`${url}: ${res.status} ${text.slice(0, 200)}`);
  return { ms: performance.now() - t0, bytes: text.length, body: JSON.parse(text) };
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), max: s.at(-1) ?? Number.NaN };
};
const ms = (v: number) => v.toFixed(1);

/** The record page's data, as the page loads it: the case, the record and the whole chart, together. */
async function openRecord(base: string, cookie: string, caseId: string) {
  const t0 = performance.now();
  const parts = await Promise.all([
    get(base, cookie, `/api/v1/cases/${caseId}`),
    get(base, cookie, `/api/v1/cases/${caseId}/record`),
    get(base, cookie, `/api/v1/cases/${caseId}/observations/series`),
  ]);
  const series = parts[2].body as { count: number; bucketSeconds: number };
  return {
    ms: performance.now() - t0,
    parts: parts.map((p) => p.ms),
    bytes: parts.reduce((a, p) => a + p.bytes, 0),
    count: series.count,
    bucketSeconds: series.bucketSeconds,
  };
}

/** The readings PostgreSQL has handed out of the observations table and its rollup, so far. */
async function readingsRead(pgUrl: string | null): Promise<number | null> {
  if (!pgUrl) return null;
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  const r = await c.query<{ n: string }>(
    `select coalesce(sum(coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)), 0)::text as n
     from pg_stat_user_tables where relname = 'observations'`,
  );
  await c.end();
  return Number(r.rows[0]!.n);
}

/**
 * An open record page: subscribed to its case and its room, reloading what each event says changed
 * (src/web/anesthesia/record-live.ts), and counting what it fetched.
 */
function openPage(base: string, cookie: string, caseId: string, room: string) {
  const ws = new WebSocket(`${base.replace('http', 'ws')}/api/v1/ws`, { headers: { cookie } });
  let busy = 0;
  let requests = 0;
  let bytes = 0;
  let readings = 0;
  const run = async (url: string) => {
    busy++;
    try {
      const r = await get(base, cookie, url);
      requests++;
      bytes += r.bytes;
      const count = (r.body as { count?: number }).count;
      if (url.includes('/observations/series') && typeof count === 'number') readings += count;
    } finally {
      busy--;
    }
  };
  const react = (reload: PageReload) => {
    if (reload.case) void run(`/api/v1/cases/${caseId}`);
    if (reload.record) void run(`/api/v1/cases/${caseId}/record`);
    if (reload.readings === 'all') void run(`/api/v1/cases/${caseId}/observations/series`);
    else if (reload.readings !== 'none') {
      const from = reload.readings === 'new' ? Date.now() - 60_000 : reload.readings.from;
      void run(
        `/api/v1/cases/${caseId}/observations/series?from=${encodeURIComponent(new Date(from).toISOString())}&bucketSeconds=60`,
      );
    }
  };
  const ready = new Promise<void>((resolve) => {
    ws.on('open', () => {
      ws.send(JSON.stringify({ type: 'subscribe', topics: [`case:${caseId}`, `or_room:${room}`] }));
      setTimeout(resolve, 200);
    });
  });
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data)) as { type: string; topic: string; event: AnesthesiaEvent };
    if (msg.type === 'event') react(recordReloads(msg.event));
  });
  return {
    ready,
    idle: async () => {
      // Events arrive after the write commits; give them a moment, then wait for the fetches.
      await new Promise((r) => setTimeout(r, 150));
      while (busy > 0) await new Promise((r) => setTimeout(r, 5));
    },
    counts: () => ({ requests, bytes, readings }),
    close: () => ws.close(),
  };
}

async function drugEntries(base: string, doctor: string, caseId: string, room: string, pgUrl: string | null) {
  const pages = Array.from({ length: PAGES }, () => openPage(base, doctor, caseId, room));
  await Promise.all(pages.map((p) => p.ready));
  const before = await readingsRead(pgUrl);
  const times: number[] = [];
  for (let i = 0; i < DRUGS; i++) {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/v1/cases/${caseId}/record/drugs`, {
      method: 'POST',
      headers: { cookie: doctor, 'content-type': 'application/json' },
      body: JSON.stringify({ drug: 'propofol', kind: 'bolus', dose: 20, startAt: new Date().toISOString() }),
    });
    if (!res.ok) throw new Error(`drug: ${res.status} ${await res.text()}`);
    await Promise.all(pages.map((p) => p.idle()));
    times.push(performance.now() - t0 - 150);
  }
  // PostgreSQL publishes a backend's table statistics when it has been idle a while.
  if (pgUrl) await new Promise((r) => setTimeout(r, 11_000));
  const after = await readingsRead(pgUrl);
  const counts = pages.map((p) => p.counts());
  for (const p of pages) p.close();
  return {
    times,
    requests: counts.reduce((a, c) => a + c.requests, 0) / DRUGS,
    kb: counts.reduce((a, c) => a + c.bytes, 0) / DRUGS / 1024,
    resent: counts.reduce((a, c) => a + c.readings, 0) / DRUGS,
    rowsRead: before !== null && after !== null ? (after - before) / DRUGS : null,
  };
}

/** The big screen polled once a second for `SECONDS` while every room sends; the server's CPU meanwhile. */
async function overview(base: string, nurse: string, pid: number) {
  await get(base, nurse, '/api/v1/overview/rooms'); // warm-up
  const times: number[] = [];
  const cpu0 = cpuSeconds(pid);
  const t0 = performance.now();
  while (performance.now() - t0 < SECONDS * 1000) {
    const started = performance.now();
    const r = await get(base, nurse, '/api/v1/overview/rooms');
    const rooms = (r.body as { rooms: { caseId: string | null }[] }).rooms;
    if (rooms.filter((x) => x.caseId).length !== ROOMS) throw new Error('a room is missing its case');
    times.push(r.ms);
    await new Promise((res) => setTimeout(res, Math.max(0, 1000 - (performance.now() - started))));
  }
  const cpu = (cpuSeconds(pid) - cpu0) / ((performance.now() - t0) / 1000);
  return { times, cpu };
}

const results = new Map<string, Record<string, string | number>>();
const put = (engine: string, figures: Record<string, string | number>) => {
  for (const [metric, v] of Object.entries(figures))
    results.set(metric, { metric, ...(results.get(metric) ?? {}), [engine]: v });
};
console.log(
  `record benchmark: ${ROOMS} rooms at 1 Hz, ${HOURS} h of readings per case, ${PAGES} open pages per drug entry`,
);
for (const engine of engines) {
  const { database, env, cleanup } = await benchDatabase(engine, {
    pgUrl: values['pg-url']!,
    name: BENCH_DB,
  });
  const pgUrl = engine === 'postgresql' ? env.DATABASE_URL! : null;
  try {
    await runMigrations(database);
    const now = Date.now();
    const inRoomAt = now - HOURS * HOUR;
    await seedDepartment(database.db, dept, new Date(inRoomAt));
    // First the last hour only: the big screen after one hour of readings.
    const last = await seedReadings(database.db, dept, now - HOUR, now);
    await database.close();
    console.log(
      `  ${engine}: ${last.readings.toLocaleString()} readings of the last hour in ${last.seconds.toFixed(0)} s`,
    );
    let server = await startServer(env);
    let sim = startSimulation({ port: server.mllpPort, devices: monitors, hz: 1 });
    const nurse = await login(server.base, 'bench-nurse');
    const early = await overview(server.base, nurse, server.child.pid!);
    await sim.stop();
    await stopServer(server.child);

    // Then the hours before it: every case now has its whole history.
    const reopened = await benchDatabase(engine, { pgUrl: values['pg-url']!, name: BENCH_DB, reuse: true });
    const rest = await seedReadings(reopened.database.db, dept, inRoomAt, now - HOUR);
    const [total] = await rows<{ n: number }>(
      reopened.database.db,
      sql`select count(*)::int as n from observations`,
    );
    await reopened.database.close();
    console.log(
      `  ${engine}: ${rest.readings.toLocaleString()} earlier readings in ${rest.seconds.toFixed(0)} s; ${total!.n.toLocaleString()} stored`,
    );
    server = await startServer(env);
    sim = startSimulation({ port: server.mllpPort, devices: monitors, hz: 1 });
    const doctor = await login(server.base, 'bench-anesthesiologist');
    const nurse2 = await login(server.base, 'bench-nurse');
    const t0 = performance.now();
    await openRecord(server.base, doctor, caseIds[0]!);
    await get(server.base, nurse2, '/api/v1/overview/rooms');
    const warm = performance.now() - t0;

    const opens: Awaited<ReturnType<typeof openRecord>>[] = [];
    for (let i = 0; i < OPENS; i++) opens.push(await openRecord(server.base, doctor, caseIds[i % ROOMS]!));
    const late = await overview(server.base, nurse2, server.child.pid!);
    // The drug entries with the monitors quiet, so that every fetch is the entry's.
    await sim.stop();
    const drug = await drugEntries(server.base, doctor, caseIds[0]!, monitors[0]!.room, pgUrl);
    await stopServer(server.child);

    const open = stats(opens.map((o) => o.ms));
    const part = (k: number) => stats(opens.map((o) => o.parts[k]!)).p95;
    const drugT = stats(drug.times);
    const e = stats(early.times);
    const l = stats(late.times);
    put(engine, {
      'first read s': (warm / 1000).toFixed(1),
      'open p50 ms': ms(open.p50),
      'open p95 ms': ms(open.p95),
      'case/record/series p95': `${ms(part(0))}/${ms(part(1))}/${ms(part(2))}`,
      'open KB': (opens[0]!.bytes / 1024).toFixed(0),
      'drug→5 pages p95 ms': ms(drugT.p95),
      'req/drug': drug.requests.toFixed(1),
      'KB/drug': drug.kb.toFixed(1),
      'readings resent/drug': Math.round(drug.resent),
      'obs rows read/drug': drug.rowsRead === null ? 'n/a' : Math.round(drug.rowsRead),
      'overview 1h p50/p95 ms': `${ms(e.p50)}/${ms(e.p95)}`,
      [`overview ${HOURS}h p50/p95 ms`]: `${ms(l.p50)}/${ms(l.p95)}`,
      [`server CPU 1h/${HOURS}h`]: `${(early.cpu * 100).toFixed(0)} %/${(late.cpu * 100).toFixed(0)} %`,
    });
    console.log(
      `  ${engine}: chart ${opens[0]!.count.toLocaleString()} readings in ${opens[0]!.bucketSeconds} s buckets`,
    );
  } finally {
    await cleanup();
  }
}
printTable([...results.values()]);
console.log(
  'goal (PostgreSQL): open p95 < 150 ms; a drug entry re-reads no reading; overview p95 < 50 ms, not growing, server CPU < 10 % of one core',
);
