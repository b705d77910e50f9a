// HL7 v2 ADT from the hospital information system (issue 13 §4, §6), arriving on the MLLP listener the monitors
// use. Each message is read (domain/interop/adt.ts), then applied in one transaction — its (sender, MSH-10)
// claimed in adt_messages so a repeat changes nothing, the patient created or updated by MRN, the admission
// found by visit number, the movement made by the bed service — and acknowledged only after commit. A message
// that is read but cannot be applied (unknown ward or bed, unknown visit, an occupied bed) is kept in the
// interface inbox and answered AE; an unreadable one is kept and answered AE / AR. Messages are applied one at
// a time in arrival order, so an A02 never overtakes its A01.
import type { FastifyBaseLogger } from 'fastify';
import { BEDS_FIELD_MESSAGES } from '../../api/beds';
import {
  type AdtAdmissionRow,
  bedIdByCode,
  claimAdtMessage,
  currentPlace,
  linkAdtMessage,
  lockAdmissionByVisit,
  setAttendingDoctor,
} from '../../db/beds/adt.repo';
import type { Db } from '../../db/client';
import { insertInbox } from '../../db/interop/inbox.repo';
import { wardIdByCode } from '../../db/registry/ward.repo';
import { DEPARTMENT } from '../../domain/auth/scope';
import type { UserId } from '../../domain/common/ids';
import type { AdtDoctor, AdtEvent, AdtFailure, AdtLocation, DispositionKind } from '../../domain/interop/adt';
import { type AdtAckError, ackForAdt, buildAdtAck } from '../../domain/interop/adt-ack';
import { ADT_REASONS } from '../../domain/interop/adt-messages';
import { adtSenderKey, readAdtFrame } from '../../domain/interop/adt-wire';
import { AppError } from '../errors/app-error';
import { ERRORS, FIELD_MESSAGES, format } from '../errors/messages';
import { type AdtHandler, adtInboxEntry, type IncomingMessage, type IngestOutcome } from '../interop/ingest';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { type AdtOrigin, AdtRefusal, ensureAdtPatient } from './adt-patient';
import { BedMovementService } from './movement.service';

/**
 * Who the HIS acts as: a fixed id (no account: nobody can sign in as it), the charge nurse's rights in the
 * whole department (the only role that may both register patients and admit, transfer and discharge), and
 * the sender's address; its writes are audited under the name "his-adt".
 */
export const HIS_ACTOR_ID = '00000000-0000-7000-8000-00000000ad70' as UserId;
export const hisActor = (address: string): Actor => ({
  id: HIS_ACTOR_ID,
  username: 'his-adt',
  displayName: '医院信息系统 ADT 接口 / HIS ADT interface',
  role: 'nurse',
  scope: DEPARTMENT,
  locale: 'zh-CN',
  address,
});

type Disposition = 'home' | 'other_hospital' | 'death';
type Header = Pick<AdtFailure, 'controlId' | 'sender' | 'trigger'>;
type Place = { wardId: string; bedId: string | null };

const samePlace = (a: Place | null, b: Place) => a !== null && a.wardId === b.wardId && a.bedId === b.bedId;

/** PV1-7 as the admission records it: the doctor's name, else the HIS's staff number. */
const doctorOf = (d: AdtDoctor | null) => (d ? (d.name ?? d.id) : null);

/**
 * PV1-36 read as home, other hospital or death (adt-codes.ts). "Other" (非医嘱离院, nursing facility …) and
 * a discharge sent without PV1-36 are recorded as home: the dispositions are these three (§4), and
 * home is "left the hospital, neither to another hospital nor dead"; the code sent stays in the audit entry.
 */
const dispositionOf = (visit: { disposition: { kind: DispositionKind } | null }): Disposition => {
  const kind = visit.disposition?.kind;
  return kind === 'other_hospital' || kind === 'death' ? kind : 'home';
};

// Where a field of the bed service's input came from in the message.
const FIELD_OF: Record<string, [string, number]> = {
  patientId: ['PID', 3],
  admissionId: ['PV1', 19],
  visitNumber: ['PV1', 19],
  bedId: ['PV1', 3],
  wardId: ['PV1', 3],
  attendingDoctor: ['PV1', 7],
  disposition: ['PV1', 36],
  at: ['EVN', 6],
};

// The bed service words its field messages in the actor's language (the HIS actor's is Chinese): both
// languages are found again by the Chinese text.
const BY_CHINESE = new Map(
  Object.values({ ...FIELD_MESSAGES, ...BEDS_FIELD_MESSAGES }).map((t) => [t['zh-CN'], t] as const),
);

