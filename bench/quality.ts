// `npm run bench -- quality [--episodes 200000] [--engine postgresql|pglite]`: issue 12's figures on a fresh
// database — the history import of `episodes` case-episodes over three years (goal ≥ 5,000 episodes/s), all 43
// indicators of both editions for one year (goal < 1 s) and for one month (goal < 200 ms), and one drill-down list
// (goal < 100 ms), each read several times over HTTP (in-process inject) as the quality officer. A period's imported
// rows are kept between reads (src/server/quality/history-rows.ts), so the year's first read, which reads them from
// the database, is shown on its own line too.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { runMigrations } from '../src/db/client';
import { newId } from '../src/db/ids';
import { hashPassword } from '../src/db/platform/password';
import { rows } from '../src/db/rows';
import { users } from '../src/db/schema';
import { historyFileSet } from '../src/domain/interop/history/history-sample.fixture';
import { buildApp } from '../src/server/app';
import { defaultConfig } from '../src/server/config';
import { multipartBody } from '../src/server/testing/multipart';
import { login } from '../src/server/testing/test-app';
import { benchDatabase } from './_process';
import { percentile, printTable } from './_stats';

const { values } = parseArgs({
  options: {
    episodes: { type: 'string', default: '200000' },
    engine: { type: 'string', default: 'postgresql' },
    repeat: { type: 'string', default: '7' },
    keep: { type: 'boolean', default: false },
    'pg-url': {
      type: 'string',
      default: process.env.PERIOP_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    },
  },
});
const EPISODES = Number(values.episodes);
const REPEAT = Number(values.repeat);
const engine = values.engine as 'postgresql' | 'pglite';
const PASSWORD = 'Bench@Periop2026';

const { database, cleanup } = await benchDatabase(engine, {
  pgUrl: values['pg-url']!,
  name: 'periop_bench_quality',
  keep: values.keep,
});
await runMigrations(database);
const app = await buildApp({ database, config: defaultConfig({ LOG_LEVEL: 'silent', MLLP_ENABLED: false }) });
await app.ready();
await database.db.insert(users).values({
  id: newId(),
  username: 'qc',
  displayName: '质控员',
  role: 'quality',
  allWards: true,
  wardIds: [],
  passwordHash: await hashPassword(PASSWORD),
});
const cookie = await login(app, 'qc', PASSWORD);

console.log(
  `issue 12 quality benchmark — ${engine}, ${EPISODES.toLocaleString()} case-episodes over 3 years`,
);
const g0 = performance.now();
const files = historyFileSet(EPISODES);
const mb = (Buffer.byteLength(files.cases) / 1e6).toFixed(1);
console.log(
  `  generated the file set in ${((performance.now() - g0) / 1000).toFixed(1)} s (cases.csv ${mb} MB)`,
);

// ── The import: from the upload to the job's end ──
const body = multipartBody(
  Object.fromEntries(Object.entries(files).map(([k, v]) => [k, { name: `${k}.csv`, content: v }])),
);
const i0 = performance.now();
const accepted = await app.inject({
  method: 'POST',
  url: '/api/v1/imports/history',
  headers: { cookie, ...body.headers },
  payload: body.payload,
});
if (accepted.statusCode !== 202) throw new Error(`import refused: ${accepted.body}`);
await app.ctx.historyImports.idle();
const importSeconds = (performance.now() - i0) / 1000;
const state = (
  await app.inject({ method: 'GET', url: `/api/v1/imports/${accepted.json().id}`, headers: { cookie } })
).json();
if (state.status !== 'done')
  throw new Error(`import ${state.status}: ${JSON.stringify(state.errors.slice(0, 5))}`);
await database.db.execute(sql`analyze`);
const [stored] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from history_episodes`);

// ── The reads ──
async function timed(url: string): Promise<{ ms: number[]; body: string }> {
  const ms: number[] = [];
  let last = '';
  for (let k = 0; k < REPEAT; k++) {
    const t = performance.now();
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    ms.push(performance.now() - t);
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    last = res.body;
  }
  return { ms: ms.sort((a, b) => a - b), body: last };
}
const both = async (from: string, to: string, times = REPEAT) => {
  const ms: number[] = [];
  for (let k = 0; k < times; k++) {
    const t = performance.now();
    for (const edition of ['2022', '2015']) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/quality/indicators?edition=${edition}&from=${from}&to=${to}`,
        headers: { cookie },
      });
      if (res.statusCode !== 200) throw new Error(res.body);
    }
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b);
};
const yearFirst = await both('2024-01-01', '2024-12-31', 1);
const year = await both('2024-01-01', '2024-12-31');
const month = await both('2024-06-01', '2024-06-30');
const drill = await timed(
  '/api/v1/quality/indicators/AQI-IHT-10/cases?edition=2022&from=2024-06-01&to=2024-06-30&term=numerator',
);
const drillCount = JSON.parse(drill.body).items.length as number;
const kpis = await timed('/api/v1/quality/kpis?from=2024-01-01&to=2024-12-31');

const row = (what: string, ms: number[], goal: string) => ({
  measure: what,
  median: `${percentile(ms, 50).toFixed(0)} ms`,
  max: `${ms[ms.length - 1]!.toFixed(0)} ms`,
  goal,
});
console.log(
  `\n  import: ${stored!.n.toLocaleString()} episodes (${state.counts.persons.toLocaleString()} persons, ${state.counts.admissions.toLocaleString()} admissions, ${state.counts.deliveries.toLocaleString()} deliveries) in ${importSeconds.toFixed(1)} s = ${Math.round(EPISODES / importSeconds).toLocaleString()} episodes/s (goal ≥ 5,000/s)\n`,
);
printTable([
  row('43 indicators, both editions, one year (2024)', year, '< 1 s'),
  row('  the same, first read after the import', yearFirst, '—'),
  row('43 indicators, both editions, one month (2024-06)', month, '< 200 ms'),
  row(`drill-down AQI-IHT-10 numerator, 2024-06 (${drillCount} cases)`, drill.ms, '< 100 ms'),
  row('department KPIs, one year (2024)', kpis.ms, '—'),
]);
console.log(`\n  (${REPEAT} runs each; median and worst)`);
await app.close();
await database.close();
await cleanup();
