// Jobs run once per cluster: two server instances (two job runners, each with its own connection pool)
// on one PostgreSQL database tick the same job at the same moment, and its work is done once — the
// escalation sweep raises one overdue alert, the day-28 sweep leaves one follow-up call. On PGlite (one
// process) the runner's in-process guard keeps one run at a time.
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInput, patientInput } from '../../api/registry';
import { type Database, openDatabase } from '../../db/client';
import { admissions, ewsAlerts, followupTasks, surgicalCases } from '../../db/schema';
import { outcomeSweepJob } from '../complications/outcome.job';
import { defaultConfig } from '../config';
import { escalationJob } from '../monitoring/escalation.job';
import { ObservationSetService } from '../monitoring/observation-set.service';
import { AdmissionService } from '../registry/admission.service';
import { CaseService } from '../registry/case.service';
import { PatientService } from '../registry/patient.service';
import { sampleCase, samplePatient } from '../testing/test-app';
import { createTestContext, type TestContext } from '../testing/test-context';
import type { AppContext } from './context';
import { createContext } from './create-context';
import { type Job, JobRunner } from './job-runner';

const onPostgres = process.env.PERIOP_TEST_DB === 'postgresql';
const silent = pino({ level: 'silent' });
const HOUR = 3_600_000;

let t: TestContext;

beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => t?.close());

/** A job whose run holds its lock a while and counts itself. */
function countingJob(name: string, holdMs: number): Job<number> & { runs: number } {
  const job = {
    name,
    everyMs: 60_000,
    runs: 0,
    async run() {
      job.runs += 1;
      await new Promise((r) => setTimeout(r, holdMs));
      return job.runs;
    },
  };
  return job;
}

/** A patient on the ward after the operation, with one observation set taken now (due again in 12 h). */
async function wardPatient(ctx: AppContext, mrn: string): Promise<{ caseId: string; admissionId: string }> {
  const surgeon = t.actor('surgeon');
  const patient = await new PatientService(ctx).create(surgeon, patientInput.parse(samplePatient({ mrn })));
  const admission = await new AdmissionService(ctx).create(surgeon, {
    patientId: patient.id,
    wardId: t.wardId,
    admittedAt: '2026-11-20T02:00:00Z',
    attendingDoctor: '李外科',
  });
  const c = await new CaseService(ctx).create(
    surgeon,
    caseInput.parse(sampleCase(patient.id, { admissionId: admission.id })),
  );
  await t.database.db.update(surgicalCases).set({ status: 'ward' }).where(eq(surgicalCases.id, c.id));
  await new ObservationSetService(ctx).record(t.actor('nurse'), c.id, {
    takenAt: t.clock.now.toISOString(),
    values: {
      respirationRate: 16,
      spo2: 97,
      onOxygen: false,
      systolicBp: 120,
      pulse: 75,
      consciousness: 'A',
      temperature: 37,
    },
  });
  return { caseId: c.id, admissionId: admission.id };
}

describe('one instance', () => {
  it('a tick while a run of the job is in progress is skipped', async () => {
    const runner = new JobRunner(t.database, () => t.clock.now, silent);
    const job = countingJob('test.in-process', 100);
    const now = t.clock.now.getTime();
    const [a, b] = await Promise.all([runner.tick(job, new Date(now)), runner.tick(job, new Date(now))]);
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
    expect(job.runs).toBe(1);
    // Later in the same period: already done.
    expect((await runner.tick(job, new Date(now + 30_000))).ran).toBe(false);
    // The next period runs.
    expect((await runner.tick(job, new Date(now + 60_000))).ran).toBe(true);
    expect(job.runs).toBe(2);
  });

  it('runs the jobs meant to run at start, and stop waits for the run in progress', async () => {
    const runner = new JobRunner(t.database, () => t.clock.now, silent);
    const atStart = Object.assign(countingJob('test.at-start', 50), { atStart: true });
    const later = countingJob('test.later', 0);
    runner.add(atStart).add(later);
    runner.start();
    await runner.stop();
    expect(atStart.runs).toBe(1);
    expect(later.runs).toBe(0);
  });

  it('a failing run is logged and rolled back; the next tick runs again', async () => {
    const errors: string[] = [];
    const runner = new JobRunner(t.database, () => t.clock.now, { error: (_o, m) => errors.push(m) });
    let calls = 0;
    const failing: Job<void> = {
      name: 'test.failing',
      everyMs: 60_000,
      atStart: true,
      async run(tx) {
        calls += 1;
        await tx.execute(sql`select 1`);
        throw new Error('boom');
      },
    };
    runner.add(failing);
    runner.start();
    await runner.stop();
    await expect.poll(() => errors).toEqual(['job test.failing failed']);
    await expect(runner.tick(failing)).rejects.toThrow('boom');
    expect(calls).toBe(2);
  });
});

