// The day-28 sweep, hourly (and at start): the outcome service decides each due case's 28-day outcome
// from hospital data, and the follow-up service schedules a call for each one left unknown.
import type { Db } from '../../db/client';
import { FollowupTaskService } from '../followup/task.service';
import type { AppContext } from '../platform/context';
import type { Job } from '../platform/job-runner';
import { OutcomeService } from './outcome.service';

export type OutcomeSweepRun = { known: number; tasks: number };

export function outcomeSweepJob(ctx: AppContext, lookbackDays = 14): Job<OutcomeSweepRun> {
  const outcomes = new OutcomeService(ctx);
  const followup = new FollowupTaskService(ctx);
  return {
    name: 'complications.day28-outcome',
    everyMs: 3_600_000,
    atStart: true,
    async run(tx: Db, now: Date) {
      const { known, unknown } = await outcomes.decideDay28(tx, now, lookbackDays);
      for (const c of unknown)
        await followup.scheduleDay28Call(tx, { caseId: c.case_id, patientId: c.patient_id }, now);
      return { known, tasks: unknown.length };
    },
  };
}
