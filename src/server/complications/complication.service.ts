// The complication registry of a case: listing it, recording a complication, and deciding a rule's
// suggestion (confirm with a Clavien–Dindo grade, or dismiss). Each method begins with the access
// check, then one transaction: domain → repositories → audit.
import type {
  Complication,
  ComplicationInput,
  ComplicationList,
  DecisionInput,
} from '../../api/complications';
import {
  caseComplications,
  getComplication,
  insertComplication,
  updateComplication,
} from '../../db/complications/complication.repo';
import { isUndecided } from '../../domain/complications/vocabulary';
import { AppError, conflict, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { complicationDto } from './dto';

export class ComplicationService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  async list(actor: Actor, caseId: string): Promise<ComplicationList> {
    const c = await this.ctx.access.case(actor, 'observation.read', caseId);
    const list = await caseComplications(this.db, c.id);
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'complication',
      resourceId: c.id,
      patientId: c.patientId,
    });
    return { items: list.map(complicationDto) };
  }

  /** A complication the clinician records: confirmed, with its grade. */
  async record(actor: Actor, caseId: string, input: ComplicationInput): Promise<Complication> {
    const c = await this.ctx.access.case(actor, 'complications.write', caseId);
    const now = this.ctx.clock();
    const row = await this.db.transaction(async (tx) => {
      const r = await insertComplication(
        tx,
        {
          caseId: c.id,
          patientId: c.patientId,
          type: input.type,
          onsetAt: new Date(input.onsetAt),
          status: 'confirmed',
          rule: null,
          evidence: null,
          grade: input.grade,
          treatment: input.treatment ?? null,
          outcome: input.outcome ?? null,
          decidedBy: actor.id,
          decidedAt: now,
        },
        { userId: actor.id, now },
      );
      await this.ctx.audit.record(
        actor,
        { action: 'create', resourceType: 'complication', resourceId: r.id, patientId: c.patientId },
        tx,
      );
      return r;
    });
    return complicationDto(row);
  }

  /** Confirms a suggestion with a grade, or dismisses it with a reason; once. */
  async decide(actor: Actor, id: string, input: DecisionInput): Promise<Complication> {
    this.ctx.access.require(actor, 'complications.write');
    const x = await getComplication(this.db, id, actor.scope);
    if (!x) throw notFound();
    await this.ctx.access.case(actor, 'complications.write', x.caseId);
    if (!isUndecided(x.status)) throw new AppError('complication_decided');
    const now = this.ctx.clock();
    const row = await this.db.transaction(async (tx) => {
      const r = await updateComplication(
        tx,
        x.id,
        input.version,
        input.decision === 'confirm'
          ? {
              status: 'confirmed',
              grade: input.grade,
              disability: input.disability,
              treatment: input.treatment ?? null,
              outcome: input.outcome ?? null,
              decidedBy: actor.id,
              decidedAt: now,
            }
          : { status: 'dismissed', decisionReason: input.reason, decidedBy: actor.id, decidedAt: now },
        { userId: actor.id, now },
      );
      if (!r) throw conflict(x.version);
      await this.ctx.audit.record(
        actor,
        { action: input.decision, resourceType: 'complication', resourceId: r.id, patientId: r.patientId },
        tx,
      );
      return r;
    });
    return complicationDto(row);
  }
}
