// PACU and the ward after it: extubation and unplanned re-intubation events, and the case's post-op
// quality points (PACU stay and hypothermia, Aldrete readiness, re-intubation within 6 h, unplanned
// ICU, PHQ-9/GAD-7 due again) — each decided in domain/monitoring/pacu.ts.
import type { PacuEventInput, PostopSummary } from '../../api/monitoring';
import { caseObservations } from '../../db/anesthesia/reading.repo';
import { insertEvent, recordEntries } from '../../db/anesthesia/record.repo';
import { currentVisit } from '../../db/assessment/visit.repo';
import type { Db } from '../../db/client';
import { hasAssessment, latestAssessment } from '../../db/monitoring/postop-assessment.repo';
import { takenInFuture } from '../../domain/monitoring/entry-time';
import {
  pacuDelayed,
  pacuHypothermia,
  psychRepeatDue,
  readyForDischarge,
  reintubatedWithin6h,
  unplannedIcu,
} from '../../domain/monitoring/pacu';
import { AppError } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { announceToCase } from './announce';

type StoredResult = { status?: string; total?: number | null; flags?: { code: string }[] };

export class PacuService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  async recordEvent(actor: Actor, caseId: string, input: PacuEventInput): Promise<{ id: string }> {
    const c = await this.ctx.access.case(actor, 'observation.write', caseId);
    const at = new Date(input.at);
    if (takenInFuture(at.getTime(), this.ctx.clock().getTime()))
      throw new AppError('validation_failed', {}, [{ path: 'at', message: 'record.time.in_future' }]);
    return this.db.transaction(async (tx) => {
      const row = await insertEvent(tx, {
        caseId: c.id,
        code: input.code,
        text: input.text ?? null,
        at,
        overrideReason: null,
        recordedBy: actor.id,
        recordedAt: this.ctx.clock(),
      });
      await this.ctx.audit.record(
        actor,
        {
          action: 'event',
          resourceType: 'pacu',
          resourceId: c.id,
          patientId: c.patientId,
          detail: { code: input.code },
        },
        tx,
      );
      await announceToCase(this.ctx, tx, c, { type: 'pacu.event', id: c.id });
      return { id: row.id };
    });
  }

  async summary(actor: Actor, caseId: string): Promise<PostopSummary> {
    const c = await this.ctx.access.case(actor, 'observation.read', caseId);
    const [entries, aldrete, visit, repeated, firstPacuTemp] = await Promise.all([
      recordEntries(this.db, c.id),
      latestAssessment(this.db, c.id, 'aldrete'),
      currentVisit(this.db, c.id),
      hasAssessment(this.db, c.id, ['phq9', 'gad7']),
      firstPacuTemperature(this.db, c.id, c.pacuInAt),
    ]);
    // The flags the pre-anesthesia visit's complete instruments raised.
    const preFlags = ((visit?.results ?? []) as { result?: StoredResult }[]).flatMap((o) =>
      o.result?.status === 'complete' ? (o.result.flags ?? []).map((f) => f.code) : [],
    );
    const plannedIcu =
      (visit?.data as { plan?: { postopDestination?: string } } | undefined)?.plan?.postopDestination ===
      'icu';
    const extubation = entries.events.filter((e) => e.code === 'extubation').at(-1)?.at ?? null;
    const reintubations = entries.events.filter((e) => e.code === 'reintubation_unplanned');
    const stay = c.pacuInAt && c.pacuOutAt ? (c.pacuOutAt.getTime() - c.pacuInAt.getTime()) / 60_000 : null;
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'postop_summary',
      resourceId: c.id,
      patientId: c.patientId,
    });
    const lastAldrete = aldrete?.result as StoredResult | undefined;
    return {
      pacuInAt: c.pacuInAt?.toISOString() ?? null,
      pacuOutAt: c.pacuOutAt?.toISOString() ?? null,
      pacuMinutes: stay,
      // AQI-IDP-18, IHP-17, IUR-19, IUI-20 and Aldrete readiness: src/domain/monitoring/pacu.ts.
      pacuDelayed: pacuDelayed(
        c.pacuInAt?.getTime() ?? null,
        c.pacuOutAt?.getTime() ?? null,
        this.ctx.clock().getTime(),
      ),
      firstPacuTemperature: firstPacuTemp,
      pacuHypothermia: pacuHypothermia(firstPacuTemp),
      dischargeReady: readyForDischarge(
        lastAldrete?.status === 'complete' ? (lastAldrete.total ?? null) : null,
      ),
      extubatedAt: extubation?.toISOString() ?? null,
      unplannedReintubation6h: reintubatedWithin6h(
        extubation?.getTime() ?? null,
        reintubations.map((e) => e.at.getTime()),
      ),
      psychRepeatDue: psychRepeatDue(preFlags, repeated),
      plannedIcu,
      unplannedIcu: unplannedIcu(c.destination, plannedIcu),
    };
  }
}

/** The first temperature recorded at or after PACU admission (manual or device). */
async function firstPacuTemperature(db: Db, caseId: string, pacuIn: Date | null): Promise<number | null> {
  if (!pacuIn) return null;
  const t = (await caseObservations(db, caseId, { from: pacuIn, param: 'temp' })).find((o) => !o.artefact);
  return t?.value ?? null;
}
