// Post-operative assessments with the score engine (Aldrete, PADSS, Braden, pain, 4AT, CAM-ICU, RASS,
// PHQ-9, GAD-7) and the 72-hour post-anesthesia visit; delirium screens and visit findings go on to the
// complication rules through the complications' suggestion service, in the same transaction.
import type {
  PostopAssessmentInput,
  PostopAssessmentList,
  PostopAssessmentSaved,
} from '../../api/monitoring';
import { caseAssessments, insertAssessment } from '../../db/monitoring/postop-assessment.repo';
import { takenInFuture } from '../../domain/monitoring/entry-time';
import { type PostopForm, postanesthesiaVisit } from '../../domain/monitoring/postanesthesia-visit';
import { getInstrument, type Instrument } from '../../domain/scores/index';
import { SuggestionService } from '../complications/suggestion.service';
import { AppError } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { announceToCase } from './announce';

/** The form of a post-op instrument: the score engine's, or the post-anesthesia visit. */
export const formOf = (id: PostopForm): Instrument | undefined =>
  id === 'postanesthesia-visit' ? (postanesthesiaVisit as unknown as Instrument) : getInstrument(id);

export class PostopAssessmentService {
  private readonly suggestions: SuggestionService;

  constructor(private readonly ctx: AppContext) {
    this.suggestions = new SuggestionService(ctx);
  }

  async record(actor: Actor, caseId: string, input: PostopAssessmentInput): Promise<PostopAssessmentSaved> {
    const c = await this.ctx.access.case(actor, 'observation.write', caseId);
    const at = new Date(input.at);
    const now = this.ctx.clock();
    if (takenInFuture(at.getTime(), now.getTime()))
      throw new AppError('validation_failed', {}, [{ path: 'at', message: 'record.time.in_future' }]);
    const form = formOf(input.instrument);
    if (!form) throw new AppError('validation_failed', {}, [{ path: 'instrument', message: 'invalid' }]);
    const parsed = form.input.safeParse(input.input);
    if (!parsed.success)
      throw new AppError(
        'validation_failed',
        {},
        parsed.error.issues.map((i) => ({ path: ['input', ...i.path].join('.'), message: i.message })),
      );
    const result = form.compute(parsed.data);
    return this.ctx.database.db.transaction(async (tx) => {
      const row = await insertAssessment(tx, {
        caseId: c.id,
        patientId: c.patientId,
        instrument: input.instrument,
        version: form.version,
        at,
        input: parsed.data,
        result,
        complete: result.status === 'complete',
        total: result.status === 'complete' ? result.total : null,
        enteredBy: actor.id,
        enteredAt: now,
      });
      let suggested: string[] = [];
      if (
        result.status === 'complete' &&
        result.total !== null &&
        (input.instrument === '4at' || input.instrument === 'cam-icu')
      )
        suggested = await this.suggestions.fromDeliriumScreen(tx, actor, c, {
          instrument: input.instrument,
          total: result.total,
          positive: result.band === 'positive',
          at,
        });
      if (result.status === 'complete' && input.instrument === 'postanesthesia-visit')
        suggested = await this.suggestions.fromPostanesthesiaVisit(
          tx,
          actor,
          c,
          parsed.data as Record<string, unknown>,
          at,
        );
      await this.ctx.audit.record(
        actor,
        {
          action: 'create',
          resourceType: 'postop_assessment',
          resourceId: row.id,
          patientId: c.patientId,
          detail: { instrument: input.instrument },
        },
        tx,
      );
      await announceToCase(this.ctx, tx, c, { type: 'postop.assessment', id: c.id });
      return { id: row.id, result, suggestedComplications: suggested };
    });
  }

  async list(actor: Actor, caseId: string): Promise<PostopAssessmentList> {
    const c = await this.ctx.access.case(actor, 'observation.read', caseId);
    const list = await caseAssessments(this.ctx.database.db, c.id);
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'postop_assessment',
      resourceId: c.id,
      patientId: c.patientId,
    });
    return {
      items: list.map((a) => ({
        id: a.id,
        instrument: a.instrument,
        version: a.version,
        at: a.at.toISOString(),
        input: a.input as Record<string, unknown>,
        result: a.result as Record<string, unknown>,
        complete: a.complete,
        total: a.total,
      })),
    };
  }
}
