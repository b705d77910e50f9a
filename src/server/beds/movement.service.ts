// Admissions, transfers, swaps and discharges of the department's one bed pool (issue 13 §4), each with its
// event time apart from the time it was recorded. Each method: the access check, then one transaction (the
// caller's when given — the ADT interface's) of domain checks → repositories → audit → publish.
import type { z } from 'zod';
import type {
  bedStateInput,
  bedStateResult,
  Disposition,
  expectedDischargeInput,
  expectedDischargeResult,
  MovementResult,
  SwapResult,
  stayCorrectionInput,
} from '../../api/beds';
import { lockBedRequest, updateBedRequest } from '../../db/beds/bed-requests.repo';
import {
  changeBedState,
  insertBedAdmission,
  lockBed,
  overlappingStaysOfPatient,
  setStayEnd,
  updateAdmission,
  visitNumberTaken,
} from '../../db/beds/bed-stays.repo';
import type { Db } from '../../db/client';
import { getAdmission } from '../../db/registry/admission.repo';
import { coversWard } from '../../domain/auth/scope';
import { dayNumber } from '../../domain/quality/bed-days';
import { conflict, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { cancelAdmission, cancelDischarge, cancelTransfer, correctStay } from './movement-corrections';
import { setBedState, setExpectedDischarge } from './movement-state';
import {
  announce,
  applyRules,
  auditStay,
  checkAt,
  checkWard,
  claimBed,
  invalid,
  lockedForMove,
  lostRace,
  type MovementSource,
  NO_RULES,
  type OverrideInput,
  overrideDetail,
  patientOf,
  resultOf,
  type Step,
  siteDay,
  subjectOfAdmission,
  writeStays,
} from './movement-steps';
import { type SwapInput, swapBeds } from './movement-swap';

export type { MovementSource } from './movement-steps';
export type { SwapInput, SwapSide } from './movement-swap';

export type AdmitInput = {
  patientId: string;
  wardId: string;
  /** null = an unregistered extra bed (加床) in the ward: a temporary stay. */
  bedId: string | null;
  at: Date;
  attendingDoctor?: string | null;
  visitNumber?: string | null;
  expectedDischargeOn?: string | null;
  source: MovementSource;
  requestId?: string | null;
  /** The request's version as the client read it (a stale waiting list is refused with 409). */
  requestVersion?: number;
  override?: OverrideInput;
};
export type TransferInput = {
  bedId: string | null;
  wardId?: string;
  at: Date;
  reason: string;
  override?: OverrideInput;
  stayVersion?: number;
  /** 'adt' = the HIS's fact: no rule check (default 'periop'). */
  source?: MovementSource;
};
export type DischargeInput = { at: Date; disposition: Disposition; stayVersion?: number };
export type StayCorrection = z.infer<typeof stayCorrectionInput>;
export type BedStateChange = z.infer<typeof bedStateInput>;
export type ExpectedDischargeChange = z.infer<typeof expectedDischargeInput>;
type BedStateResult = z.infer<typeof bedStateResult>;
type ExpectedDischargeResult = z.infer<typeof expectedDischargeResult>;

export class BedMovementService {
  constructor(private readonly ctx: AppContext) {}

  /** The work in the caller's transaction, or in one of its own (a lost race on a bed read back as 409). */
  private async run<T>(actor: Actor, tx: Db | undefined, work: (s: Step) => Promise<T>): Promise<T> {
    const now = this.ctx.clock();
    if (tx) return work({ ctx: this.ctx, tx, actor, now });
    try {
      return await this.ctx.database.db.transaction((t) => work({ ctx: this.ctx, tx: t, actor, now }));
    } catch (error) {
      throw await lostRace({ ctx: this.ctx, tx: this.ctx.database.db, actor, now }, error);
    }
  }

  async admit(actor: Actor, input: AdmitInput, tx?: Db): Promise<MovementResult> {
    this.ctx.access.require(actor, 'beds.assign');
    return this.run(actor, tx, async (s) => {
      checkAt(s, input.at);
      const patient = await patientOf(s, input.patientId);
      await this.ctx.access.patient(actor, 'beds.assign', patient.id, s.tx).catch(() => {
        throw invalid(actor, 'patientId', 'case.patient.notFound');
      });
      await checkWard(s, input.wardId);
      const admitDay = siteDay(this.ctx, input.at);
      const expected = input.expectedDischargeOn ?? null;
      if (expected && expected < admitDay) {
        throw invalid(actor, 'expectedDischargeOn', 'beds.expectedDischarge.beforeAdmission');
      }
      if (input.visitNumber && (await visitNumberTaken(s.tx, input.visitNumber))) {
        throw invalid(actor, 'visitNumber', 'beds.visitNumber.taken');
      }
      if ((await overlappingStaysOfPatient(s.tx, patient.id, input.at, null, null)).length > 0) {
        throw invalid(actor, 'patientId', 'beds.patient.overlap');
      }
      const request = input.requestId ? await lockBedRequest(s.tx, input.requestId) : null;
      if (input.requestId) {
        if (!request || request.patientId !== patient.id) {
          throw invalid(actor, 'requestId', 'beds.request.patient');
        }
        if (input.requestVersion !== undefined && input.requestVersion !== request.version) {
          throw conflict(request.version);
        }
        if (request.status !== 'waiting' && request.status !== 'reserved') {
          throw invalid(actor, 'requestId', 'beds.request.closed');
        }
      }
      const bed = input.bedId
        ? await claimBed(s, input.bedId, { wardId: input.wardId, whenTaken: 'conflict', at: input.at })
        : null;
      const los = expected ? dayNumber(expected) - dayNumber(admitDay) : 1;
      const rules = bed
        ? await applyRules(
            s,
            input.source,
            {
              subject: {
                key: request?.id ?? patient.id,
                name: patient.name,
                sex: patient.sex,
                from: admitDay,
                los: request?.expectedLos ?? los,
                isolation: request?.isolation ?? false,
                needsMonitored: request?.needsMonitored ?? false,
                monitoredDays: request?.monitoredDays ?? null,
              },
              bedId: bed.id,
              moving: new Set(),
            },
            input.override,
          )
        : NO_RULES;
      const stamp = { userId: actor.id, now: s.now };
      const admission = await insertBedAdmission(
        s.tx,
        {
          patientId: patient.id,
          wardId: input.wardId,
          bedId: bed?.id ?? null,
          admittedAt: input.at,
          attendingDoctor: input.attendingDoctor ?? null,
          visitNumber: input.visitNumber ?? null,
          expectedDischargeOn: expected,
          source: input.source,
        },
        stamp,
      );
      const [stay] = await writeStays(s, [
        {
          admissionId: admission.id,
          patientId: patient.id,
          wardId: input.wardId,
          bedId: bed?.id ?? null,
          temporary: bed ? bed.extra : true,
          fromAt: input.at,
          cause: 'admit',
          overridden: rules.overridden,
          overrideReason: rules.overrideReason,
        },
      ]);
      if (request) {
        await updateBedRequest(
          s.tx,
          request.id,
          request.version,
          { status: 'admitted', admissionId: admission.id, reservedBedId: null, reservedUntil: null },
          stamp,
        );
      }
      await this.ctx.audit.record(
        actor,
        { action: 'create', resourceType: 'admission', resourceId: admission.id, patientId: patient.id },
        s.tx,
      );
      await auditStay(s, 'admit', stay!, {
        at: input.at.toISOString(),
        wardId: input.wardId,
        bedId: bed?.id ?? null,
        source: input.source,
        ...(request ? { requestId: request.id } : {}),
        ...overrideDetail(rules),
      });
      await announce(s, [input.wardId]);
      return resultOf(s.tx, admission.id);
    });
  }

  async transfer(actor: Actor, admissionId: string, input: TransferInput, tx?: Db): Promise<MovementResult> {
    this.ctx.access.require(actor, 'beds.assign');
    return this.run(actor, tx, async (s) => {
      checkAt(s, input.at);
      const { admission, open } = await lockedForMove(s, admissionId, input.stayVersion);
      if (input.at < open.fromAt) throw invalid(actor, 'at', 'beds.at.beforeStay');
      let wardId = input.wardId ?? open.wardId;
      let rules = NO_RULES;
      let extra = true;
      if (input.bedId) {
        if (input.bedId === open.bedId) throw invalid(actor, 'bedId', 'beds.bed.same');
        const bed = await claimBed(s, input.bedId, {
          wardId: input.wardId,
          whenTaken: 'invalid',
          except: [admission.id],
          at: input.at,
        });
        wardId = bed.wardId;
        extra = bed.extra;
        const patient = await patientOf(s, admission.patientId);
        const subject = await subjectOfAdmission(s, admission, patient, siteDay(this.ctx, input.at));
        rules = await applyRules(
          s,
          input.source ?? 'periop',
          { subject, bedId: bed.id, moving: new Set([admission.id]) },
          input.override,
        );
      } else {
        await checkWard(s, wardId);
        if (open.bedId === null && wardId === open.wardId) throw invalid(actor, 'bedId', 'beds.bed.same');
      }
      await setStayEnd(s.tx, open.id, input.at);
      const [stay] = await writeStays(s, [
        {
          admissionId: admission.id,
          patientId: admission.patientId,
          wardId,
          bedId: input.bedId,
          temporary: extra,
          fromAt: input.at,
          cause: 'transfer',
          reason: input.reason,
          overridden: rules.overridden,
          overrideReason: rules.overrideReason,
        },
      ]);
      await updateAdmission(
        s.tx,
        admission.id,
        { wardId, bedId: input.bedId },
        { userId: actor.id, now: s.now },
      );
      await auditStay(s, 'transfer', stay!, {
        at: input.at.toISOString(),
        from: { wardId: open.wardId, bedId: open.bedId, stayId: open.id },
        to: { wardId, bedId: input.bedId },
        reason: input.reason,
        ...overrideDetail(rules),
      });
      await announce(s, [open.wardId, wardId]);
      return resultOf(s.tx, admission.id);
    });
  }

  async swap(actor: Actor, input: SwapInput, tx?: Db): Promise<SwapResult> {
    this.ctx.access.require(actor, 'beds.assign');
    return this.run(actor, tx, (s) => swapBeds(s, input));
  }

  async discharge(
    actor: Actor,
    admissionId: string,
    input: DischargeInput,
    tx?: Db,
  ): Promise<MovementResult> {
    this.ctx.access.require(actor, 'beds.assign');
    return this.run(actor, tx, async (s) => {
      checkAt(s, input.at);
      const { admission, open } = await lockedForMove(s, admissionId, input.stayVersion);
      if (input.at < admission.admittedAt) throw invalid(actor, 'at', 'beds.at.beforeAdmission');
      if (input.at < open.fromAt) throw invalid(actor, 'at', 'beds.at.beforeStay');
      const stamp = { userId: actor.id, now: s.now };
      await setStayEnd(s.tx, open.id, input.at);
      await updateAdmission(
        s.tx,
        admission.id,
        { dischargedAt: input.at, dischargeDisposition: input.disposition },
        stamp,
      );
      // The bed is cleaned before the next patient (终末清洁, terminal cleaning: WS/T 512-2016).
      const bed = open.bedId ? await lockBed(s.tx, open.bedId) : null;
      if (bed && bed.state === 'available') {
        await changeBedState(
          s.tx,
          {
            bedId: bed.id,
            state: 'cleaning',
            closureReason: null,
            reopensOn: null,
            note: null,
            at: input.at,
          },
          stamp,
        );
      }
      await this.ctx.audit.record(
        actor,
        {
          action: 'discharge',
          resourceType: 'admission',
          resourceId: admission.id,
          patientId: admission.patientId,
          detail: { at: input.at.toISOString(), disposition: input.disposition, stayId: open.id },
        },
        s.tx,
      );
      await announce(s, [open.wardId]);
      return resultOf(s.tx, admission.id);
    });
  }

  /** ADT A11: the admission never happened. See movement-corrections.ts. */
  cancelAdmission(actor: Actor, admissionId: string, reason: string, tx?: Db): Promise<MovementResult> {
    this.ctx.access.require(actor, 'beds.assign');
    return this.run(actor, tx, (s) => cancelAdmission(s, admissionId, reason));
  }

  /** ADT A12: the latest transfer never happened; the patient is back in the bed before it. */
  cancelTransfer(actor: Actor, admissionId: string, reason: string, tx?: Db): Promise<MovementResult> {
    this.ctx.access.require(actor, 'beds.assign');
    return this.run(actor, tx, (s) => cancelTransfer(s, admissionId, reason));
  }

  /** ADT A13: the discharge never happened; the patient is back in the last bed. */
  cancelDischarge(actor: Actor, admissionId: string, reason: string, tx?: Db): Promise<MovementResult> {
    this.ctx.access.require(actor, 'beds.assign');
    return this.run(actor, tx, (s) => cancelDischarge(s, admissionId, reason));
  }

  /** A stay's times or bed corrected after the fact: the old stay voided and kept, its replacement written. */
  correctStay(actor: Actor, stayId: string, input: StayCorrection, tx?: Db): Promise<MovementResult> {
    this.ctx.access.require(actor, 'beds.assign');
    return this.run(actor, tx, (s) => correctStay(s, stayId, input));
  }

  /** The bed's own state: available, being cleaned, or closed with its reason (POST /beds/:id/state). */
  setBedState(actor: Actor, bedId: string, input: BedStateChange, tx?: Db): Promise<BedStateResult> {
    this.ctx.access.require(actor, 'beds.assign');
    return this.run(actor, tx, (s) => setBedState(s, bedId, input));
  }

  setExpectedDischarge(
    actor: Actor,
    admissionId: string,
    input: ExpectedDischargeChange,
    tx?: Db,
  ): Promise<ExpectedDischargeResult> {
    this.ctx.access.require(actor, 'beds.assign');
    return this.run(actor, tx, (s) => setExpectedDischarge(s, admissionId, input));
  }

  /** The admission's bed history, the voided stays included. */
  async stays(actor: Actor, admissionId: string): Promise<MovementResult> {
    this.ctx.access.require(actor, 'beds.read');
    const db = this.ctx.database.db;
    const admission = await getAdmission(db, admissionId);
    if (!admission || !coversWard(actor.scope, admission.wardId)) throw notFound();
    const result = await resultOf(db, admission.id);
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'bed_stay',
      resourceId: admission.id,
      patientId: admission.patientId,
    });
    return result;
  }
}
