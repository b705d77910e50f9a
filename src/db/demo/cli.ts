// `npm run seed -- --cases N --seed S [--append]`: builds a (large) demo data set with a progress bar.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { sql } from 'drizzle-orm';
import { openDatabase, runMigrations } from '../client';
import { rows } from '../rows';
import { seedDemo } from './load';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '3000' },
    seed: { type: 'string', default: '2026' },
    append: { type: 'boolean', default: false },
    'time-zone': { type: 'string', default: process.env.PERIOP_SITE_TIMEZONE ?? 'Asia/Shanghai' },
  },
});
const cases = Number(values.cases);
const seed = Number(values.seed);
if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed)) {
  console.error(
    '用法 usage: npm run seed -- --cases <正整数 positive integer> --seed <整数 integer> [--append]',
  );
  process.exit(2);
}

const database = process.env.DATABASE_URL
  ? await openDatabase({ kind: 'postgresql', url: process.env.DATABASE_URL })
  : await openDatabase({ kind: 'pglite', dataDir: resolve(process.env.PERIOP_DATA_DIR ?? './data') });
try {
  await runMigrations(database);
  const [existing] = await rows<{ patients: number; users: number; wards: number }>(
    database.db,
    sql`select (select count(*)::int from patients) as patients, (select count(*)::int from users) as users,
               (select count(*)::int from wards) as wards`,
  );
  if (existing!.patients > 0 && !values.append) {
    console.error(
      `数据库中已有 ${existing!.patients} 名患者；如需追加请使用 --append。\n` +
        `The database already holds ${existing!.patients} patients; pass --append to add more.`,
    );
    process.exitCode = 1;
  } else if (values.append && existing!.wards > 0) {
    console.error(
      '追加模式需要空的病区表（演示病区已存在）/ --append cannot add a second demo department to this database.',
    );
    process.exitCode = 1;
  } else {
    const bar = new SingleBar({
      format: '生成数据 seeding [{bar}] {percentage}% | {value}/{total} rows | {duration}s',
    });
    const started = performance.now();
    let startedBar = false;
    const summary = await seedDemo(database, {
      cases,
      seed,
      accounts: existing!.users === 0,
      onProgress: (done, total) => {
        if (!startedBar) {
          bar.start(total, 0);
          startedBar = true;
        }
        bar.update(done);
      },
    });
    bar.stop();
    console.log(
      `完成 done in ${((performance.now() - started) / 1000).toFixed(1)} s on ${database.kind}: ` +
        `${summary.cases.toLocaleString()} cases, ${summary.patients.toLocaleString()} patients, ` +
        `${summary.admissions.toLocaleString()} admissions, ${summary.events.toLocaleString()} status events; ` +
        `${summary.files.records.toLocaleString()} anesthesia records, ${summary.files.readings.toLocaleString()} monitor readings, ` +
        `${summary.files.visits.toLocaleString()} visits, ${summary.files.followupTasks.toLocaleString()} follow-up calls`,
    );
  }
} finally {
  await database.close();
}