/** A refusal of the bed service (a full bed, discharge before admission …) as the HIS reads it, or null. */
function refusalOf(e: unknown, trigger: string): AdtRefusal | null {
  if (e instanceof AdtRefusal) return e;
  // A lost race (version_conflict, write_conflict) or a fault is not the message's: the HIS sends it again.
  if (!(e instanceof AppError) || e.statusCode >= 500 || e.code.endsWith('_conflict')) return null;
  const def = ERRORS[e.code];
  let zh = format(def['zh-CN'], e.params);
  let en = format(def['en-US'], e.params);
  const field = e.fields[0];
  const where = field
    ? FIELD_OF[field.path]
    : e.code === 'beds_not_in_bed'
      ? FIELD_OF.visitNumber
      : undefined;
  if (field && e.code === 'validation_failed') {
    const text = BY_CHINESE.get(field.message);
    const name = where ? `${where[0]}-${where[1]}` : field.path;
    zh = `${name}：${text?.['zh-CN'] ?? field.message}`;
    en = `${name}: ${text?.['en-US'] ?? field.message}`;
  }
  const [segment, position] = where ?? [null, null];
  return new AdtRefusal(207, ADT_REASONS.notApplied(trigger, zh, en), segment, position);
}

export class AdtService implements AdtHandler {
  private queue: Promise<unknown> = Promise.resolve();
  private ackSeq = 0;
  private readonly movements: BedMovementService;

  constructor(
    private readonly ctx: AppContext,
    private readonly log: FastifyBaseLogger,
  ) {
    this.movements = new BedMovementService(ctx);
  }

