// The record's entries as they happen — or as they happened, recorded after the fact with their time:
// one-tap events (入室, 麻醉开始, 切皮 … move the case through the registry's transition, gated by the WHO
// checklist), drugs and infusion segments, fluids, checklist answers (a saved answer changed only over
// its version and with a reason, kept among the corrections). Each method begins with the access check,
// then one transaction: domain → repositories → audit → publish.
import type { z } from 'zod';
import type { checklistInput, drugInput, eventInput, fluidInput } from '../../api/anesthesia';
import {
  endInfusion,
  insertCorrection,
  insertDrug,
  insertEvent,
  insertFluid,
  lockChecklistPhase,
  recordEntries,
  upsertChecklist,
} from '../../db/anesthesia/record.repo';
import { lockCase } from '../../db/registry/case.repo';
import { drugDef } from '../../domain/anesthesia/drug-catalogue';
import { eventTimeProblem } from '../../domain/anesthesia/record-time';
import { CHECKLIST, eventDef, phaseComplete } from '../../domain/anesthesia/record-vocabulary';
import type { Locale } from '../../domain/common/field-messages';
import { allowedTransitions } from '../../domain/registry/case-status';
import { AppError, conflict, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { transitionCase } from '../registry/transition';
import {
  entryTime,
  eventTimeRefusal,
  fieldError,
  invalid,
  openRecord,
  recordChanged,
  statusTimes,
} from './record-write';

const notRunning = (path: string, locale: Locale) =>
  invalid(fieldError(path, 'record.drug.not_running', locale));

export class RecordEntryService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  /** A one-tap event; one that moves the case goes through the registry's state machine. */
  async event(
    actor: Actor,
    id: string,
    body: z.infer<typeof eventInput>,
  ): Promise<{ id: string; caseVersion: number }> {
    const c = await this.ctx.access.case(actor, 'observation.write', id);
    const def = eventDef(body.code)!;
    if (body.code === 'custom' && !body.text)
      throw invalid(fieldError('text', 'record.event.text_required', actor.locale));
    const at = entryTime(c, body.at, 'at', this.ctx.clock(), actor.locale);
    return this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      await openRecord(tx, c, actor, now);
      // An intra-op event after 入室; one that moves the case is checked by the state machine as well.
      const problem = eventTimeProblem(def.code, at.getTime(), statusTimes(c));
      if (problem) throw eventTimeRefusal(problem, 'at', this.ctx, actor, now);
      // Only where the step is allowed at all: an illegal one is the state machine's refusal (409).
      if (def.needs && def.transition && allowedTransitions(c.status).includes(def.transition)) {
        const { checklist } = await recordEntries(tx, c.id);
        const answers = new Map(checklist.map((a) => [`${a.phase}.${a.item}`, a.answer]));
        if (!phaseComplete(def.needs, answers) && !body.overrideReason)
          throw new AppError('checklist_incomplete', { phase: CHECKLIST[def.needs].label[actor.locale] }, [
            fieldError('overrideReason', 'record.override_required', actor.locale),
          ]);
      }
      let caseVersion = c.version;
      if (def.transition) {
        const current = await lockCase(tx, c.id);
        if (!current) throw notFound();
        if (body.caseVersion !== undefined && current.version !== body.caseVersion)
          throw conflict(current.version);
        caseVersion = (
          await transitionCase(this.ctx, tx, actor, current, {
            to: def.transition,
            at,
            override: body.overrideReason ? { reason: body.overrideReason } : undefined,
          })
        ).version;
      }
      const row = await insertEvent(tx, {
        caseId: c.id,
        code: def.code,
        text: body.text ?? null,
        at,
        overrideReason: body.overrideReason ?? null,
        recordedBy: actor.id,
        recordedAt: now,
      });
      await recordChanged(this.ctx, tx, actor, c, 'event', {
        code: def.code,
        at: body.at,
        override: body.overrideReason ?? null,
      });
      return { id: row.id, caseVersion };
    });
  }

  /** A bolus, or an infusion segment (a rate change ends the running segment and starts the next). */
  async drug(actor: Actor, id: string, body: z.infer<typeof drugInput>): Promise<{ id: string }> {
    const c = await this.ctx.access.case(actor, 'observation.write', id);
    const def = drugDef(body.drug)!;
    const startAt = entryTime(c, body.startAt, 'startAt', this.ctx.clock(), actor.locale);
    return this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      await openRecord(tx, c, actor, now);
      if (body.replaces && !(await endInfusion(tx, body.replaces, c.id, startAt)))
        throw notRunning('replaces', actor.locale);
      const row = await insertDrug(tx, {
        caseId: c.id,
        drug: def.code,
        kind: body.kind,
        dose: body.kind === 'bolus' ? body.dose! : null,
        rate: body.kind === 'infusion' ? body.rate! : null,
        unit: body.kind === 'infusion' ? `${def.unit}/h` : def.unit,
        route: def.route,
        startAt,
        endAt: null,
        recordedBy: actor.id,
        recordedAt: now,
      });
      await recordChanged(this.ctx, tx, actor, c, 'drug', { drug: def.code, kind: body.kind });
      return { id: row.id };
    });
  }

  async stopDrug(actor: Actor, id: string, entryId: string, body: { at: string }): Promise<{ id: string }> {
    const c = await this.ctx.access.case(actor, 'observation.write', id);
    return this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      await openRecord(tx, c, actor, now);
      const row = await endInfusion(tx, entryId, c.id, entryTime(c, body.at, 'at', now, actor.locale));
      if (!row) throw notRunning('entryId', actor.locale);
      await recordChanged(this.ctx, tx, actor, c, 'drug.stop', { entry: row.id });
      return { id: row.id };
    });
  }

  async fluid(actor: Actor, id: string, body: z.infer<typeof fluidInput>): Promise<{ id: string }> {
    const c = await this.ctx.access.case(actor, 'observation.write', id);
    return this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      await openRecord(tx, c, actor, now);
      const row = await insertFluid(tx, {
        caseId: c.id,
        ...body,
        at: entryTime(c, body.at, 'at', now, actor.locale),
        recordedBy: actor.id,
        recordedAt: now,
      });
      await recordChanged(this.ctx, tx, actor, c, 'fluid', { kind: body.kind, volumeMl: body.volumeMl });
      return { id: row.id };
    });
  }

  /**
   * Answers to one phase of the WHO Surgical Safety Checklist: new ones written; a saved one changed
   * only over the version the client saw (409 otherwise) and with a reason, what it was kept.
   */
  async checklist(actor: Actor, id: string, body: z.infer<typeof checklistInput>): Promise<{ ok: true }> {
    const c = await this.ctx.access.case(actor, 'observation.write', id);
    const known = new Set(CHECKLIST[body.phase].items.map((i) => i.code));
    const unknown = Object.keys(body.answers).filter((k) => !known.has(k));
    if (unknown.length)
      throw invalid(
        ...unknown.map((k) => fieldError(`answers.${k}`, 'record.checklist.unknown_item', actor.locale)),
      );
    await this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      await openRecord(tx, c, actor, now);
      const saved = new Map((await lockChecklistPhase(tx, c.id, body.phase)).map((a) => [a.item, a]));
      const written = Object.entries(body.answers).filter(
        ([item, answer]) => saved.get(item)?.answer !== answer,
      );
      const changed = written.filter(([item]) => saved.has(item));
      for (const [item] of changed) {
        const stored = saved.get(item)!;
        if (body.versions?.[item] !== stored.version) throw conflict(stored.version);
      }
      if (changed.length && !body.reason)
        throw invalid(fieldError('reason', 'record.checklist.reason_required', actor.locale));
      await upsertChecklist(
        tx,
        written.map(([item, answer]) => ({
          caseId: c.id,
          phase: body.phase,
          item,
          answer,
          answeredBy: actor.id,
          answeredAt: now,
        })),
      );
      for (const [item, answer] of changed) {
        const stored = saved.get(item)!;
        await insertCorrection(tx, {
          caseId: c.id,
          entryKind: 'checklist',
          entryId: `${body.phase}.${item}`,
          action: 'edit',
          version: stored.version,
          before: { answer: stored.answer, answeredBy: stored.answeredBy, answeredAt: stored.answeredAt },
          after: { answer },
          reason: body.reason!,
          changedBy: actor.id,
          changedAt: now,
        });
      }
      await recordChanged(this.ctx, tx, actor, c, 'checklist', {
        phase: body.phase,
        ...(changed.length ? { changed: changed.map(([item]) => item), reason: body.reason } : {}),
      });
    });
    return { ok: true };
  }
}
