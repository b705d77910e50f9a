// `npm run bench -- early-warning [--patients 10000] [--days 7] [--clients 200] [--rate 20] [--seconds 20]
//   [--runs 3] [--engines postgresql,pglite] [--keep] [--reuse]`
// Inpatients on 40-bed wards, each with `days` of four-hourly observation sets (as the demo charts
// them) scored with the product's NEWS2. Measures (1) recomputing every patient's current NEWS2 and
// overdue status the ways the product does — the ward board's queries for every ward and the escalation
// job — and (2) the delay from an observation set's commit to its alert at the ward-board WebSocket
// clients of the real server, with sets posted open-loop at `rate` per second through the API.
import type { ChildProcess } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { type Database, type Db, runMigrations } from '../src/db/client';
import { alertsOfWards } from '../src/db/monitoring/ews-alert.repo';
import { latestSets, wardBeds } from '../src/db/monitoring/ward-board.repo';
import { rows } from '../src/db/rows';
import { isOverdue } from '../src/domain/monitoring/escalation';
import type { News2Input } from '../src/domain/scores/news2';
import { runEscalation } from '../src/server/monitoring/escalation.job';
import { RealtimeHub } from '../src/server/realtime/hub';
import { benchDatabase, startBenchServer } from './_process';
import { percentile, printTable } from './_stats';
import { alertDelays } from './_ward-alerts';
import { score, seedWards, wardLayout } from './_ward-seed';

const { values: args } = parseArgs({
  options: {
    patients: { type: 'string', default: '10000' },
    days: { type: 'string', default: '7' },
    'beds-per-ward': { type: 'string', default: '40' },
    clients: { type: 'string', default: '200' },
    rate: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '20' },
    runs: { type: 'string', default: '3' },
    engines: { type: 'string', default: 'postgresql' },
    // Keep the seeded data afterwards / reuse it when present (for iterating; a reused seed has aged).
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    'pg-url': {
      type: 'string',
      default: process.env.PERIOP_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    },
  },
});
const PATIENTS = Number(args.patients);
const BEDS = Number(args['beds-per-ward']);
const SETS_PER_PATIENT = Number(args.days) * 6; // every 4 hours
const CLIENTS = Number(args.clients);
const RATE = Number(args.rate);
const SECONDS = Number(args.seconds);
const WARMUP_SECONDS = 2;
const RUNS = Number(args.runs);
const engines = args.engines.split(',') as ('postgresql' | 'pglite')[];
const BENCH_DB = 'periop_bench_early_warning';
const PASSWORD = 'Bench@Periop2026';

/** Every open case's latest set re-scored with NEWS2, its due time and overdue status, checked against what is stored. */
async function rescoreAll(db: Db, now: Date) {
  const latest = await rows<{
    values: News2Input;
    total: number | null;
    taken_at: string;
    next_due_at: string | null;
  }>(
    db,
    sql`
      select s.values, s.total, s.taken_at, s.next_due_at from surgical_cases c
      cross join lateral (
        select values, total, taken_at, next_due_at from observation_sets o
        where o.case_id = c.id order by taken_at desc, id desc limit 1
      ) s where c.status in ('ward', 'icu', 'pacu_out')`,
  );
  let overdue = 0;
  let mismatched = 0;
  for (const s of latest) {
    const { result, nextDueAt } = score(s.values, new Date(s.taken_at).getTime());
    const total = result.status === 'complete' ? result.total : null;
    const stored = s.next_due_at === null ? null : new Date(s.next_due_at).getTime();
    if (total !== s.total || nextDueAt !== stored) mismatched++;
    if (nextDueAt !== null && isOverdue(nextDueAt, now.getTime())) overdue++;
  }
  return { patients: latest.length, overdue, mismatched };
}

/**
 * The board queries of GET /wards/:id/board for the whole department at once (every ward's beds, their
 * latest sets and open alerts), with the board's derivation: every inpatient's current NEWS2 and overdue.
 */
