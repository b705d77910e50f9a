// The waiting list (待入院/待分床, issue 13 §2): booked admissions waiting for a bed — planned admission and
// surgery, procedure and grade, isolation and monitored-bed needs, requested ward, priority, and the expected
// length of stay (the procedure's median in the department's own history unless typed) — and a bed held for
// one of them. Each method: the access check, then one transaction: checks → repositories → audit → publish.
import type { z } from 'zod';
import type {
  BedRequest,
  bedRequestCancel,
  bedRequestInput,
  bedRequestQuery,
  bedRequestUpdate,
  bedReserveInput,
} from '../../api/beds';
import {
  type BedRequestStatus,
  type BedRequestValues,
  type BedRequestView,
  getBedRequest,
  insertBedRequest,
  listBedRequests,
  lockBedRequest,
  medianLengthOfStay,
  openRequestOfPatient,
  reservationOfBed,
  updateBedRequest,
} from '../../db/beds/bed-requests.repo';
import { lockBed, wardExists } from '../../db/beds/bed-stays.repo';
import type { Db } from '../../db/client';
import { getCase } from '../../db/registry/case.repo';
import { coversWard } from '../../domain/auth/scope';
import { completedYears } from '../../domain/registry/age';
import { conflict, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { announce, invalid, type Step, siteDay } from './movement-steps';

type RequestInput = z.infer<typeof bedRequestInput>;
export const OPEN: BedRequestStatus[] = ['waiting', 'reserved'];

export const requestDto = (r: BedRequestView, today: string): BedRequest => ({
  id: r.id,
  patientId: r.patientId,
  patientName: r.patientName,
  mrn: r.mrn,
  sex: r.sex,
  age: completedYears(r.birthDate, today),
  caseId: r.caseId,
  plannedAdmissionOn: r.plannedAdmissionOn,
  plannedSurgeryOn: r.plannedSurgeryOn,
  procedureCode: r.procedureCode,
  procedureName: r.procedureName,
  procedureGrade: r.procedureGrade,
  isolation: r.isolation,
  needsMonitored: r.needsMonitored,
  monitoredDays: r.monitoredDays,
  requestedWardId: r.requestedWardId,
  requestedWardCode: r.requestedWardCode,
  surgicalTeam: r.surgicalTeam,
  priority: r.priority,
  expectedLos: r.expectedLos,
  losSource: r.losSource,
  status: r.status,
  reservedBedId: r.reservedBedId,
  reservedUntil: r.reservedUntil,
  admissionId: r.admissionId,
  note: r.note,
  version: r.version,
});

export class BedRequestService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  private today(): string {
    return siteDay(this.ctx, this.ctx.clock());
  }

  private async step<T>(actor: Actor, work: (s: Step) => Promise<T>): Promise<T> {
    const now = this.ctx.clock();
    return this.db.transaction((tx) => work({ ctx: this.ctx, tx, actor, now }));
  }

  private async read(actor: Actor, id: string, db: Db = this.db): Promise<BedRequest> {
    const row = await getBedRequest(db, id, actor.scope);
    if (!row) throw notFound();
    return requestDto(row, this.today());
  }

  async list(actor: Actor, query: z.infer<typeof bedRequestQuery>): Promise<BedRequest[]> {
    this.ctx.access.require(actor, 'beds.request');
    const statuses = query.status === 'open' ? OPEN : [query.status];
    const found = await listBedRequests(this.db, { statuses, until: query.until, scope: actor.scope });
    await this.ctx.audit.recordEach(
      actor,
      found.map((r) => ({
        action: 'read',
        resourceType: 'bed_request',
        resourceId: r.id,
        patientId: r.patientId,
      })),
    );
    const today = this.today();
    return found.map((r) => requestDto(r, today));
  }

  get(actor: Actor, id: string): Promise<BedRequest> {
    this.ctx.access.require(actor, 'beds.request');
    return this.read(actor, id);
  }

  /** The values to store: the case the patient's, the ward real, the length of stay known (typed or history). */
  private async values(s: Step, input: RequestInput, exceptId: string | null): Promise<BedRequestValues> {
    await this.ctx.access.patient(s.actor, 'beds.request', input.patientId, s.tx).catch(() => {
      throw invalid(s.actor, 'patientId', 'case.patient.notFound');
    });
    if (await openRequestOfPatient(s.tx, input.patientId, exceptId)) {
      throw invalid(s.actor, 'patientId', 'beds.request.duplicate');
    }
    if (input.caseId) {
      const found = await getCase(s.tx, input.caseId, s.actor.scope);
      if (!found || found.patientId !== input.patientId)
        throw invalid(s.actor, 'caseId', 'beds.request.case');
    }
    if (input.requestedWardId && !(await wardExists(s.tx, input.requestedWardId))) {
      throw invalid(s.actor, 'requestedWardId', 'beds.request.ward');
    }
    if (input.plannedSurgeryOn && input.plannedSurgeryOn < input.plannedAdmissionOn) {
      throw invalid(s.actor, 'plannedSurgeryOn', 'beds.request.surgeryBeforeAdmission');
    }
    let expectedLos = input.expectedLos ?? null;
    let losSource: 'history' | 'entered' = 'entered';
    if (expectedLos === null) {
      // Issue 13 §2: the procedure's median length of stay in the department's own history. With no history
      // the length must be typed: a guessed default would skew every predicted occupancy.
      const median = input.procedureCode
        ? await medianLengthOfStay(s.tx, input.procedureCode, this.ctx.config.PERIOP_SITE_TIMEZONE)
        : null;
      if (!median) throw invalid(s.actor, 'expectedLos', 'beds.expectedLos.noHistory');
      expectedLos = Math.round(median.median);
      losSource = 'history';
    }
    return {
      patientId: input.patientId,
      caseId: input.caseId ?? null,
      plannedAdmissionOn: input.plannedAdmissionOn,
      plannedSurgeryOn: input.plannedSurgeryOn ?? null,
      procedureCode: input.procedureCode ?? null,
      procedureName: input.procedureName ?? null,
      procedureGrade: input.procedureGrade ?? null,
      isolation: input.isolation,
      needsMonitored: input.needsMonitored,
      monitoredDays: input.needsMonitored ? (input.monitoredDays ?? null) : null,
      requestedWardId: input.requestedWardId ?? null,
      surgicalTeam: input.surgicalTeam ?? null,
      priority: input.priority,
      expectedLos,
      losSource,
      note: input.note ?? null,
    };
  }

  private async audit(s: Step, action: string, r: { id: string; patientId: string }, detail = {}) {
    await this.ctx.audit.record(
      s.actor,
      { action, resourceType: 'bed_request', resourceId: r.id, patientId: r.patientId, detail },
      s.tx,
    );
  }

  async create(actor: Actor, input: RequestInput): Promise<BedRequest> {
    this.ctx.access.require(actor, 'beds.request');
    const id = await this.step(actor, async (s) => {
      const values = await this.values(s, input, null);
      const row = await insertBedRequest(s.tx, values, { userId: actor.id, now: s.now });
      await this.audit(s, 'create', row, { expectedLos: row.expectedLos, losSource: row.losSource });
      await announce(s, [row.requestedWardId]);
      return row.id;
    });
    return this.read(actor, id);
  }

  /** The locked request within the scope, open, at the version the client read. */
  private async openRequest(s: Step, id: string, version: number) {
    const row = await lockBedRequest(s.tx, id);
    if (!row || !(await getBedRequest(s.tx, id, s.actor.scope))) throw notFound();
    if (row.version !== version) throw conflict(row.version, await this.read(s.actor, id, s.tx));
    if (!OPEN.includes(row.status)) throw invalid(s.actor, 'version', 'beds.request.closed');
    return row;
  }

  async update(actor: Actor, id: string, body: z.infer<typeof bedRequestUpdate>): Promise<BedRequest> {
    this.ctx.access.require(actor, 'beds.request');
    const { version, ...input } = body;
    await this.step(actor, async (s) => {
      const current = await this.openRequest(s, id, version);
      if (input.patientId !== current.patientId) throw invalid(actor, 'patientId', 'beds.request.patient');
      const values = await this.values(s, input, current.id);
      const updated = await updateBedRequest(s.tx, id, version, values, { userId: actor.id, now: s.now });
      await this.audit(s, 'update', current, {
        expectedLos: values.expectedLos,
        losSource: values.losSource,
      });
      await announce(s, [current.requestedWardId, updated?.requestedWardId ?? null]);
    });
    return this.read(actor, id);
  }

  async cancel(actor: Actor, id: string, body: z.infer<typeof bedRequestCancel>): Promise<BedRequest> {
    this.ctx.access.require(actor, 'beds.request');
    await this.step(actor, async (s) => {
      const current = await this.openRequest(s, id, body.version);
      await updateBedRequest(
        s.tx,
        id,
        body.version,
        { status: 'cancelled', reservedBedId: null, reservedUntil: null },
        { userId: actor.id, now: s.now },
      );
      await this.audit(s, 'cancel', current, { reason: body.reason });
      await announce(s, [current.requestedWardId]);
    });
    return this.read(actor, id);
  }

  /** Holds a bed for the request through `until` (default its planned admission day), or releases it. */
  async reserve(actor: Actor, id: string, body: z.infer<typeof bedReserveInput>): Promise<BedRequest> {
    this.ctx.access.require(actor, 'beds.assign');
    await this.step(actor, async (s) => {
      const current = await this.openRequest(s, id, body.version);
      const today = siteDay(this.ctx, s.now);
      let wardId: string | null = null;
      if (body.bedId) {
        const bed = await lockBed(s.tx, body.bedId);
        if (!bed?.active || !coversWard(actor.scope, bed.wardId)) {
          throw invalid(actor, 'bedId', 'beds.bed.notFound');
        }
        if (bed.state === 'closed') throw invalid(actor, 'bedId', 'beds.bed.closed');
        if (await reservationOfBed(s.tx, bed.id, current.id))
          throw invalid(actor, 'bedId', 'beds.bed.reserved');
        wardId = bed.wardId;
      }
      const until = body.bedId ? (body.until ?? current.plannedAdmissionOn) : null;
      if (until && until < today) throw invalid(actor, 'until', 'beds.request.until');
      await updateBedRequest(
        s.tx,
        id,
        body.version,
        body.bedId
          ? { status: 'reserved', reservedBedId: body.bedId, reservedUntil: until }
          : { status: 'waiting', reservedBedId: null, reservedUntil: null },
        { userId: actor.id, now: s.now },
      );
      await this.audit(s, body.bedId ? 'reserve' : 'release', current, { bedId: body.bedId, until });
      const previous = current.reservedBedId ? await lockBed(s.tx, current.reservedBedId) : null;
      await announce(s, [wardId, previous?.wardId ?? null]);
    });
    return this.read(actor, id);
  }
}
