// Timed jobs that run once per cluster: every server instance ticks each job on its interval, and a
// run first takes the job's PostgreSQL advisory lock inside its own transaction — the instance that
// gets it does the work and commits, the others skip that tick. The jobs are written to be repeatable
// (what a run has done, a later run finds done), so a tick that starts after another instance's run
// committed finds nothing left. On PGlite (one process) an in-process guard alone keeps runs apart.
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/client';
import { rows } from '../../db/rows';

/** The first half of every job lock's key (the migrations use another key); the second is the name's hash. */
const JOB_LOCKS = 727_368;

export type Job<T = unknown> = {
  /** Names the job in logs and is the key of its lock. */
  name: string;
  everyMs: number;
  /** Also run when the runner starts (the day-28 sweep catches up after a restart). */
  atStart?: boolean;
  /** The work, inside the transaction that holds the job's lock. */
  run(tx: Db, now: Date): Promise<T>;
};

export type Tick<T> = { ran: true; result: T } | { ran: false };

type Log = { error(obj: object, msg: string): void };

export class JobRunner {
  private readonly jobs: Job[] = [];
  private readonly running = new Map<string, Promise<unknown>>();
  private timers: ReturnType<typeof setInterval>[] = [];

  constructor(
    private readonly database: Database,
    private readonly clock: () => Date,
    private readonly log: Log,
  ) {}

  add(job: Job): this {
    this.jobs.push(job);
    return this;
  }

  /** Ticks every job on its interval (and the `atStart` ones now). */
  start(): void {
    for (const job of this.jobs) {
      this.timers.push(setInterval(() => this.tickLogged(job), job.everyMs));
      if (job.atStart) this.tickLogged(job);
    }
  }

  /** Stops the timers and waits for the runs in progress. */
  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    await Promise.allSettled(this.running.values());
  }

  /** One tick of the job: its run, unless a run of it is in progress here or on another instance. */
  async tick<T>(job: Job<T>, now: Date = this.clock()): Promise<Tick<T>> {
    if (this.running.has(job.name)) return { ran: false };
    const run = this.runLocked(job, now);
    this.running.set(job.name, run);
    try {
      return await run;
    } finally {
      this.running.delete(job.name);
    }
  }

  private runLocked<T>(job: Job<T>, now: Date): Promise<Tick<T>> {
    return this.database.db.transaction(async (tx): Promise<Tick<T>> => {
      if (this.database.kind === 'postgresql') {
        const [lock] = await rows<{ held: boolean }>(
          tx,
          sql`select pg_try_advisory_xact_lock(${JOB_LOCKS}::int, hashtext(${job.name})) as held`,
        );
        if (!lock?.held) return { ran: false };
      }
      return { ran: true, result: await job.run(tx, now) };
    });
  }

  private tickLogged(job: Job): void {
    this.tick(job).catch((err: unknown) => this.log.error({ err, job: job.name }, `job ${job.name} failed`));
  }
}
