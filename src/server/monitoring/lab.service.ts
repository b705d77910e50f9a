// Lab results entered on the ward: the result is recorded, and the complication rules it feeds (KDIGO
// by creatinine) run in the same transaction through the complications' suggestion service.
import type { LabInput, LabSaved } from '../../api/monitoring';
import { insertLab, patientLabs } from '../../db/monitoring/lab.repo';
import { takenInFuture } from '../../domain/monitoring/entry-time';
import { LAB_UNITS } from '../../domain/monitoring/lab';
import { SuggestionService } from '../complications/suggestion.service';
import { AppError } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';

export class LabService {
  private readonly suggestions: SuggestionService;

  constructor(private readonly ctx: AppContext) {
    this.suggestions = new SuggestionService(ctx);
  }

  async record(actor: Actor, caseId: string, input: LabInput): Promise<LabSaved> {
    const c = await this.ctx.access.case(actor, 'observation.write', caseId);
    const takenAt = new Date(input.takenAt);
    if (takenInFuture(takenAt.getTime(), this.ctx.clock().getTime()))
      throw new AppError('validation_failed', {}, [{ path: 'takenAt', message: 'record.time.in_future' }]);
    return this.ctx.database.db.transaction(async (tx) => {
      await insertLab(tx, {
        patientId: c.patientId,
        caseId: c.id,
        analyte: input.analyte,
        value: input.value,
        unit: LAB_UNITS[input.analyte],
        takenAt,
        enteredBy: actor.id,
        enteredAt: this.ctx.clock(),
      });
      await this.ctx.audit.record(
        actor,
        { action: 'create', resourceType: 'lab_result', resourceId: c.id, patientId: c.patientId },
        tx,
      );
      const series = await patientLabs(tx, c.patientId, input.analyte);
      const { suggested, aki } = await this.suggestions.fromCreatinine(
        tx,
        actor,
        c,
        series.map((l) => ({ value: l.value, at: l.takenAt })),
      );
      return { suggestedComplication: suggested, aki };
    });
  }
}
