// The escalation loop's timed half, every 30 s: unacknowledged alerts past their minutes are escalated,
// and the latest set of a patient on the ward past due (plus grace) raises an "overdue" alert.
import type { MonitoringEvent } from '../../api/monitoring';
import type { Database, Db } from '../../db/client';
import { escalateAlerts, raiseAlert } from '../../db/monitoring/ews-alert.repo';
import { overdueSets } from '../../db/monitoring/observation-set.repo';
import { DEFAULT_ESCALATION, type EscalationConfig } from '../../domain/monitoring/escalation';
import type { Job } from '../platform/job-runner';
import type { RealtimeHub } from '../realtime/hub';

export type EscalationRun = { escalated: number; overdue: number };

export function escalationJob(
  hub: RealtimeHub,
  cfg: EscalationConfig = DEFAULT_ESCALATION,
): Job<EscalationRun> {
  return { name: 'monitoring.escalation', everyMs: 30_000, run: (tx, now) => escalate(tx, hub, now, cfg) };
}

/** One pass inside the caller's transaction; repeatable: what it escalated or raised, it finds done. */
export async function escalate(
  tx: Db,
  hub: RealtimeHub,
  now: Date,
  cfg: EscalationConfig = DEFAULT_ESCALATION,
): Promise<EscalationRun> {
  const escalated = await escalateAlerts(tx, now, cfg.escalateAfterMinutes);
  const late = await overdueSets(tx, new Date(now.getTime() - cfg.overdueGraceMinutes * 60_000));
  for (const s of late)
    await raiseAlert(tx, {
      caseId: s.case_id,
      patientId: s.patient_id,
      wardId: s.ward_id,
      setId: s.id,
      type: 'overdue',
      raisedAt: now,
    });
  const wards = new Set(
    [...escalated.map((a) => a.wardId), ...late.map((s) => s.ward_id)].filter((w): w is string => !!w),
  );
  const event: MonitoringEvent = { type: 'ews.escalation' };
  await hub.publishMany(
    tx,
    [...wards].map((w) => ({ topic: `ward:${w}`, ...event, wardId: w })),
  );
  return { escalated: escalated.length, overdue: late.length };
}

/** One pass in a transaction of its own, outside the job runner (the benchmark times it). */
export const runEscalation = (
  database: Database,
  hub: RealtimeHub,
  now: Date,
  cfg: EscalationConfig = DEFAULT_ESCALATION,
): Promise<EscalationRun> => database.db.transaction((tx) => escalate(tx, hub, now, cfg));
