// The cluster's record of timed jobs: a run claims its job's period by moving `last_run_at` to now,
// which succeeds only when the last run was at least `minGapMs` ago (or is in the future: the clock
// was set back). The row lock of the upsert makes the claim atomic across server instances.
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rows } from '../rows';

/** The first half of every job lock's key (the migrations use another key); the second is the name's hash. */
const JOB_LOCKS = 727_368;

/** The job's advisory lock for this transaction, if no other instance holds it (PostgreSQL only). */
export async function tryJobLock(db: Db, name: string): Promise<boolean> {
  const [lock] = await rows<{ held: boolean }>(
    db,
    sql`select pg_try_advisory_xact_lock(${JOB_LOCKS}::int, hashtext(${name})) as held`,
  );
  return lock?.held === true;
}

/** Whether this run may go ahead; on true, the period is claimed within the caller's transaction. */
export async function claimJobRun(db: Db, name: string, now: Date, minGapMs: number): Promise<boolean> {
  const at = now.toISOString();
  const claimed = await rows<{ name: string }>(
    db,
    sql`insert into job_runs as j (name, last_run_at) values (${name}, ${at}::timestamptz)
      on conflict (name) do update set last_run_at = excluded.last_run_at
      where j.last_run_at <= ${at}::timestamptz - make_interval(secs => ${minGapMs / 1000})
        or j.last_run_at > ${at}::timestamptz
      returning j.name`,
  );
  return claimed.length > 0;
}
