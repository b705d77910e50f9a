// The 28-day outcome of a case: where it is decided. On day 28 the hospital's own data decide it
// (died, still in hospital, or unknown after discharge — domain/complications/outcome.ts); a follow-up
// call settles an unknown one. Reading it begins with the access check.
import type { Outcome } from '../../api/complications';
import type { Db } from '../../db/client';
import {
  casesDueForOutcome,
  type DueCase,
  getOutcome,
  recordOutcome,
  setOutcome,
} from '../../db/complications/outcome.repo';
import type { CaseWithPatient } from '../../db/registry/case.repo';
import { day28Window, diedWithin24h, outcomeOnDay28 } from '../../domain/complications/outcome';
import type { outcomeOfCall } from '../../domain/followup/tasks';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';

export class OutcomeService {
  constructor(private readonly ctx: AppContext) {}

  async get(actor: Actor, caseId: string): Promise<Outcome> {
    const c = await this.ctx.access.case(actor, 'observation.read', caseId);
    const o = await getOutcome(this.ctx.database.db, c.id);
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'outcome',
      resourceId: c.id,
      patientId: c.patientId,
    });
    const end = (c.anesthesiaEndAt ?? c.outOfRoomAt)?.getTime() ?? null;
    return {
      status: o?.status ?? null,
      deathAt: o?.deathAt?.toISOString() ?? null,
      cause: o?.cause ?? null,
      source: o?.source ?? null,
      diedWithin24h: end !== null && diedWithin24h(end, o?.deathAt?.getTime() ?? null),
    };
  }

  /**
   * Day 28 of each case whose operation ended 28 days ago (looking back `lookbackDays`, so a first run
   * does not turn a year of history into calls): the outcome from hospital data is recorded, and the
   * cases left unknown are returned for a follow-up call. Inside the day-28 job's transaction.
   */
  async decideDay28(tx: Db, now: Date, lookbackDays = 14): Promise<{ known: number; unknown: DueCase[] }> {
    const window = day28Window(now.getTime(), lookbackDays);
    const due = await casesDueForOutcome(tx, {
      from: new Date(window.endedFrom),
      until: new Date(window.endedUntil),
    });
    const unknown: DueCase[] = [];
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
      if (status === 'unknown') unknown.push(c);
    }
    return { known: due.length - unknown.length, unknown };
  }

  /** What a follow-up call found, inside the follow-up service's transaction after its access check. */
  async recordCall(
    tx: Db,
    actor: Actor,
    c: CaseWithPatient,
    found: NonNullable<ReturnType<typeof outcomeOfCall>>,
  ): Promise<void> {
    await setOutcome(tx, {
      caseId: c.id,
      patientId: c.patientId,
      status: found.status,
      deathAt: found.deathAt === null ? null : new Date(found.deathAt),
      cause: found.cause,
      source: 'followup',
      decidedAt: this.ctx.clock(),
      decidedBy: actor.id,
    });
  }
}
