// Ward observation sets: a set is scored with NEWS2 under the case's SpO2 scale, sets the next due time
// and raises the alert its response calls for (domain/monitoring/escalation.ts); it is taken at the time
// the nurse gives (observation-time.ts), entered now. A set is corrected (values, time) or voided with a
// reason over the version read: it is scored again and its alerts answer to the corrected score
// (observation-corrections.ts), what it was kept with who and when. The scale-2 order; the bed monitor's
// latest readings to prefill a set. Each method begins with the access check, then one transaction:
// domain → repositories → audit → publish.
import type {
  BedsideVitals,
  ObservationSetCorrected,
  ObservationSetEdit,
  ObservationSetInput,
  ObservationSetList,
  ObservationSetSaved,
  ObservationSetVoid,
  Scale2OrderInput,
} from '../../api/monitoring';
import type { Db } from '../../db/client';
import { bedsideReadings } from '../../db/monitoring/bedside.repo';
import { type AlertRow, raiseAlert } from '../../db/monitoring/ews-alert.repo';
import {
  caseCorrections,
  insertObservationCorrection,
  setAlerts,
  withdrawAlerts,
} from '../../db/monitoring/observation-correction.repo';
import {
  activeScale2,
  caseSetList,
  caseSets,
  insertSet,
  lockSet,
  orderScale2,
  type SetRow,
  stopScale2,
  updateSet,
} from '../../db/monitoring/observation-set.repo';
import type { CaseWithPatient } from '../../db/registry/case.repo';
import {
  alertsAfterCorrection,
  SET_VALUE_FIELDS,
  type SetValues,
  setChanges,
} from '../../domain/monitoring/observation-corrections';
import { observationFieldText, observationTimeText } from '../../domain/monitoring/observation-fields';
import { type ScoredSet, scoreSet } from '../../domain/monitoring/observation-scoring';
import { observationTimeProblem } from '../../domain/monitoring/observation-time';
import type { News2Input } from '../../domain/scores/news2';
import { SuggestionService } from '../complications/suggestion.service';
import { AppError, conflict, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { siteTime } from '../platform/local-date';
import { announceToWard } from './announce';
import { listedSet, saved, scoredColumns, snapshot } from './observation-set.dto';

const BEDSIDE_WINDOW_MS = 15 * 60_000;

const invalid = (path: string, message: string) => new AppError('validation_failed', {}, [{ path, message }]);

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
    const takenAt = this.takenAt(actor, c, input.takenAt, now);
    const order = await activeScale2(this.db, c.id);
    const scale = order ? 2 : 1;
    const scored = scoreSet(input.values, scale, takenAt.getTime());
    return this.db.transaction(async (tx) => {
      const set = await insertSet(tx, {
        caseId: c.id,
        patientId: c.patientId,
        wardId: c.wardId,
        takenAt,
        scale,
        ...scoredColumns(scored),
        enteredBy: actor.id,
        enteredAt: now,
      });
      const alert = scored.response?.alert ? await this.raise(tx, c, set, scored.response.alert, now) : null;
      await this.ctx.audit.record(
        actor,
        {
          action: 'create',
          resourceType: 'observation_set',
          resourceId: set.id,
          patientId: c.patientId,
          detail: { total: set.total, takenAt: takenAt.toISOString() },
        },
        tx,
      );
      await this.feverCheck(tx, actor, c);
      await announceToWard(this.ctx, tx, c, { type: alert ? 'ews.alert' : 'ews.set', id: c.id });
      return saved(set, scored, alert);
    });
  }

  /** A set's values or time corrected: scored again, its alerts answering to the corrected score. */
  async edit(
    actor: Actor,
    caseId: string,
    setId: string,
    body: ObservationSetEdit,
  ): Promise<ObservationSetCorrected> {
    const c = await this.ctx.access.case(actor, 'observation.write', caseId);
    return this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      const current = await this.open(tx, c, setId, body.version);
      const before = { takenAt: current.takenAt, values: current.values as SetValues, total: current.total };
      const moved = body.takenAt !== undefined && Date.parse(body.takenAt) !== current.takenAt.getTime();
      const takenAt = moved ? this.takenAt(actor, c, body.takenAt!, now) : current.takenAt;
      const changes = setChanges(
        { takenAt: current.takenAt.getTime(), values: before.values },
        { takenAt: takenAt.getTime(), ...(body.values ? { values: body.values } : {}) },
      );
      if (changes.length === 0)
        throw invalid('', observationFieldText('observation.nothing_changed', actor.locale));
      const given = Object.entries(body.values ?? {}).filter(([, v]) => v !== undefined);
      const values = { ...(current.values as News2Input), ...Object.fromEntries(given) } as News2Input;
      const scored = scoreSet(values, current.scale, takenAt.getTime());
      const row = await updateSet(tx, current.id, current.version, { takenAt, ...scoredColumns(scored) });
      if (!row) throw conflict(current.version);
      const fields = [...changes, ...(row.total !== current.total ? ['total'] : [])];
      await insertObservationCorrection(tx, {
        setId: current.id,
        action: 'edit',
        version: current.version,
        before: snapshot(before, fields),
        after: snapshot({ takenAt, values: scored.values, total: row.total }, fields),
        reason: body.reason,
        changedBy: actor.id,
        changedAt: now,
      });
      const answer = await this.answer(tx, c, row, scored, now);
      await this.corrected(tx, actor, c, row, {
        action: 'edit',
        fields,
        reason: body.reason,
        ...answer.detail,
      });
      return {
        ...saved(row, scored, answer.raised),
        version: row.version,
        withdrawnAlerts: answer.withdrawn,
      };
    });
  }

  /** A set voided with a reason: kept, struck through, counted nowhere; its alerts withdrawn. */
  async void(
    actor: Actor,
    caseId: string,
    setId: string,
    body: ObservationSetVoid,
  ): Promise<ObservationSetCorrected> {
    const c = await this.ctx.access.case(actor, 'observation.write', caseId);
    return this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      const current = await this.open(tx, c, setId, body.version);
      const row = await updateSet(tx, current.id, current.version, {
        voidedAt: now,
        voidedBy: actor.id,
        voidReason: body.reason,
      });
      if (!row) throw conflict(current.version);
      const values = current.values as SetValues;
      const fields = ['takenAt', ...SET_VALUE_FIELDS, 'total'];
      await insertObservationCorrection(tx, {
        setId: current.id,
        action: 'void',
        version: current.version,
        before: snapshot({ takenAt: current.takenAt, values, total: current.total }, fields),
        after: {},
        reason: body.reason,
        changedBy: actor.id,
        changedAt: now,
      });
      const plan = alertsAfterCorrection(await setAlerts(tx, current.id), null, now.getTime());
      const withdrawn = await withdrawAlerts(tx, plan.withdraw);
      await this.corrected(tx, actor, c, row, { action: 'void', reason: body.reason, withdrawn });
      const scored = scoreSet(current.values as News2Input, current.scale, current.takenAt.getTime());
      return { ...saved(row, scored, null), version: row.version, withdrawnAlerts: withdrawn };
    });
  }

  /** The set of the case locked at the version the client read; a voided one is not changed again. */
  private async open(tx: Db, c: CaseWithPatient, setId: string, version: number): Promise<SetRow> {
    const current = await lockSet(tx, c.id, setId);
    if (!current) throw notFound();
    if (current.voidedAt) throw new AppError('observation_set_voided');
    if (current.version !== version) throw conflict(current.version);
    return current;
  }

  /** When the set was taken, refused (naming `takenAt`) in the future, in theatre or long before the case. */
  private takenAt(actor: Actor, c: CaseWithPatient, iso: string, now: Date): Date {
    const at = new Date(iso);
    const problem = observationTimeProblem(
      at.getTime(),
      {
        inRoomAt: c.inRoomAt?.getTime() ?? null,
        outOfRoomAt: c.outOfRoomAt?.getTime() ?? null,
        scheduledStart: c.scheduledStart.getTime(),
      },
      now.getTime(),
    );
    if (!problem) return at;
    const time = (ms: number) => siteTime(ms, this.ctx.config.PERIOP_SITE_TIMEZONE, now);
    throw invalid('takenAt', observationTimeText(problem, actor.locale, time));
  }

  private raise(tx: Db, c: CaseWithPatient, set: SetRow, type: AlertRow['type'], now: Date) {
    return raiseAlert(tx, {
      caseId: c.id,
      patientId: c.patientId,
      wardId: c.wardId,
      setId: set.id,
      type,
      raisedAt: now,
    });
  }

  /** The corrected set's alerts: those it no longer calls for withdrawn, the one it now calls for raised. */
  private async answer(tx: Db, c: CaseWithPatient, set: SetRow, scored: ScoredSet, now: Date) {
    const plan = alertsAfterCorrection(await setAlerts(tx, set.id), scored, now.getTime());
    const withdrawn = await withdrawAlerts(tx, plan.withdraw);
    const raised = plan.raise ? await this.raise(tx, c, set, plan.raise, now) : null;
    return { withdrawn, raised, detail: { withdrawn, raised: raised?.id ?? null } };
  }

  /** What every correction does after the set is written: the audit row, the fever check, the news. */
  private async corrected(
    tx: Db,
    actor: Actor,
    c: CaseWithPatient,
    set: SetRow,
    detail: Record<string, unknown> & { raised?: string | null },
  ): Promise<void> {
    await this.ctx.audit.record(
      actor,
      {
        action: 'correction',
        resourceType: 'observation_set',
        resourceId: set.id,
        patientId: c.patientId,
        detail: { ...detail, version: set.version },
      },
      tx,
    );
    await this.feverCheck(tx, actor, c);
    await announceToWard(this.ctx, tx, c, { type: detail.raised ? 'ews.alert' : 'ews.set', id: c.id });
  }

  /** Persistent fever across the case's standing sets suggests itself to the complication registry. */
  private async feverCheck(tx: Db, actor: Actor, c: CaseWithPatient): Promise<void> {
    const temps = (await caseSets(tx, c.id)).flatMap((s) => {
      const value = (s.values as { temperature?: number | null }).temperature;
      return typeof value === 'number' ? [{ value, at: s.takenAt }] : [];
    });
    await this.suggestions.fromTemperatures(tx, actor, c, temps);
  }

  /** Every set of the case, voided ones too, each with who entered it, its voiding and its corrections. */
  async list(actor: Actor, caseId: string): Promise<ObservationSetList> {
    const c = await this.ctx.access.case(actor, 'observation.read', caseId);
    const [sets, corrections] = await Promise.all([
      caseSetList(this.db, c.id),
      caseCorrections(this.db, c.id),
    ]);
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'observation_set',
      resourceId: c.id,
      patientId: c.patientId,
    });
    return { items: sets.map((s) => listedSet(s, corrections)) };
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
