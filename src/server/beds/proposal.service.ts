// Balanced bed assignment over the database (issue 13 §3): the joint proposal for the waiting list planned
// on or before a date, every bed checked against one waiting patient (what another bed would break), and
// admitting a waiting patient into the bed the charge nurse accepted or picked.
import type { z } from 'zod';
import type {
  admitFromRequestInput,
  BedProposalDto,
  bedCheckList,
  MovementResult,
  proposalList,
  proposalsQuery,
} from '../../api/beds';
import { type BedRequestView, getBedRequest, listBedRequests } from '../../db/beds/bed-requests.repo';
import { getBed } from '../../db/beds/bed-stays.repo';
import { coversWard } from '../../domain/auth/scope';
import {
  checkAllBeds,
  type Proposal,
  proposeBed,
  proposeJoint,
  type Violation,
  type WaitingPatient,
} from '../../domain/beds/assignment';
import { violation } from '../../domain/beds/explain';
import { addDays } from '../../domain/quality/bed-days';
import { conflict, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { BedMovementService } from './movement.service';
import { invalid, siteDay } from './movement-steps';
import { OPEN, requestDto } from './request.service';
import { asSex, loadDepartment, loadRules, withoutSexRules } from './snapshot';

/** The planning horizon never reaches further than a year ahead. */
const MAX_HORIZON_DAYS = 366;

const waitingOf = (r: BedRequestView, today: string): WaitingPatient => ({
  id: r.id,
  name: r.patientName,
  sex: asSex(r.sex) ?? 'male',
  admissionDate: r.plannedAdmissionOn < today ? today : r.plannedAdmissionOn,
  expectedLos: r.expectedLos,
  isolation: r.isolation,
  needsMonitored: r.needsMonitored,
  monitoredDays: r.monitoredDays,
  homeWard: r.requestedWardCode,
  priority: r.priority,
});

const horizonEnd = (patients: readonly WaitingPatient[], today: string): string => {
  const cap = addDays(today, MAX_HORIZON_DAYS);
  let end = today;
  for (const p of patients) {
    const last = addDays(p.admissionDate, Math.max(p.expectedLos, 1));
    if (last > end) end = last;
  }
  return end > cap ? cap : end;
};

const proposalDto = (p: Proposal): BedProposalDto =>
  p.kind === 'bed'
    ? {
        kind: 'bed',
        requestId: p.patientId,
        bedId: p.bedId,
        ward: p.ward,
        room: p.room,
        bedCode: p.bedCode,
        spreadBefore: p.score.spreadBefore,
        spreadAfter: p.score.spreadAfter,
        explanation: p.explanation,
      }
    : {
        kind: 'no-bed',
        requestId: p.patientId,
        bedsChecked: p.bedsChecked,
        violationCounts: p.violationCounts as Record<string, number>,
        explanation: p.explanation,
      };

export class BedProposalService {
  private readonly movements: BedMovementService;

  constructor(private readonly ctx: AppContext) {
    this.movements = new BedMovementService(ctx);
  }

  private get db() {
    return this.ctx.database.db;
  }

  async proposals(
    actor: Actor,
    query: z.infer<typeof proposalsQuery>,
  ): Promise<z.infer<typeof proposalList>> {
    this.ctx.access.require(actor, 'beds.read');
    const today = siteDay(this.ctx, this.ctx.clock());
    const date = query.date ?? today;
    const requests = await listBedRequests(this.db, { statuses: OPEN, until: date, scope: actor.scope });
    const patients = requests.map((r) => waitingOf(r, today));
    const [dept, rules] = await Promise.all([
      loadDepartment(this.db, { today, horizonTo: horizonEnd(patients, today) }),
      loadRules(this.db),
    ]);
    // A patient of unknown sex is placed after the others with the sex rules off for them alone.
    const known = new Set(requests.filter((r) => asSex(r.sex)).map((r) => r.id));
    const joint = proposeJoint(
      dept.snapshot,
      rules,
      patients.filter((p) => known.has(p.id)),
    );
    const byId = new Map(joint.proposals.map((p) => [p.patientId, p]));
    const assigned = [...joint.assignments];
    for (const p of patients.filter((x) => !known.has(x.id))) {
      const proposal = proposeBed(dept.snapshot, withoutSexRules(rules), p, assigned);
      if (proposal.kind === 'bed') assigned.push({ patient: p, bedId: proposal.bedId });
      byId.set(p.id, proposal);
    }
    await this.ctx.audit.record(actor, {
      action: 'list',
      resourceType: 'bed_proposal',
      detail: { date, count: requests.length },
    });
    const order = [
      ...joint.proposals.map((p) => p.patientId),
      ...patients.filter((x) => !known.has(x.id)).map((x) => x.id),
    ];
    return { date, items: order.map((id) => proposalDto(byId.get(id)!)) };
  }

  /** Every bed of the actor's wards against the waiting patient: the hard rules each would break. */
  async check(actor: Actor, requestId: string): Promise<z.infer<typeof bedCheckList>> {
    this.ctx.access.require(actor, 'beds.read');
    const request = await getBedRequest(this.db, requestId, actor.scope);
    if (!request) throw notFound();
    const today = siteDay(this.ctx, this.ctx.clock());
    const patient = waitingOf(request, today);
    const [dept, rules, reserved] = await Promise.all([
      loadDepartment(this.db, {
        today,
        horizonTo: horizonEnd([patient], today),
        unknownSexAs: patient.sex,
      }),
      loadRules(this.db),
      listBedRequests(this.db, { statuses: ['reserved'], scope: actor.scope }),
    ]);
    // A bed held for another waiting patient names that patient, not the request's id.
    const names = new Map(reserved.map((r) => [r.id, r.patientName]));
    const shown = (v: Violation) =>
      v.kind === 'bed-reserved'
        ? violation({ kind: v.kind, reservedFor: names.get(v.reservedFor) ?? '—', until: v.until })
        : v;
    const applied = asSex(request.sex) ? rules : withoutSexRules(rules);
    const items = checkAllBeds(dept.snapshot, applied, patient)
      .filter((b) => coversWard(actor.scope, dept.beds.get(b.bedId)?.wardId))
      .map((b) => ({
        bedId: b.bedId,
        violations: b.violations.map(shown).map((v) => ({ kind: v.kind, message: v.message })),
      }));
    await this.ctx.audit.record(actor, {
      action: 'read',
      resourceType: 'bed_request',
      resourceId: request.id,
      patientId: request.patientId,
      detail: { check: items.length },
    });
    return { requestId: request.id, items };
  }

  /** The waiting patient admitted into the accepted (or another chosen) bed; the request marked admitted. */
  async admit(
    actor: Actor,
    requestId: string,
    input: z.infer<typeof admitFromRequestInput>,
  ): Promise<MovementResult> {
    this.ctx.access.require(actor, 'beds.assign');
    const request = await getBedRequest(this.db, requestId, actor.scope);
    if (!request) throw notFound();
    const today = siteDay(this.ctx, this.ctx.clock());
    if (request.version !== input.requestVersion) throw conflict(request.version, requestDto(request, today));
    const bed = await getBed(this.db, input.bedId);
    if (!bed) throw invalid(actor, 'bedId', 'beds.bed.notFound');
    const at = input.at ? new Date(input.at) : this.ctx.clock();
    return this.movements.admit(actor, {
      patientId: request.patientId,
      wardId: bed.wardId,
      bedId: bed.id,
      at,
      attendingDoctor: input.attendingDoctor ?? null,
      visitNumber: input.visitNumber ?? null,
      expectedDischargeOn: addDays(siteDay(this.ctx, at), request.expectedLos),
      source: 'periop',
      requestId: request.id,
      requestVersion: input.requestVersion,
      override: input.override ?? null,
    });
  }
}
