// Post-operative intake and output: an entry (urine feeds the KDIGO urine criterion through the
// complications' suggestion service), and the balance per 24 h from the end of anesthesia.
import type { IoBalance, IoInput } from '../../api/monitoring';
import { caseIo, caseUrine, insertIo } from '../../db/monitoring/io.repo';
import { takenInFuture } from '../../domain/monitoring/entry-time';
import { ioByDay } from '../../domain/monitoring/intake-output';
import { SuggestionService } from '../complications/suggestion.service';
import { AppError } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { announceToCase } from './announce';

const LATEST_ENTRIES = 50;

export class IoService {
  private readonly suggestions: SuggestionService;

  constructor(private readonly ctx: AppContext) {
    this.suggestions = new SuggestionService(ctx);
  }

  async record(actor: Actor, caseId: string, input: IoInput): Promise<{ id: string }> {
    const c = await this.ctx.access.case(actor, 'observation.write', caseId);
    const at = new Date(input.at);
    if (takenInFuture(at.getTime(), this.ctx.clock().getTime()))
      throw new AppError('validation_failed', {}, [{ path: 'at', message: 'record.time.in_future' }]);
    return this.ctx.database.db.transaction(async (tx) => {
      const row = await insertIo(tx, {
        caseId: c.id,
        direction: input.direction,
        kind: input.kind,
        volumeMl: input.volumeMl,
        at,
        enteredBy: actor.id,
        enteredAt: this.ctx.clock(),
      });
      await this.ctx.audit.record(
        actor,
        { action: 'create', resourceType: 'io_entry', resourceId: row.id, patientId: c.patientId },
        tx,
      );
      await announceToCase(this.ctx, tx, c, { type: 'io', id: c.id });
      if (input.kind === 'urine')
        await this.suggestions.fromUrineOutput(tx, actor, c, await caseUrine(tx, c.id), at);
      return { id: row.id };
    });
  }

  async balance(actor: Actor, caseId: string): Promise<IoBalance> {
    const c = await this.ctx.access.case(actor, 'observation.read', caseId);
    const list = await caseIo(this.ctx.database.db, c.id);
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'io_entry',
      resourceId: c.id,
      patientId: c.patientId,
    });
    const days = ioByDay(
      list.map((e) => ({ direction: e.direction, volumeMl: e.volumeMl, at: e.at.getTime() })),
      (c.anesthesiaEndAt ?? c.outOfRoomAt)?.getTime() ?? null,
    );
    return {
      days: days.map((d) => ({ ...d, start: new Date(d.start).toISOString() })),
      entries: list.slice(0, LATEST_ENTRIES).map((e) => ({
        id: e.id,
        direction: e.direction,
        kind: e.kind,
        volumeMl: e.volumeMl,
        at: e.at.toISOString(),
      })),
    };
  }
}
