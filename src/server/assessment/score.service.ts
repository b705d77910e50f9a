// The stateless scores API for the hospital's other systems: the catalogue and one computation.
// Nothing is stored and no patient is named, so there is no audit entry and no transaction.
import type { InstrumentList, ScoreResultDto } from '../../api/assessment';
import { getInstrument, inputJsonSchema, instruments } from '../../domain/scores';
import { AppError } from '../errors/app-error';
import { issuesToFields } from '../errors/error-handler';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';

export class ScoreService {
  constructor(private readonly ctx: AppContext) {}

  catalogue(actor: Actor): InstrumentList {
    this.ctx.access.require(actor, 'scores.use');
    return {
      items: instruments.map((i) => ({
        id: i.id,
        names: i.names,
        version: i.version,
        source: i.source,
        inputSchema: inputJsonSchema(i),
      })),
    };
  }

  /** One instrument's result; an input out of its range is refused naming the fields, in the actor's language. */
  compute(actor: Actor, id: string, input: Record<string, unknown>): ScoreResultDto {
    this.ctx.access.require(actor, 'scores.use');
    const instrument = getInstrument(id);
    if (!instrument) throw new AppError('not_found');
    const parsed = instrument.input.safeParse(input);
    if (!parsed.success) {
      throw new AppError('validation_failed', {}, issuesToFields(parsed.error.issues, actor.locale));
    }
    return instrument.compute(parsed.data);
  }
}