  /** Resolves with the ACK once the message is committed, kept in the inbox, or could not be stored. */
  apply(msg: IncomingMessage): Promise<IngestOutcome> {
    const run = this.queue.then(() => this.applyOne(msg));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private ids() {
    return {
      now: this.ctx.clock(),
      ackControlId: `P${Date.now().toString(36)}${(this.ackSeq++).toString(36)}`,
    };
  }

  private async applyOne(msg: IncomingMessage): Promise<IngestOutcome> {
    const result = readAdtFrame(msg.text, msg.decodeError, {
      siteZone: this.ctx.config.PERIOP_SITE_TIMEZONE,
    });
    if (!result.ok) {
      const kept = await this.keep(msg, 'rejected', result.reason, result);
      if (!kept) return this.failed(result);
      return { ack: ackForAdt(result, this.ids()), outcome: 'rejected', deviceId: null };
    }
    const event = result.event;
    try {
      await this.ctx.database.db.transaction((tx) => this.applyEvent(tx, event, msg));
      return { ack: ackForAdt(result, this.ids()), outcome: 'stored', deviceId: null };
    } catch (e) {
      const refusal = refusalOf(e, `ADT^${event.trigger}`);
      if (!refusal) {
        this.log.error({ err: e, controlId: event.controlId }, 'applying an ADT message failed');
        return this.failed(event);
      }
      if (!(await this.keep(msg, 'quarantined', refusal.reason, event))) return this.failed(event);
      const error: AdtAckError = {
        code: refusal.code,
        reason: refusal.reason,
        segment: refusal.segment,
        field: refusal.field,
      };
      return { ack: this.ack(event, error), outcome: 'quarantined', deviceId: null };
    }
  }

  private ack(h: Header, error: AdtAckError): string {
    return buildAdtAck({
      code: 'AE',
      controlId: h.controlId,
      sender: h.sender,
      trigger: h.trigger,
      ...this.ids(),
      error,
    });
  }

  /** Nothing committed, nothing kept: AE, so the HIS sends the message again. */
  private failed(h: Header): IngestOutcome {
    const error = { code: 207, reason: ADT_REASONS.notStored(), segment: null, field: null } as const;
    return { ack: this.ack(h, error), outcome: 'failed', deviceId: null };
  }

  private async keep(
    msg: IncomingMessage,
    status: 'quarantined' | 'rejected',
    reason: string,
    h: Header,
  ): Promise<boolean> {
    try {
      await insertInbox(this.ctx.database.db, [adtInboxEntry(msg, status, reason, h)]);
      return true;
    } catch (err) {
      this.log.error({ err, controlId: h.controlId }, 'keeping an ADT message in the inbox failed');
      return false;
    }
  }

  private async applyEvent(tx: Db, event: AdtEvent, msg: IncomingMessage): Promise<void> {
    const sender = adtSenderKey(event.sender);
    const claimed = await claimAdtMessage(tx, {
      sender,
      controlId: event.controlId,
      event: event.trigger,
      receivedAt: msg.receivedAt,
    });
    // Applied before: acknowledged again, nothing changes.
    if (!claimed) return;
    const actor = hisActor(msg.remoteAddress);
    const origin: AdtOrigin = { trigger: event.trigger, controlId: event.controlId, sender };
    const patient = await ensureAdtPatient(this.ctx, tx, actor, event.patient, origin);
    const admissionId = await this.move(tx, actor, event, patient.id);
    if (!admissionId) return;
    await linkAdtMessage(tx, claimed, admissionId);
    await this.ctx.audit.record(
      actor,
      {
        action: 'import',
        resourceType: 'admission',
        resourceId: admissionId,
        patientId: patient.id,
        detail: {
          ...origin,
          ...(event.kind === 'discharge' ? { disposition: event.visit.disposition } : {}),
          warnings: event.warnings,
        },
      },
      tx,
    );
  }

  /** The admission the event concerns; null when it names none Periop holds (an A08 about the patient only). */
  private async move(tx: Db, actor: Actor, event: AdtEvent, patientId: string): Promise<string | null> {
    const why = ADT_REASONS.movedByHis(event.trigger);
    if (event.kind === 'admit') return this.admit(tx, actor, event, patientId);
    if (event.kind === 'update') return this.update(tx, actor, event, patientId);
    const a = await this.admissionOf(tx, event.visit.visitNumber, patientId, event.patient.mrn);
    switch (event.kind) {
      case 'transfer': {
        const place = await this.place(tx, event.visit.location);
        // Already where the HIS says (the same transfer under another control ID): nothing to move.
        if (samePlace(await currentPlace(tx, a.id), place)) return a.id;
        const input = { ...place, at: event.occurredAt.at, reason: why, source: 'adt' as const };
        await this.movements.transfer(actor, a.id, input, tx);
        return a.id;
      }
      case 'discharge': {
        if (a.dischargedAt) return a.id;
        const at = event.visit.dischargedAt?.at ?? event.occurredAt.at;
        await this.movements.discharge(actor, a.id, { at, disposition: dispositionOf(event.visit) }, tx);
        return a.id;
      }
      case 'cancel_admit':
        await this.movements.cancelAdmission(actor, a.id, why, tx);
        return a.id;
      case 'cancel_transfer':
        await this.movements.cancelTransfer(actor, a.id, why, tx);
        return a.id;
      case 'cancel_discharge':
        await this.movements.cancelDischarge(actor, a.id, why, tx);
        return a.id;
    }
  }

  private async admit(tx: Db, actor: Actor, event: Extract<AdtEvent, { kind: 'admit' }>, patientId: string) {
    const { visit } = event;
    const place = await this.place(tx, visit.location);
    const known = await lockAdmissionByVisit(tx, visit.visitNumber);
    if (known) {
      // The same admission sent again under another control ID, already where the HIS says: nothing to do.
      if (known.patientId === patientId && samePlace(await currentPlace(tx, known.id), place))
        return known.id;
      throw new AdtRefusal(205, ADT_REASONS.alreadyAdmitted(visit.visitNumber), 'PV1', 19);
    }
    const doctor = doctorOf(visit.attending);
    const input = {
      patientId,
      ...place,
      at: visit.admittedAt?.at ?? event.occurredAt.at,
      visitNumber: visit.visitNumber,
      source: 'adt' as const,
      ...(doctor ? { attendingDoctor: doctor } : {}),
    };
    const { admissionId } = await this.movements.admit(actor, input, tx);
    return admissionId;
  }

  /** A08: the patient is updated already; the admission's attending doctor follows PV1-7 when sent. */
  private async update(
    tx: Db,
    actor: Actor,
    event: Extract<AdtEvent, { kind: 'update' }>,
    patientId: string,
  ) {
    const visitNumber = event.visit?.visitNumber;
    if (!visitNumber) return null;
    const a = await lockAdmissionByVisit(tx, visitNumber);
    // An update about a visit Periop does not hold (an outpatient visit, say) changes the patient only.
    if (!a) return null;
    if (a.patientId !== patientId)
      throw new AdtRefusal(204, ADT_REASONS.otherPatient(visitNumber, event.patient.mrn), 'PV1', 19);
    const doctor = doctorOf(event.visit?.attending ?? null);
    if (!doctor || doctor === a.attendingDoctor) return a.id;
    const stamp = { userId: actor.id, now: this.ctx.clock() };
    if (!(await setAttendingDoctor(tx, a.id, a.version, doctor, stamp)))
      throw new Error(`admission ${a.id} changed while an ADT message was applied`);
    await this.ctx.audit.record(
      actor,
      { action: 'update', resourceType: 'admission', resourceId: a.id, patientId, detail: { source: 'adt' } },
      tx,
    );
    return a.id;
  }

  /** The admission of the visit number (PV1-19), which must be this patient's. */
  private async admissionOf(
    tx: Db,
    visitNumber: string,
    patientId: string,
    mrn: string,
  ): Promise<AdtAdmissionRow> {
    const a = await lockAdmissionByVisit(tx, visitNumber);
    if (!a) throw new AdtRefusal(204, ADT_REASONS.unknownVisit(visitNumber), 'PV1', 19);
    if (a.patientId !== patientId)
      throw new AdtRefusal(204, ADT_REASONS.otherPatient(visitNumber, mrn), 'PV1', 19);
    return a;
  }

  /** PV1-3: the ward by its code, the bed by its code within the ward (none sent: a bed not yet assigned). */
  private async place(tx: Db, location: AdtLocation): Promise<Place> {
    const wardId = await wardIdByCode(tx, location.ward);
    if (!wardId) throw new AdtRefusal(103, ADT_REASONS.unknownWard(location.ward), 'PV1', 3);
    if (!location.bed) return { wardId, bedId: null };
    const bedId = await bedIdByCode(tx, wardId, location.bed);
    if (!bedId) throw new AdtRefusal(103, ADT_REASONS.unknownBed(location.ward, location.bed), 'PV1', 3);
    return { wardId, bedId };
  }
}