describe.skipIf(!onPostgres)(
  'two instances on one PostgreSQL database (skipped on PGlite: one process)',
  () => {
    let second: Database;
    let ctxB: AppContext;
    let a: JobRunner;
    let b: JobRunner;

    beforeAll(async () => {
      // Instance B: its own connection pool and context, as a second server process would have.
      second = await openDatabase({ kind: 'postgresql', url: t.database.url!, poolSize: 3 });
      ctxB = createContext({
        database: second,
        config: defaultConfig({ LOG_LEVEL: 'silent' }),
        clock: () => t.clock.now,
        log: silent,
      });
      a = new JobRunner(t.database, () => t.clock.now, silent);
      b = new JobRunner(second, () => t.clock.now, silent);
    });
    afterAll(async () => second?.close());

    it('a job ticked by both at once runs once per tick', async () => {
      const job = countingJob('test.cluster', 200);
      for (let period = 1; period <= 3; period++) {
        const at = new Date(t.clock.now.getTime() + period * job.everyMs);
        const ticks = await Promise.all([a.tick(job, at), b.tick(job, at)]);
        expect(ticks.filter((x) => x.ran)).toHaveLength(1);
        expect(job.runs).toBe(period);
      }
    });

    it('instances whose timers are out of phase still run a job once per period', async () => {
      const job = countingJob('test.phases', 0);
      const start = t.clock.now.getTime() + 10 * job.everyMs;
      // A ticks on the minute, B half a minute later, for three periods.
      for (let period = 0; period < 3; period++) {
        await a.tick(job, new Date(start + period * job.everyMs));
        await b.tick(job, new Date(start + period * job.everyMs + job.everyMs / 2));
      }
      expect(job.runs).toBe(3);
    });

    it('the escalation sweep ticked by both at once raises one overdue alert', async () => {
      const { caseId } = await wardPatient(t.ctx, 'ZY3000001');
      const overdueAt = new Date(t.clock.now.getTime() + 12 * HOUR + 16 * 60_000);
      const ticks = await Promise.all([
        a.tick(escalationJob(t.ctx.hub), overdueAt),
        b.tick(escalationJob(ctxB.hub), overdueAt),
      ]);
      const raised = await t.database.db.select().from(ewsAlerts).where(eq(ewsAlerts.caseId, caseId));
      expect(raised.map((x) => x.type)).toEqual(['overdue']);
      expect(ticks.reduce((n, x) => n + (x.ran ? x.result.overdue : 0), 0)).toBe(1);
      // The next period's ticks find it done.
      const next = await Promise.all([
        a.tick(escalationJob(t.ctx.hub), new Date(overdueAt.getTime() + 30_000)),
        b.tick(escalationJob(ctxB.hub), new Date(overdueAt.getTime() + 30_000)),
      ]);
      expect(next.reduce((n, x) => n + (x.ran ? x.result.overdue : 0), 0)).toBe(0);
      expect(await t.database.db.select().from(ewsAlerts).where(eq(ewsAlerts.caseId, caseId))).toHaveLength(
        1,
      );
    });

    it('the day-28 sweep ticked by both at once leaves one follow-up call', async () => {
      const { caseId, admissionId } = await wardPatient(t.ctx, 'ZY3000002');
      await t.database.db
        .update(surgicalCases)
        .set({ status: 'ward', anesthesiaEndAt: new Date('2026-10-12T04:20:00Z') })
        .where(eq(surgicalCases.id, caseId));
      await t.database.db
        .update(admissions)
        .set({ dischargedAt: new Date('2026-10-20T02:00:00Z') })
        .where(eq(admissions.id, admissionId));
      const day28 = new Date('2026-11-09T05:00:00Z');
      const ticks = await Promise.all([
        a.tick(outcomeSweepJob(t.ctx), day28),
        b.tick(outcomeSweepJob(ctxB), day28),
      ]);
      expect(ticks.reduce((n, x) => n + (x.ran ? x.result.tasks : 0), 0)).toBe(1);
      const tasks = await t.database.db.select().from(followupTasks).where(eq(followupTasks.caseId, caseId));
      expect(tasks.map((x) => x.kind)).toEqual(['day28_call']);
    });
  },
);
