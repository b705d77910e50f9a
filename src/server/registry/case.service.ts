// Surgical cases: the day's OR board, the case, scheduling and the status machine. Each method begins
// with the access check, then one transaction: domain → repositories → audit → publish.

import type { z } from 'zod';
import type {
  Board,
  BoardQuery,
  Case,
  CaseDetail,
  caseInput as CaseInputSchema,
  caseUpdate as CaseUpdateSchema,
  TransitionInput,
} from '../../api/registry';
import { riskFlagsOfCases } from '../../db/assessment/visit.repo';
import type { Db } from '../../db/client';
import { getAdmission } from '../../db/registry/admission.repo';
import { getCase, insertCase, listCaseEvents, lockCase, updateCase } from '../../db/registry/case.repo';
import { checklistAnswersOf, lockRoomEntry, roomOccupant } from '../../db/registry/case-gate.repo';
import { hasPermission } from '../../domain/auth/permissions';
import { coversWard, DEPARTMENT } from '../../domain/auth/scope';
import { gatesFrom } from '../../domain/registry/case-gates';
import { allowedTransitions, isActiveInRoom } from '../../domain/registry/case-status';
import { AppError, conflict, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { facetsOf, isFiltered } from './board-filter';
import { checkCaseCoding } from './case-coding';
import { dayCases } from './day-cases';
import { caseDto, caseEventDto } from './dto';
import { occupantFor, roomOccupiedError } from './safety-gates';
import { announceCase, transitionCase } from './transition';

type CaseInput = z.infer<typeof CaseInputSchema>;
type CaseUpdate = z.infer<typeof CaseUpdateSchema>;

export class CaseService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  /** The admission a case is booked under must be the patient's, in a ward the actor works in. */
  private async checkAdmission(actor: Actor, patientId: string, admissionId: string | null | undefined) {
    if (!admissionId) return;
    const admission = await getAdmission(this.db, admissionId);
    if (!admission || admission.patientId !== patientId || !coversWard(actor.scope, admission.wardId)) {
      throw new AppError('validation_failed', {}, [
        { path: 'admissionId', message: 'case.admission.mismatch' },
      ]);
    }
  }

  /** The cases of one local day for the OR board, filtered; patients masked for those without patient.read. */
  async board(actor: Actor, query: BoardQuery = {}): Promise<Board> {
    this.ctx.access.require(actor, 'case.read');
    const { day, all, rows, identified } = await dayCases(this.ctx, actor, query);
    const { date: _date, ...filter } = query;
    await this.ctx.audit.record(actor, {
      action: 'list',
      resourceType: 'case',
      detail: { date: day, count: rows.length, ...(isFiltered(filter) ? { filter } : {}) },
    });
    const risk = await riskFlagsOfCases(
      this.db,
      rows.map((r) => r.id),
    );
    return {
      date: day,
      items: rows.map((r) => ({ ...caseDto(r, identified), risk: risk.get(r.id) ?? null })),
      facets: { total: all.length, ...facetsOf(all) },
    };
  }

  async detail(actor: Actor, id: string): Promise<CaseDetail> {
    const row = await this.ctx.access.case(actor, 'case.read', id);
    const allowed = allowedTransitions(row.status);
    const [events, answers, occupant] = await Promise.all([
      listCaseEvents(this.db, row.id),
      checklistAnswersOf(this.db, row.id),
      allowed.includes('in_room') ? roomOccupant(this.db, row.orRoom, row.id) : null,
    ]);
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'case',
      resourceId: row.id,
      patientId: row.patientId,
    });
    return {
      ...caseDto(row, hasPermission(actor.role, 'patient.read')),
      events: events.map(caseEventDto),
      allowedTransitions: [...allowed],
      gates: gatesFrom(row.status, answers),
      roomOccupant: occupant && occupantFor(actor, occupant),
    };
  }

  async create(actor: Actor, input: CaseInput): Promise<Case> {
    this.ctx.access.require(actor, 'case.write');
    const patient = await this.ctx.access.patient(actor, 'case.write', input.patientId).catch(() => {
      throw new AppError('validation_failed', {}, [{ path: 'patientId', message: 'case.patient.notFound' }]);
    });
    await this.checkAdmission(actor, patient.id, input.admissionId);
    const coded = await checkCaseCoding(this.db, actor.locale, input);
    const row = await this.db.transaction(async (tx) => {
      const created = await insertCase(tx, coded, { userId: actor.id, now: this.ctx.clock() });
      await this.ctx.audit.record(
        actor,
        { action: 'create', resourceType: 'case', resourceId: created.id, patientId: created.patientId },
        tx,
      );
      await announceCase(this.ctx, tx, created, 'case.created');
      return created;
    });
    return caseDto(row);
  }

  async update(actor: Actor, id: string, body: CaseUpdate): Promise<Case> {
    const { version, ...input } = body;
    const existing = await this.ctx.access.case(actor, 'case.write', id);
    if (input.patientId !== existing.patientId) {
      throw new AppError('validation_failed', {}, [{ path: 'patientId', message: 'case.patient.immutable' }]);
    }
    await this.checkAdmission(actor, existing.patientId, input.admissionId);
    const coded = await checkCaseCoding(this.db, actor.locale, input, existing);
    const row = await this.db.transaction(async (tx) => {
      if (input.orRoom !== existing.orRoom) await this.checkRoomChange(tx, actor, existing.id, input.orRoom);
      const updated = await updateCase(tx, existing.id, version, coded, {
        userId: actor.id,
        now: this.ctx.clock(),
      });
      if (updated) {
        await this.ctx.audit.record(
          actor,
          { action: 'update', resourceType: 'case', resourceId: updated.id, patientId: updated.patientId },
          tx,
        );
        await announceCase(this.ctx, tx, updated, 'case.updated', existing.scheduledStart);
      }
      return updated;
    });
    if (!row) {
      const latest = await getCase(this.db, existing.id, DEPARTMENT);
      throw conflict(latest?.version ?? 0, latest ? caseDto(latest) : undefined);
    }
    return caseDto(row);
  }

  /** A case in its room moves only into a room no other case is in (no override: move the other out first). */
  private async checkRoomChange(tx: Db, actor: Actor, id: string, room: string) {
    // The case row first, then the room: the order a transition takes them in.
    const current = await lockCase(tx, id);
    if (!current || !isActiveInRoom(current.status)) return;
    await lockRoomEntry(tx, room);
    const occupant = await roomOccupant(tx, room, id);
    if (occupant) throw roomOccupiedError(actor, occupant);
  }

  async transition(actor: Actor, id: string, input: TransitionInput): Promise<Case> {
    await this.ctx.access.case(actor, 'case.transition', id);
    const row = await this.db.transaction(async (tx) => {
      const current = await lockCase(tx, id);
      if (!current) throw notFound();
      if (current.version !== input.version) throw conflict(current.version, caseDto(current));
      return transitionCase(this.ctx, tx, actor, current, {
        to: input.to,
        at: new Date(input.at),
        reason: input.reason,
        reasonCode: input.reasonCode,
        override: input.override,
      });
    });
    return caseDto(row);
  }
}
