// The 28-day outcome of every demo case whose day 28 has come, as the hourly sweep would have decided
// it (domain/complications/outcome.ts), and the follow-up call for each one left unknown: due when the
// sweep found it, worked through by the follow-up nurse within about three days (the last few still
// open). Pure.
import { outcomeOnDay28 } from '../../domain/complications/outcome';
import { type CallResult, callResultText } from '../../domain/followup/tasks';
import { prng, seedOf } from './rng';
import { DAY, HOUR } from './site-time';

export type FollowupCase = {
  id: string;
  patientId: string;
  /** End of anesthesia (or 出室): day 0. */
  endedAt: Date;
  dischargedAt: Date | null;
};

export type OutcomePlan = {
  caseId: string;
  patientId: string;
  status: 'alive' | 'died' | 'unknown';
  deathAt: Date | null;
  cause: string | null;
  source: 'hospital' | 'followup';
  decidedAt: Date;
  /** The day-28 call, when hospital data left the outcome unknown. */
  task: { dueAt: Date; doneAt: Date | null; result: string | null } | null;
};

export function outcomePlan(c: FollowupCase, now: Date): OutcomePlan | null {
  // The sweep runs hourly: the first run after day 28 decides.
  const dueAt = new Date(Math.ceil((c.endedAt.getTime() + 28 * DAY) / HOUR) * HOUR);
  if (dueAt > now) return null;
  const status = outcomeOnDay28({
    anesthesiaEnd: c.endedAt.getTime(),
    deathAt: null,
    dischargedAt: c.dischargedAt?.getTime() ?? null,
  });
  const base = { caseId: c.id, patientId: c.patientId, deathAt: null, cause: null };
  if (status !== 'unknown') return { ...base, status, source: 'hospital', decidedAt: dueAt, task: null };
  const r = prng(seedOf(`followup:${c.id}`));
  const doneAt = new Date(dueAt.getTime() + r.int(2, 70) * HOUR + r.int(0, 59) * 60_000);
  if (doneAt > now)
    return {
      ...base,
      status,
      source: 'hospital',
      decidedAt: dueAt,
      task: { dueAt, doneAt: null, result: null },
    };
  const draw = r.next();
  const call: CallResult =
    draw < 0.01 && c.dischargedAt
      ? {
          status: 'died',
          deathAt: c.dischargedAt.getTime() + r.int(2, 10) * DAY,
          cause: r.pick(['肺部感染', '吻合口瘘', '心力衰竭']),
        }
      : draw < 0.07
        ? { status: 'unreachable', note: r.pick(['电话无人接听', '号码已停机', '家属拒绝告知']) }
        : { status: 'alive' };
  const task = { dueAt, doneAt, result: callResultText(call) };
  if (call.status === 'unreachable') return { ...base, status, source: 'hospital', decidedAt: dueAt, task };
  return {
    ...base,
    status: call.status,
    deathAt: call.status === 'died' ? new Date(Math.min(call.deathAt, c.endedAt.getTime() + 27 * DAY)) : null,
    cause: call.status === 'died' ? call.cause : null,
    source: 'followup',
    decidedAt: doneAt,
    task,
  };
}
