// Timed work of the monitoring loop: escalating unacknowledged alerts, raising "overdue" alerts for
// observations past due, and the day-28 outcome sweep that creates follow-up calls.
import type { Database } from '../../db/client';
import {
  casesDueForOutcome,
  createTask,
  escalateAlerts,
  overdueSets,
  raiseAlert,
  recordOutcome,
} from '../../db/monitoring/monitoring';
import { DEFAULT_ESCALATION, type EscalationConfig } from '../../domain/monitoring/escalation';
import { outcomeOnDay28 } from '../../domain/monitoring/outcome';
import type { RealtimeHub } from '../realtime/hub';

export async function runEscalation(
  database: Database,
  hub: RealtimeHub,
  now: Date,
  cfg: EscalationConfig = DEFAULT_ESCALATION,
): Promise<{ escalated: number; overdue: number }> {
  return database.db.transaction(async (tx) => {
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
    await hub.publishMany(
      tx,
      [...wards].map((w) => ({ topic: `ward:${w}`, type: 'ews.escalation' })),
    );
    return { escalated: escalated.length, overdue: late.length };
  });
}

/**
 * Day 28 of each case whose operation ended 28 days ago (looking back `lookbackDays`, so a first run
 * does not turn a year of history into calls): the outcome from hospital data, or unknown and a
 * follow-up call.
 */
export async function runOutcomeSweep(
  database: Database,
  now: Date,
  lookbackDays = 14,
): Promise<{ known: number; tasks: number }> {
  const due = await casesDueForOutcome(database.db, now, lookbackDays);
  let tasks = 0;
  await database.db.transaction(async (tx) => {
    for (const c of due) {
      const status = outcomeOnDay28({
        anesthesiaEnd: Date.parse(c.anesthesia_end),
        deathAt: c.died_at ? Date.parse(c.died_at) : null,
        dischargedAt: c.discharged_at ? Date.parse(c.discharged_at) : null,
      });
      await recordOutcome(tx, {
        caseId: c.case_id,
        patientId: c.patient_id,
        status,
        source: 'hospital',
        decidedAt: now,
      });
      if (status === 'unknown') {
        tasks++;
        await createTask(tx, {
          caseId: c.case_id,
          patientId: c.patient_id,
          kind: 'day28_call',
          dueAt: now,
          createdAt: now,
        });
      }
    }
  });
  return { known: due.length - tasks, tasks };
}

/** Runs both on timers in the server process; the returned function stops them. */
export function startMonitoringJobs(
  database: Database,
  hub: RealtimeHub,
  clock: () => Date,
  log: { error: (o: object, m: string) => void },
  cfg: EscalationConfig = DEFAULT_ESCALATION,
): () => void {
  const safe = (name: string, f: () => Promise<unknown>) => () =>
    void f().catch((err) => log.error({ err }, `${name} failed`));
  const escalation = setInterval(
    safe('escalation', () => runEscalation(database, hub, clock(), cfg)),
    30_000,
  );
  const sweep = setInterval(
    safe('outcome sweep', () => runOutcomeSweep(database, clock())),
    3_600_000,
  );
  safe('outcome sweep', () => runOutcomeSweep(database, clock()))();
  return () => {
    clearInterval(escalation);
    clearInterval(sweep);
  };
}
