// `npm run bench -- beds`: the department bed pool (issue 13) on PostgreSQL — 8 wards / 400 beds with three
// years of admissions (≈ 36,000) and a 60-patient waiting list — prints:
//   1. the joint assignment of the waiting list: the pure domain (proposeJoint on the department snapshot)
//      and GET /api/v1/beds/proposals through the server (snapshot load included)   goal < 200 ms
//   2. the bed board (GET /api/v1/beds/board) at 50 concurrent clients                goal p95 < 50 ms
//   3. the statistics of one year for all wards (GET /api/v1/beds/statistics)        goal < 300 ms
import { parseArgs } from 'node:util';
import { runMigrations } from '../src/db/client';
import { DEFAULT_BED_RULES, proposeJoint } from '../src/domain/beds/assignment';
import { buildDepartmentFixture } from '../src/domain/beds/assignment.fixture';
import { addDays } from '../src/domain/quality/bed-days';
import { seedBedPool } from './_beds-seed';
import { benchDatabase, benchLogin, startBenchServer } from './_process';
import { percentile, printTable } from './_stats';

const { values: args } = parseArgs({
  options: {
    wards: { type: 'string', default: '8' },
    'beds-per-ward': { type: 'string', default: '50' },
    years: { type: 'string', default: '3' },
    waiting: { type: 'string', default: '60' },
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '15' },
    runs: { type: 'string', default: '20' },
    engines: { type: 'string', default: 'postgresql' },
    keep: { type: 'boolean', default: false },
    'pg-url': {
      type: 'string',
      default: process.env.PERIOP_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    },
  },
});
const WARDS = Number(args.wards);
const BEDS = Number(args['beds-per-ward']);
const RUNS = Number(args.runs);
const CLIENTS = Number(args.clients);
const SECONDS = Number(args.seconds);
const USER = 'bench_charge_nurse';
const PASSWORD = 'Bench@Periop2026';

const ms = (v: number) => v.toFixed(1);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const summary = (xs: number[]) => {
  const s = sorted(xs);
  return { 'median ms': ms(percentile(s, 50)), 'p95 ms': ms(percentile(s, 95)), 'worst ms': ms(s.at(-1)!) };
};

async function timed(url: string, cookie: string): Promise<{ ms: number; body: unknown }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  const body = await res.json();
  const elapsed = performance.now() - t0;
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { ms: elapsed, body };
}

/** The pure joint assignment on the domain's reproducible department of the same size. */
function domainJoint() {
  const fixture = buildDepartmentFixture(WARDS, BEDS, 7, { patients: Number(args.waiting) });
  const times: number[] = [];
  let placed = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = proposeJoint(fixture.snapshot, DEFAULT_BED_RULES, fixture.waiting);
    times.push(performance.now() - t0);
    placed = r.proposals.filter((p) => p.kind === 'bed').length;
  }
  return { times, placed };
}

async function boardLoad(base: string, cookie: string) {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const res = await fetch(`${base}/api/v1/beds/board`, { headers: { cookie } });
        await res.arrayBuffer();
        if (res.ok) latencies.push(performance.now() - t0);
        else errors++;
      }
    }),
  );
  return { latencies, errors };
}

for (const engine of args.engines.split(',') as ('postgresql' | 'pglite')[]) {
  console.log(`\n== beds bench on ${engine}: ${WARDS} wards × ${BEDS} beds, ${args.years} years ==`);
  const { database, env, cleanup } = await benchDatabase(engine, {
    pgUrl: args['pg-url']!,
    name: 'periop_bench_beds',
    keep: args.keep,
  });
  try {
    await runMigrations(database);
    const now = new Date();
    const t0 = performance.now();
    const seed = await seedBedPool(database, {
      wards: WARDS,
      bedsPerWard: BEDS,
      years: Number(args.years),
      waiting: Number(args.waiting),
      username: USER,
      password: PASSWORD,
      now,
    });
    await database.close();
    console.log(
      `  seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${seed.admissions.toLocaleString()} admissions, ` +
        `${seed.stays.toLocaleString()} bed stays, ${seed.occupied} patients in now, ${seed.waiting} waiting`,
    );
    const server = await startBenchServer('src/server/main.ts', env);
    try {
      const cookie = await benchLogin(server.base, USER, PASSWORD);
      const today = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
      const domain = domainJoint();
      const proposals: number[] = [];
      let placed = 0;
      for (let i = 0; i < RUNS + 2; i++) {
        const r = await timed(`${server.base}/api/v1/beds/proposals?date=${today}`, cookie);
        if (i >= 2) proposals.push(r.ms);
        const items = (r.body as { items: { kind: string }[] }).items;
        placed = items.filter((p) => p.kind === 'bed').length;
      }
      const board = await boardLoad(server.base, cookie);
      const from = addDays(today, -365);
      const to = addDays(today, -1);
      const stats: number[] = [];
      let figures: unknown = null;
      for (let i = 0; i < RUNS + 2; i++) {
        const r = await timed(`${server.base}/api/v1/beds/statistics?from=${from}&to=${to}`, cookie);
        if (i >= 2) stats.push(r.ms);
        figures = r.body;
      }
      const b = sorted(board.latencies);
      printTable([
        {
          measure: `joint assignment, domain (${args.waiting} patients, ${domain.placed} placed)`,
          ...summary(domain.times),
          goal: '< 200 ms',
        },
        { measure: `GET /beds/proposals (${placed} placed)`, ...summary(proposals), goal: '< 200 ms' },
        {
          measure: `GET /beds/board, ${CLIENTS} clients × ${SECONDS} s (${board.latencies.length} req, ${board.errors} errors)`,
          'median ms': ms(percentile(b, 50)),
          'p95 ms': ms(percentile(b, 95)),
          'worst ms': `${ms(percentile(b, 99))} (p99)`,
          goal: 'p95 < 50 ms',
        },
        { measure: `GET /beds/statistics ${from} … ${to}, all wards`, ...summary(stats), goal: '< 300 ms' },
      ]);
      console.log(`  one year's figures: ${JSON.stringify(figures)}`);
    } finally {
      server.child.kill();
    }
  } finally {
    await cleanup();
  }
}