async function allBoards(db: Db, wardIds: string[], now: Date) {
  const beds = await wardBeds(db, wardIds);
  const caseIds = beds.map((b) => b.caseId).filter((id): id is string => !!id);
  const [sets, alerts] = await Promise.all([latestSets(db, caseIds), alertsOfWards(db, wardIds)]);
  const latestOf = new Map<string, (typeof sets)[number]>();
  for (const s of sets) if (!latestOf.has(s.case_id)) latestOf.set(s.case_id, s);
  const alertsOf = new Map<string, number>();
  for (const a of alerts) alertsOf.set(a.caseId, (alertsOf.get(a.caseId) ?? 0) + 1);
  let patients = 0;
  let overdue = 0;
  let openAlerts = 0;
  for (const b of beds) {
    const latest = b.caseId ? latestOf.get(b.caseId) : undefined;
    if (!latest) continue;
    patients++;
    if (latest.next_due_at && isOverdue(new Date(latest.next_due_at).getTime(), now.getTime())) overdue++;
    openAlerts += alertsOf.get(b.caseId!) ?? 0;
  }
  return { patients, overdue, openAlerts };
}

async function recompute(database: Database, wardIds: string[]) {
  const hub = new RealtimeHub(); // publishes with NOTIFY only; nobody needs to listen here
  const pass = async () => {
    const now = new Date();
    const t0 = performance.now();
    const rescored = await rescoreAll(database.db, now);
    const t1 = performance.now();
    const boards = await allBoards(database.db, wardIds, now);
    const t2 = performance.now();
    const job = await runEscalation(database, hub, now);
    const t3 = performance.now();
    return { rescore: t1 - t0, boards: t2 - t1, job: t3 - t2, rescored, board: boards, escalation: job };
  };
  // The job's first run raises the overdue alerts the seed implies; the timed runs are its steady state.
  const t0 = performance.now();
  const escalation = await runEscalation(database, hub, new Date());
  const first = { job: performance.now() - t0, escalation };
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await pass());
  return { first, runs };
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '—');
const spread = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: ms(s[0] ?? Number.NaN), median: ms(percentile(s, 50)), max: ms(s.at(-1) ?? Number.NaN) };
};
const tail = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return {
    'p50 ms': ms(percentile(s, 50)),
    'p95 ms': ms(percentile(s, 95)),
    'p99 ms': ms(percentile(s, 99)),
    'max ms': ms(s.at(-1) ?? Number.NaN),
  };
};

