// Timed jobs that run once per cluster and period: every server instance ticks each job on its
// interval; a run first takes the job's PostgreSQL advisory lock inside its own transaction (an
// instance that cannot get it skips the tick at once, without waiting), then claims the period in
// job_runs — a tick that comes after another instance's run in the same period skips too. The claim
// commits with the work, so a failed run leaves the period open for the next tick. The jobs are also
// repeatable (what a run has done, a later run finds done). On PGlite (one process) an in-process
// guard keeps runs apart.
import type { Database, Db } from '../../db/client';
import { claimJobRun, tryJobLock } from '../../db/platform/job-run.repo';

/** A period is claimed when the last run is at least this share of the interval ago (timers drift). */
const PERIOD_SHARE = 0.9;

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
        if (!(await tryJobLock(tx, job.name))) return { ran: false };
      }
      if (!(await claimJobRun(tx, job.name, now, job.everyMs * PERIOD_SHARE))) return { ran: false };
      return { ran: true, result: await job.run(tx, now) };
    });
  }

  private tickLogged(job: Job): void {
    this.tick(job).catch((err: unknown) => this.log.error({ err, job: job.name }, `job ${job.name} failed`));
  }
}
