import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { runMigrations } from '../src/db/client';
import { DEMO_PASSWORD } from '../src/db/demo/accounts';
import { seedDemo } from '../src/db/demo/load';
import { rows } from '../src/db/rows';
import { benchDatabase, benchLogin, startBenchServer } from './_process';
import { percentile, printTable } from './_stats';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '200000' },
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '15' },
    engines: { type: 'string', default: 'postgresql,pglite' },
    // Keep the seeded data afterwards / reuse it when present (for iterating on the server).
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    'pg-url': {
      type: 'string',
      default: process.env.PERIOP_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    },
  },
});
const CASES = Number(values.cases);
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);
const engines = values.engines.split(',') as ('postgresql' | 'pglite')[];
const BENCH_DB = 'periop_bench_registry';

type Terms = { queries: string[]; ids: string[] };

async function prepare(
  engine: 'postgresql' | 'pglite',
): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  const { database, env, cleanup } = await benchDatabase(engine, {
    pgUrl: values['pg-url']!,
    name: BENCH_DB,
    reuse: values.reuse,
    keep: values.keep,
  });
  await runMigrations(database);
  const [present] = await rows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from surgical_cases`,
  );
  if (values.reuse && present!.n >= CASES) {
    console.log(`  reusing ${engine}: ${present!.n.toLocaleString()} cases already there`);
    await database.close();
    return { env, cleanup };
  }
  const t0 = performance.now();
  let lastShown = 0;
  await seedDemo(database, {
    cases: CASES,
    seed: 7,
    now: new Date(),
    onProgress: (done: number, total: number) => {
      const pct = Math.floor((done / total) * 100);
      if (pct >= lastShown + 10) {
        lastShown = pct;
        process.stdout.write(`  seeding ${engine}: ${pct}%\r`);
      }
    },
  });
  await database.db.execute(sql`analyze`);
  const [counts] = await rows<{ patients: number; cases: number }>(
    database.db,
    sql`select (select count(*)::int from patients) as patients, (select count(*)::int from surgical_cases) as cases`,
  );
  console.log(
    `  seeded ${engine}: ${counts!.cases.toLocaleString()} cases, ${counts!.patients.toLocaleString()} patients in ${(
      (performance.now() - t0) / 1000
    ).toFixed(1)} s`,
  );
  await database.close();
  return { env, cleanup };
}

async function sampleTerms(base: string, cookie: string): Promise<Terms> {
  // Terms come from real rows: MRNs, pinyin initials, name prefixes and phone tails.
  const queries: string[] = [];
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 20; page++) {
    const res = await fetch(`${base}/api/v1/patients?limit=100${cursor ? `&cursor=${cursor}` : ''}`, {
      headers: { cookie },
    });
    const body = (await res.json()) as {
      items: { id: string; mrn: string; name: string; nameInitials: string; phone: string | null }[];
      nextCursor: string | null;
    };
    for (const p of body.items) {
      ids.push(p.id);
      queries.push(p.mrn, p.nameInitials.slice(0, 3), p.name.slice(0, 2));
      if (p.phone) queries.push(p.phone.slice(-4));
    }
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return { queries, ids };
}

async function load(base: string, cookie: string, urls: string[], seconds: number) {
  const latencies: number[] = [];
  let errors = 0;
  let i = 0;
  const deadline = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const url = urls[i++ % urls.length]!;
      const t0 = performance.now();
      const res = await fetch(base + url, { headers: { cookie } });
      await res.arrayBuffer();
      if (!res.ok) errors++;
      latencies.push(performance.now() - t0);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
  };
}

const results: Record<string, string | number>[] = [];
console.log(
  `registry benchmark: ${CASES.toLocaleString()} cases, ${CLIENTS} concurrent clients, ${SECONDS} s per workload`,
);
for (const engine of engines) {
  const { env, cleanup } = await prepare(engine);
  const { base, child } = await startBenchServer('src/server/main.ts', env);
  try {
    const cookie = await benchLogin(base, 'nurse', DEMO_PASSWORD);
    const terms = await sampleTerms(base, cookie);
    const shuffle = <T>(a: T[]) =>
      a
        .map((v, k) => [((k * 2654435761) % 4294967296) / 4294967296, v] as const)
        .sort((x, y) => x[0] - y[0])
        .map(([, v]) => v);
    const searchUrls = shuffle(terms.queries).map((q) => `/api/v1/patients?q=${encodeURIComponent(q)}`);
    const chartUrls = shuffle(terms.ids).map((id) => `/api/v1/patients/${id}`);
    await load(base, cookie, searchUrls, 2); // warm-up
    for (const [workload, urls] of [
      ['patient search', searchUrls],
      ['chart load', chartUrls],
    ] as const) {
      const r = await load(base, cookie, urls, SECONDS);
      results.push({
        engine,
        workload,
        requests: r.requests,
        'req/s': r.rps.toFixed(0),
        'p50 ms': r.p50.toFixed(1),
        'p95 ms': r.p95.toFixed(1),
        'p99 ms': r.p99.toFixed(1),
        errors: r.errors,
      });
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await cleanup();
  }
}
printTable(results);
console.log('goal: p95 < 50 ms on PostgreSQL');