const recomputeRows: Record<string, string | number>[] = [];
const delayRows: Record<string, string | number>[] = [];
const verdicts: string[] = [];
console.log(
  `early-warning benchmark: ${PATIENTS.toLocaleString()} inpatients, ${SETS_PER_PATIENT} sets each (every 4 h), ` +
    `${CLIENTS} ward-board clients, ${RATE} alerting sets/s for ${SECONDS} s`,
);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log(`  machine: ${availableParallelism()} cores, load average ${load()} before the run`);
for (const engine of engines) {
  const { database, env, cleanup } = await benchDatabase(engine, {
    pgUrl: args['pg-url']!,
    name: BENCH_DB,
    reuse: args.reuse,
    keep: args.keep,
  });
  let open: Database | null = database;
  let child: ChildProcess | null = null;
  try {
    await runMigrations(database);
    const [present] = await rows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from surgical_cases where status = 'ward'`,
    );
    if (args.reuse && present!.n >= PATIENTS)
      console.log(`  reusing ${engine}: ${present!.n} inpatients (seeded earlier)`);
    else {
      const t0 = performance.now();
      const s = await seedWards(database, {
        patients: PATIENTS,
        bedsPerWard: BEDS,
        setsPerPatient: SETS_PER_PATIENT,
        password: PASSWORD,
        now: Date.now(),
      });
      console.log(
        `  seeded ${engine}: ${PATIENTS.toLocaleString()} inpatients, ${s.sets.toLocaleString()} observation sets, ` +
          `${s.alerts.toLocaleString()} open alerts in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    }
    const wards = await wardLayout(database.db);
    const r = await recompute(
      database,
      wards.map((w) => w.id),
    );
    const last = r.runs.at(-1)!;
    console.log(
      `  ${engine}: ${last.rescored.patients} patients re-scored (${last.rescored.mismatched} differ from stored), ` +
        `${last.rescored.overdue} overdue; boards: ${last.board.patients} patients, ${last.board.overdue} overdue, ` +
        `${last.board.openAlerts} open alerts; the job's first run raised ${r.first.escalation.overdue} overdue ` +
        `alerts and escalated ${r.first.escalation.escalated} in ${ms(r.first.job)} ms`,
    );
    const steps = [
      ['re-score every latest set (news2.compute)', r.runs.map((x) => x.rescore)],
      [`board queries, all ${wards.length} wards at once`, r.runs.map((x) => x.boards)],
      ['overdue/escalation job (runEscalation)', r.runs.map((x) => x.job)],
      ['board pass + job', r.runs.map((x) => x.boards + x.job)],
    ] as const;
    for (const [step, xs] of steps) {
      const s = spread([...xs]);
      recomputeRows.push({
        engine,
        step,
        runs: xs.length,
        'min ms': s.min,
        'median ms': s.median,
        'max ms': s.max,
      });
    }
    const worst = Math.max(...r.runs.map((x) => x.boards + x.job));
    verdicts.push(
      `${engine}: recompute (board pass + job) max ${ms(worst)} ms — ${worst < 1000 ? 'met' : 'MISSED'}`,
    );

    // PGlite is one process's database: the server must have it alone.
    if (engine === 'pglite') {
      await database.close();
      open = null;
    }
    const server = await startBenchServer(join(import.meta.dirname, '_server-main.ts'), {
      ...env,
      MLLP_ENABLED: 'false',
    });
    child = server.child;
    const d = await alertDelays(server.base, wards, open, {
      clients: CLIENTS,
      rate: RATE,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      password: PASSWORD,
    });
    const rows2: [string, number[]][] = [
      ['commit → alert at WS client', d.commitToAlert],
      ['POST sent → alert at WS client', d.sentToAlert],
      ['commit → board refetch shows it', d.commitToBoard],
      ['commit → POST response', d.commitToResponse],
      ['POST round trip', d.roundTrip],
    ];
    for (const [measure, xs] of rows2) {
      if (xs.length === 0) continue;
      const of = measure.startsWith('commit → POST') || measure === 'POST round trip' ? d.posts : d.expected;
      delayRows.push({ engine, measure, arrived: xs.length, of, ...tail(xs) });
    }
    console.log(
      `  ${engine}: ${CLIENTS} boards on ${d.boardWards} wards, each subscribed to its ward:<id>; ` +
        `${d.posts} measured sets (after ${WARMUP_SECONDS} s warm-up), each alert due at its ward's boards`,
    );
    if (d.stillFetching)
      console.log(`  ${engine}: ${d.stillFetching} boards were still refetching 10 s after the last set`);
    if (d.boardErrors) console.log(`  ${engine}: ${d.boardErrors} board refetches failed`);
    if (d.errors.length) console.log(`  ${engine}: ${d.errors.length} posts failed, e.g. ${d.errors[0]}`);
    if (d.duplicates) console.log(`  ${engine}: ${d.duplicates} duplicate alert events`);
    const key = d.commitToAlert.length ? d.commitToAlert : d.sentToAlert;
    const p99 = percentile(
      [...key].sort((a, b) => a - b),
      99,
    );
    const all = d.sentToAlert.length === d.expected && d.errors.length === 0;
    verdicts.push(
      `${engine}: ${d.sentToAlert.length}/${d.expected} alert events arrived, p99 ${d.commitToAlert.length ? 'commit' : 'POST sent'} → alert ` +
        `${ms(p99)} ms — ${p99 < 500 && all ? 'met' : 'MISSED'}`,
    );
  } finally {
    if (child) {
      const c = child;
      c.kill('SIGTERM');
      await new Promise((res) => c.once('exit', res));
    }
    await open?.close();
    await cleanup();
  }
}
console.log(
  '\nrecompute every patient’s current NEWS2 and overdue status (after the job’s untimed first run)',
);
printTable(recomputeRows);
console.log(
  '\ndelay from an observation set’s commit to its alert (commit = its NOTIFY at an independent listener;' +
    ' a board refetches on every event, as the web board does)',
);
printTable(delayRows);
console.log(`\nload average ${load()} after the run (other work on the machine slows every figure)`);
console.log('goals: recompute < 1 s; p99 commit → alert < 500 ms at every client, all events arriving');
for (const v of verdicts) console.log(`  ${v}`);
