// The bed's own state (free for use, being cleaned, closed with its reason and expected reopening) and an
// admission's expected discharge date, changed by the charge nurse on the board. Run in BedMovementService's
// transaction; each change is kept (bed_state_events) for the bed statistics.

import type { z } from 'zod';
import type { bedStateInput, expectedDischargeInput } from '../../api/beds';
import {
  changeBedState,
  lockAdmission,
  lockBed,
  overlappingStayInBed,
  updateAdmission,
} from '../../db/beds/bed-stays.repo';
import { coversWard } from '../../domain/auth/scope';
import { AppError, conflict, notFound } from '../errors/app-error';
import { announce, checkAt, invalid, type Step, siteDay } from './movement-steps';

export async function setBedState(s: Step, bedId: string, input: z.infer<typeof bedStateInput>) {
  const bed = await lockBed(s.tx, bedId);
  if (!bed || !coversWard(s.actor.scope, bed.wardId)) throw notFound();
  if (input.version !== bed.version) {
    throw conflict(bed.version, { id: bed.id, state: bed.state, version: bed.version });
  }
  const at = input.at ? new Date(input.at) : s.now;
  checkAt(s, at);
  const closed = input.state === 'closed';
  const closureReason = input.closureReason ?? null;
  const reopensOn = input.reopensOn ?? null;
  // china-standards.md §3: the closure's reason decides whether the bed still counts as open.
  if (closed && !closureReason) throw invalid(s.actor, 'closureReason', 'beds.closureReason.required');
  if (!closed && (closureReason || reopensOn)) {
    throw invalid(s.actor, closureReason ? 'closureReason' : 'reopensOn', 'beds.closureReason.notClosed');
  }
  if (reopensOn && reopensOn < siteDay(s.ctx, at)) throw invalid(s.actor, 'reopensOn', 'beds.reopensOn.past');
  if (closed && (await overlappingStayInBed(s.tx, bed.id, at, null, []))) {
    throw invalid(s.actor, 'state', 'beds.bed.occupied');
  }
  const updated = await changeBedState(
    s.tx,
    { bedId: bed.id, state: input.state, closureReason, reopensOn, note: input.note ?? null, at },
    { userId: s.actor.id, now: s.now },
  );
  await s.ctx.audit.record(
    s.actor,
    {
      action: 'update',
      resourceType: 'bed',
      resourceId: bed.id,
      detail: { state: input.state, closureReason, reopensOn, at: at.toISOString(), from: bed.state },
    },
    s.tx,
  );
  await announce(s, [bed.wardId]);
  return { id: updated.id, state: updated.state, version: updated.version };
}

export async function setExpectedDischarge(
  s: Step,
  admissionId: string,
  input: z.infer<typeof expectedDischargeInput>,
) {
  const admission = await lockAdmission(s.tx, admissionId);
  if (!admission || !coversWard(s.actor.scope, admission.wardId)) throw notFound();
  const current = {
    admissionId: admission.id,
    expectedDischargeOn: admission.expectedDischargeOn,
    version: admission.version,
  };
  if (input.version !== admission.version) throw conflict(admission.version, current);
  if (admission.dischargedAt) throw new AppError('beds_not_in_bed');
  if (input.on && input.on < siteDay(s.ctx, admission.admittedAt)) {
    throw invalid(s.actor, 'on', 'beds.expectedDischarge.beforeAdmission');
  }
  const updated = await updateAdmission(
    s.tx,
    admission.id,
    { expectedDischargeOn: input.on },
    { userId: s.actor.id, now: s.now },
  );
  await s.ctx.audit.record(
    s.actor,
    {
      action: 'update',
      resourceType: 'admission',
      resourceId: admission.id,
      patientId: admission.patientId,
      detail: { expectedDischargeOn: input.on, before: admission.expectedDischargeOn },
    },
    s.tx,
  );
  await announce(s, [admission.wardId]);
  return {
    admissionId: updated.id,
    expectedDischargeOn: updated.expectedDischargeOn,
    version: updated.version,
  };
}
