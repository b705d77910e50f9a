// Ward observation sets: a set is scored with NEWS2 under the case's SpO2 scale, sets the next due time
// and raises the alert its response calls for (domain/monitoring/escalation.ts); the scale-2 order; the
// bed monitor's latest readings to prefill a set. Each method begins with the access check, then one
// transaction: domain → repositories → audit → publish.
import type {
  BedsideVitals,
  ObservationSetInput,
  ObservationSetList,
  ObservationSetSaved,
  Scale2OrderInput,
} from '../../api/monitoring';
import type { Db } from '../../db/client';
import { bedsideReadings } from '../../db/monitoring/bedside.repo';
import { raiseAlert } from '../../db/monitoring/ews-alert.repo';
import {
  activeScale2,
  caseSets,
  insertSet,
  orderScale2,
  stopScale2,
} from '../../db/monitoring/observation-set.repo';
import type { CaseWithPatient } from '../../db/registry/case.repo';
import { takenInFuture } from '../../domain/monitoring/entry-time';
import { responseToSet } from '../../domain/monitoring/escalation';
import { type News2Band, news2 } from '../../domain/scores/news2';
import { SuggestionService } from '../complications/suggestion.service';
import { AppError } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { announceToWard } from './announce';

const BEDSIDE_WINDOW_MS = 15 * 60_000;

export class ObservationSetService {
  private readonly suggestions: SuggestionService;

  constructor(private readonly ctx: AppContext) {
    this.suggestions = new SuggestionService(ctx);
  }

  private get db() {
    return this.ctx.database.db;
  }

  async record(actor: Actor, caseId: string, input: ObservationSetInput): Promise<ObservationSetSaved> {
    const c = await this.ctx.access.case(actor, 'observation.write', caseId);
    const now = this.ctx.clock();
    const takenAt = new Date(input.takenAt);
    if (takenInFuture(takenAt.getTime(), now.getTime()))
      throw new AppError('validation_failed', {}, [{ path: 'takenAt', message: 'time.in_future' }]);
    const order = await activeScale2(this.db, c.id);
    const scale = order ? 2 : 1;
    const values = { ...input.values, spo2Scale: scale } as const;
    const result = news2.compute(values);
    const complete = result.status === 'complete';
    const response = responseToSet(result);
    return this.db.transaction(async (tx) => {
      const set = await insertSet(tx, {
        caseId: c.id,
        patientId: c.patientId,
        wardId: c.wardId,
        takenAt,
        values,
        complete,
        total: complete ? result.total : null,
        band: complete ? (result.band as News2Band) : null,
        redScore: complete ? result.details?.redScore === true : false,
        scale,
        result,
        nextDueAt: response ? new Date(takenAt.getTime() + response.dueMinutes * 60_000) : null,
        enteredBy: actor.id,
        enteredAt: now,
      });
      const alert = response?.alert
        ? await raiseAlert(tx, {
            caseId: c.id,
            patientId: c.patientId,
            wardId: c.wardId,
            setId: set.id,
            type: response.alert,
            raisedAt: now,
          })
        : null;
      await this.ctx.audit.record(
        actor,
        {
          action: 'create',
          resourceType: 'observation_set',
          resourceId: set.id,
          patientId: c.patientId,
          detail: { total: set.total },
        },
        tx,
      );
      await this.feverCheck(tx, actor, c);
      await announceToWard(this.ctx, tx, c, { type: alert ? 'ews.alert' : 'ews.set', id: c.id });
      return {
        id: set.id,
        complete,
        total: set.total,
        band: set.band,
        scale: set.scale,
        missing: result.status === 'incomplete' ? result.missing : [],
        nextDueAt: set.nextDueAt?.toISOString() ?? null,
        alert: alert ? { id: alert.id, type: alert.type } : null,
      };
    });
  }

  /** Persistent fever across the case's sets suggests itself to the complication registry. */
  private async feverCheck(tx: Db, actor: Actor, c: CaseWithPatient): Promise<void> {
    const temps = (await caseSets(tx, c.id)).flatMap((s) => {
      const value = (s.values as { temperature?: number | null }).temperature;
      return typeof value === 'number' ? [{ value, at: s.takenAt }] : [];
    });
    await this.suggestions.fromTemperatures(tx, actor, c, temps);
  }

  async list(actor: Actor, caseId: string): Promise<ObservationSetList> {
    const c = await this.ctx.access.case(actor, 'observation.read', caseId);
    const sets = await caseSets(this.db, c.id);
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'observation_set',
      resourceId: c.id,
      patientId: c.patientId,
    });
    return {
      items: sets.map((s) => ({
        id: s.id,
        takenAt: s.takenAt.toISOString(),
        values: s.values as Record<string, unknown>,
        complete: s.complete,
        total: s.total,
        band: s.band,
        scale: s.scale,
        nextDueAt: s.nextDueAt?.toISOString() ?? null,
      })),
    };
  }

  /** Scale 2 only under an explicit, attributed order with its reason (decision D2); or its end. */
  async orderScale2(actor: Actor, caseId: string, input: Scale2OrderInput): Promise<{ active: boolean }> {
    const c = await this.ctx.access.case(actor, 'observation.order', caseId);
    const reason = input.reason;
    if (input.active && !reason)
      throw new AppError('validation_failed', {}, [
        { path: 'reason', message: 'monitoring.scale2.reason_required' },
      ]);
    await this.db.transaction(async (tx) => {
      if (input.active && reason)
        await orderScale2(tx, c.id, reason, { userId: actor.id, now: this.ctx.clock() });
      else await stopScale2(tx, c.id);
      await this.ctx.audit.record(
        actor,
        {
          action: input.active ? 'order' : 'stop',
          resourceType: 'scale2_order',
          resourceId: c.id,
          patientId: c.patientId,
          detail: { reason: reason ?? null },
        },
        tx,
      );
    });
    return { active: input.active };
  }

  /** The ward bed monitor's latest readings (15 min) to prefill a set. */
  async bedsideVitals(actor: Actor, caseId: string): Promise<BedsideVitals> {
    const c = await this.ctx.access.case(actor, 'observation.read', caseId);
    const readings = await bedsideReadings(
      this.db,
      c.id,
      new Date(this.ctx.clock().getTime() - BEDSIDE_WINDOW_MS),
    );
    const get = (...params: string[]) => readings.find((r) => params.includes(r.param))?.value ?? null;
    const at = readings.map((r) => new Date(r.observed_at).getTime());
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'bedside_vitals',
      resourceId: c.id,
      patientId: c.patientId,
    });
    return {
      values: {
        respirationRate: get('rr'),
        spo2: get('spo2'),
        systolicBp: get('nibp_sys', 'art_sys'),
        pulse: get('hr', 'pr'),
        temperature: get('temp'),
      },
      at: at.length ? new Date(Math.max(...at)).toISOString() : null,
    };
  }
}
