// Correcting the record's entries before it is signed (after signing, through the amendment that opens
// it again): an event, a drug or a fluid edited or voided, a checklist answer withdrawn — each over the
// version read (409 otherwise), with a reason, what it was before kept with who and when. Correcting the
// time of an event that moved the case corrects the case's time of that status, in the status order;
// such an event is not voided (record-corrections.ts). Each method begins with the access check, then one
// transaction: domain → repositories → audit → publish.
import type {
  ChecklistWithdraw,
  CorrectionResult,
  DrugEdit,
  EntryVoid,
  EventEdit,
  FluidEdit,
} from '../../api/anesthesia';
import { correctStatusTime } from '../../db/anesthesia/case-time.repo';
import {
  type DrugRow,
  type EventRow,
  type FluidRow,
  insertCorrection,
  lockChecklistPhase,
  lockEntry,
  recordEntries,
  updateEntry,
  withdrawAnswer,
} from '../../db/anesthesia/record.repo';
import type { Db } from '../../db/client';
import { type CaseRow, lockCase } from '../../db/registry/case.repo';
import { drugDef } from '../../domain/anesthesia/drug-catalogue';
import {
  changedFields,
  endsBeforeStart,
  gatePassed,
  movedCase,
} from '../../domain/anesthesia/record-corrections';
import { eventTimeProblem } from '../../domain/anesthesia/record-time';
import { CHECKLIST, eventDef, FLUIDS_OUT, type FluidKind } from '../../domain/anesthesia/record-vocabulary';
import { STATUS_LABELS } from '../../domain/registry/case-status';
import { AppError, conflict, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { announceCase } from '../registry/transition';
import {
  announce,
  entryTime,
  eventTimeRefusal,
  fieldError,
  invalid,
  openRecord,
  recordChanged,
  statusTimes,
} from './record-write';

type Kind = 'event' | 'drug' | 'fluid';
type Row = EventRow | DrugRow | FluidRow;

/** What an entry is, as a voided one is kept in its correction. */
const ENTRY_FIELDS: Record<Kind, readonly string[]> = {
  event: ['code', 'text', 'at'],
  drug: ['drug', 'kind', 'dose', 'rate', 'unit', 'startAt', 'endAt'],
  fluid: ['direction', 'kind', 'volumeMl', 'at'],
};

const json = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
/** The fields named, as they were (times as ISO strings, as the API gives them). */
const snapshot = (row: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.map((f) => [f, json(row[f]) ?? null]));

export class RecordCorrectionService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  /** An event's time or description corrected; one that moved the case moves the case's time with it. */
  async editEvent(actor: Actor, id: string, entryId: string, body: EventEdit): Promise<CorrectionResult> {
    const c = await this.ctx.access.case(actor, 'observation.write', id);
    return this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      const current = await this.open(tx, actor, c, 'event', entryId, body.version);
      const at = body.at === undefined ? undefined : entryTime(c, body.at, 'at', now, actor.locale);
      const values = { ...(at ? { at } : {}), ...(body.text !== undefined ? { text: body.text } : {}) };
      const fields = this.changes(actor, current, values);
      const transition = movedCase(current.code);
      let moved: CaseRow | null = null;
      if (at && fields.includes('at')) {
        // The case's row is locked before its times are read: they are what the new time must fit.
        const locked = transition ? await lockCase(tx, c.id) : c;
        if (!locked) throw notFound();
        if (transition && body.caseVersion !== undefined && locked.version !== body.caseVersion)
          throw conflict(locked.version);
        const others = (await recordEntries(tx, c.id)).events
          .filter((e) => e.id !== current.id)
          .map((e) => ({ code: e.code, at: e.at.getTime() }));
        const problem = eventTimeProblem(current.code, at.getTime(), statusTimes(locked), others);
        if (problem) throw eventTimeRefusal(problem, 'at', this.ctx, actor, now);
        if (transition) moved = await correctStatusTime(tx, c.id, transition, at, { userId: actor.id, now });
      }
      const row = await this.save(tx, actor, c, 'event', current, values, fields, body.reason);
      if (moved) {
        await announceCase(this.ctx, tx, moved, 'case.updated');
        if (transition === 'in_room' || transition === 'out_of_room')
          await announce(this.ctx, tx, c, {
            type: 'readings.changed',
            id: c.id,
            data: { what: 'stay', at: new Date(Math.min(at!.getTime(), current.at.getTime())).toISOString() },
          });
      }
      return { id: row.id, version: row.version, ...(moved ? { caseVersion: moved.version } : {}) };
    });
  }

  /** A drug entry corrected: the drug, the dose or rate, its start and (a stopped infusion's) end. */
  async editDrug(actor: Actor, id: string, entryId: string, body: DrugEdit): Promise<CorrectionResult> {
    const c = await this.ctx.access.case(actor, 'observation.write', id);
    return this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      const current = await this.open(tx, actor, c, 'drug', entryId, body.version);
      const bolus = current.kind === 'bolus';
      const misplaced = bolus
        ? (['rate', 'endAt'] as const).find((f) => body[f] !== undefined)
        : body.dose !== undefined
          ? 'dose'
          : undefined;
      if (misplaced)
        throw invalid(fieldError(misplaced, `record.drug.not_for_${current.kind}`, actor.locale));
      if (body.endAt !== undefined && current.endAt === null)
        throw invalid(fieldError('endAt', 'record.drug.end_running', actor.locale));
      const def = body.drug ? drugDef(body.drug)! : null;
      const values = {
        ...(def ? { drug: def.code, unit: bolus ? def.unit : `${def.unit}/h`, route: def.route } : {}),
        ...(body.dose !== undefined ? { dose: body.dose } : {}),
        ...(body.rate !== undefined ? { rate: body.rate } : {}),
        ...(body.startAt !== undefined
          ? { startAt: entryTime(c, body.startAt, 'startAt', now, actor.locale) }
          : {}),
        ...(body.endAt !== undefined ? { endAt: entryTime(c, body.endAt, 'endAt', now, actor.locale) } : {}),
      };
      const start = values.startAt ?? current.startAt;
      const end = values.endAt ?? current.endAt;
      if (endsBeforeStart(start.getTime(), end?.getTime() ?? null))
        throw invalid(
          fieldError(values.endAt ? 'endAt' : 'startAt', 'record.drug.end_before_start', actor.locale),
        );
      const fields = this.changes(actor, current, values);
      const row = await this.save(tx, actor, c, 'drug', current, values, fields, body.reason);
      return { id: row.id, version: row.version };
    });
  }

  /** A fluid entry corrected: its kind (in or out follows), volume and time. */
  async editFluid(actor: Actor, id: string, entryId: string, body: FluidEdit): Promise<CorrectionResult> {
    const c = await this.ctx.access.case(actor, 'observation.write', id);
    return this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      const current = await this.open(tx, actor, c, 'fluid', entryId, body.version);
      const direction = (kind: FluidKind) =>
        (FLUIDS_OUT as readonly string[]).includes(kind) ? 'out' : 'in';
      const values = {
        ...(body.kind !== undefined ? { kind: body.kind, direction: direction(body.kind) } : {}),
        ...(body.volumeMl !== undefined ? { volumeMl: body.volumeMl } : {}),
        ...(body.at !== undefined ? { at: entryTime(c, body.at, 'at', now, actor.locale) } : {}),
      } as Partial<FluidRow>;
      const fields = this.changes(actor, current, values);
      const row = await this.save(tx, actor, c, 'fluid', current, values, fields, body.reason);
      return { id: row.id, version: row.version };
    });
  }

  /** An event, drug or fluid voided: kept, struck through, counted nowhere; an event that moved the case is not. */
  async voidEntry(
    actor: Actor,
    id: string,
    kind: Kind,
    entryId: string,
    body: EntryVoid,
  ): Promise<CorrectionResult> {
    const c = await this.ctx.access.case(actor, 'observation.write', id);
    return this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      const current = await this.open(tx, actor, c, kind, entryId, body.version);
      if (kind === 'event') {
        const code = (current as EventRow).code;
        const status = movedCase(code);
        if (status)
          throw new AppError('event_moved_case', {
            event: eventDef(code)?.label[actor.locale] ?? code,
            status: STATUS_LABELS[status][actor.locale === 'en-US' ? 'en' : 'zh'],
          });
      }
      const row = await updateEntry(tx, kind, current.id, body.version, {
        voidedAt: now,
        voidedBy: actor.id,
        voidReason: body.reason,
      });
      if (!row) throw conflict(current.version);
      await insertCorrection(tx, {
        caseId: c.id,
        entryKind: kind,
        entryId: current.id,
        action: 'void',
        version: current.version,
        before: snapshot(current as unknown as Record<string, unknown>, ENTRY_FIELDS[kind]),
        after: {},
        reason: body.reason,
        changedBy: actor.id,
        changedAt: now,
      });
      await recordChanged(this.ctx, tx, actor, c, 'correction', {
        entry: kind,
        id: current.id,
        action: 'void',
        reason: body.reason,
      });
      return { id: row.id, version: row.version };
    });
  }

  /** A checklist answer withdrawn (the item unanswered again), unless its phase let the case through. */
  async withdrawAnswer(actor: Actor, id: string, body: ChecklistWithdraw): Promise<{ ok: true }> {
    const c = await this.ctx.access.case(actor, 'observation.write', id);
    await this.db.transaction(async (tx) => {
      const now = this.ctx.clock();
      await openRecord(tx, c, actor, now);
      const locked = await lockCase(tx, c.id);
      if (!locked) throw notFound();
      const passed = gatePassed(body.phase, statusTimes(locked));
      if (passed)
        throw new AppError('checklist_gate_passed', {
          phase: CHECKLIST[body.phase].label[actor.locale],
          status: STATUS_LABELS[passed][actor.locale === 'en-US' ? 'en' : 'zh'],
        });
      const stored = (await lockChecklistPhase(tx, c.id, body.phase)).find((a) => a.item === body.item);
      if (!stored) throw notFound();
      if (stored.version !== body.version) throw conflict(stored.version);
      const row = await withdrawAnswer(
        tx,
        { caseId: c.id, phase: body.phase, item: body.item },
        body.version,
      );
      if (!row) throw conflict(stored.version);
      await insertCorrection(tx, {
        caseId: c.id,
        entryKind: 'checklist',
        entryId: `${body.phase}.${body.item}`,
        action: 'void',
        version: row.version,
        before: { answer: row.answer, answeredBy: row.answeredBy, answeredAt: row.answeredAt.toISOString() },
        after: {},
        reason: body.reason,
        changedBy: actor.id,
        changedAt: now,
      });
      await recordChanged(this.ctx, tx, actor, c, 'correction', {
        entry: 'checklist',
        id: `${body.phase}.${body.item}`,
        action: 'void',
        reason: body.reason,
      });
    });
    return { ok: true };
  }

  /** The record open for changes and the entry locked at the version the client read. */
  private async open<K extends Kind>(
    tx: Db,
    actor: Actor,
    c: CaseRow,
    kind: K,
    entryId: string,
    version: number,
  ) {
    await openRecord(tx, c, actor, this.ctx.clock());
    const current = await lockEntry(tx, kind, entryId, c.id);
    if (!current) throw notFound();
    if (current.voidedAt) throw new AppError('entry_voided');
    if (current.version !== version) throw conflict(current.version);
    return current;
  }

  /** The fields a correction changes; none is a mistake the user is told of. */
  private changes(actor: Actor, current: Row, values: Record<string, unknown>): string[] {
    const fields = changedFields(current as never, values as never) as string[];
    if (fields.length === 0) throw invalid(fieldError('', 'record.nothing_changed', actor.locale));
    return fields;
  }

  /** The correction written: the entry at its next version, what it was kept, the audit row and the news. */
  private async save<K extends Kind>(
    tx: Db,
    actor: Actor,
    c: CaseRow,
    kind: K,
    current: Row,
    values: Record<string, unknown>,
    fields: readonly string[],
    reason: string,
  ) {
    const now = this.ctx.clock();
    const row = await updateEntry(tx, kind, current.id, current.version, values as never);
    if (!row) throw conflict(current.version);
    await insertCorrection(tx, {
      caseId: c.id,
      entryKind: kind,
      entryId: current.id,
      action: 'edit',
      version: current.version,
      before: snapshot(current as unknown as Record<string, unknown>, fields),
      after: snapshot(values, fields),
      reason,
      changedBy: actor.id,
      changedAt: now,
    });
    await recordChanged(this.ctx, tx, actor, c, 'correction', {
      entry: kind,
      id: current.id,
      action: 'edit',
      fields,
      reason,
    });
    return row;
  }
}
