// Undoing and correcting bed movements without losing history (issue 13 §4 "corrections that keep history";
// ADT A11/A12/A13): a stay is never changed in place but voided — kept, with who voided it and why — and,
// where the patient was somewhere else, replaced by a new stay. Run inside BedMovementService's transaction.
//
// A cancelled admission (A11) keeps its admissions row with every stay voided, no bed, no discharge: the
// census replays live stays only, so it counts nowhere, and the statistics' discharges never see it.

import type { z } from 'zod';
import type { MovementResult, stayCorrectionInput } from '../../api/beds';
import { requestOfAdmission, updateBedRequest } from '../../db/beds/bed-requests.repo';
import {
  changeBedState,
  getStay,
  lockAdmission,
  lockBed,
  lockLiveStays,
  type NewStay,
  overlappingStayInBed,
  overlappingStaysOfPatient,
  type StayRow,
  setStayEnd,
  updateAdmission,
  voidStays,
} from '../../db/beds/bed-stays.repo';
import { coversWard } from '../../domain/auth/scope';
import { AppError, conflict, notFound } from '../errors/app-error';
import { announce, auditStay, checkAt, invalid, resultOf, type Step, writeStays } from './movement-steps';

async function lockedAdmission(s: Step, admissionId: string) {
  const admission = await lockAdmission(s.tx, admissionId);
  if (!admission || !coversWard(s.actor.scope, admission.wardId)) throw notFound();
  const stays = await lockLiveStays(s.tx, admission.id);
  return { admission, stays };
}

const stamp = (s: Step) => ({ userId: s.actor.id, now: s.now });

/** The bed is free for this admission from `from` on (nobody else's live stay there), or 400 naming `path`. */
async function bedFree(
  s: Step,
  bedId: string,
  from: Date,
  to: Date | null,
  admissionId: string,
  path = 'bedId',
) {
  const bed = await lockBed(s.tx, bedId);
  if (!bed || !coversWard(s.actor.scope, bed.wardId)) throw invalid(s.actor, path, 'beds.bed.notFound');
  if (await overlappingStayInBed(s.tx, bedId, from, to, [admissionId])) {
    throw invalid(s.actor, path, 'beds.bed.occupied');
  }
  return bed;
}

export async function cancelAdmission(s: Step, admissionId: string, reason: string): Promise<MovementResult> {
  const { admission, stays } = await lockedAdmission(s, admissionId);
  if (stays.length === 0) throw invalid(s.actor, 'admissionId', 'beds.cancel.cancelled');
  await voidStays(
    s.tx,
    stays.map((st) => st.id),
    { by: s.actor.id, at: s.now, reason },
  );
  await updateAdmission(
    s.tx,
    admission.id,
    { bedId: null, dischargedAt: null, dischargeDisposition: null, expectedDischargeOn: null },
    stamp(s),
  );
  // The patient still needs the bed they were booked for: the request waits again.
  const request = await requestOfAdmission(s.tx, admission.id);
  if (request) {
    await updateBedRequest(
      s.tx,
      request.id,
      request.version,
      { status: 'waiting', admissionId: null },
      stamp(s),
    );
  }
  await s.ctx.audit.record(
    s.actor,
    {
      action: 'cancel',
      resourceType: 'admission',
      resourceId: admission.id,
      patientId: admission.patientId,
      detail: { reason, voidedStays: stays.map((st) => st.id) },
    },
    s.tx,
  );
  await announce(
    s,
    stays.map((st) => st.wardId),
  );
  return resultOf(s.tx, admission.id);
}

export async function cancelTransfer(s: Step, admissionId: string, reason: string): Promise<MovementResult> {
  const { admission, stays } = await lockedAdmission(s, admissionId);
  const i = stays.findIndex((st) => st.toAt === null);
  if (i < 0) throw new AppError('beds_not_in_bed');
  const open = stays[i]!;
  const previous = i > 0 ? stays[i - 1]! : null;
  if (!previous) throw invalid(s.actor, 'admissionId', 'beds.cancel.noTransfer');
  if (previous.bedId) await bedFree(s, previous.bedId, previous.toAt ?? open.fromAt, null, admission.id);
  await voidStays(s.tx, [open.id], { by: s.actor.id, at: s.now, reason });
  await setStayEnd(s.tx, previous.id, null);
  await updateAdmission(s.tx, admission.id, { wardId: previous.wardId, bedId: previous.bedId }, stamp(s));
  await auditStay(s, 'cancel_transfer', open, { reason, reopened: previous.id });
  await announce(s, [open.wardId, previous.wardId]);
  return resultOf(s.tx, admission.id);
}

export async function cancelDischarge(s: Step, admissionId: string, reason: string): Promise<MovementResult> {
  const { admission, stays } = await lockedAdmission(s, admissionId);
  if (!admission.dischargedAt) throw invalid(s.actor, 'admissionId', 'beds.cancel.notDischarged');
  const last = stays.at(-1);
  if (!last?.toAt) throw invalid(s.actor, 'admissionId', 'beds.cancel.cancelled');
  if ((await overlappingStaysOfPatient(s.tx, admission.patientId, last.toAt, null, admission.id)).length) {
    throw invalid(s.actor, 'admissionId', 'beds.patient.overlap');
  }
  if (last.bedId) {
    const bed = await bedFree(s, last.bedId, last.toAt, null, admission.id);
    if (bed.state === 'cleaning') {
      await changeBedState(
        s.tx,
        { bedId: bed.id, state: 'available', closureReason: null, reopensOn: null, note: reason, at: s.now },
        stamp(s),
      );
    }
  }
  await setStayEnd(s.tx, last.id, null);
  await updateAdmission(
    s.tx,
    admission.id,
    { dischargedAt: null, dischargeDisposition: null, wardId: last.wardId, bedId: last.bedId },
    stamp(s),
  );
  await auditStay(s, 'cancel_discharge', last, {
    reason,
    dischargedAt: admission.dischargedAt.toISOString(),
  });
  await announce(s, [last.wardId]);
  return resultOf(s.tx, admission.id);
}

type Correction = z.infer<typeof stayCorrectionInput>;
const same = (a: Date | null, b: Date | null) =>
  a === null ? b === null : b !== null && a.getTime() === b.getTime();
const copy = (st: StayRow, change: Partial<NewStay>): NewStay => ({
  admissionId: st.admissionId,
  patientId: st.patientId,
  wardId: st.wardId,
  bedId: st.bedId,
  temporary: st.temporary,
  fromAt: st.fromAt,
  toAt: st.toAt,
  cause: st.cause,
  reason: st.reason,
  overridden: st.overridden,
  overrideReason: st.overrideReason,
  ...change,
});

/**
 * A stay's times or bed corrected: the stay is voided and replaced; a neighbouring stay that met it (the
 * transfer's other side) moves with the boundary, voided and replaced too. The admission's own admission
 * and discharge times follow its first and last stays.
 */
export async function correctStay(s: Step, stayId: string, input: Correction): Promise<MovementResult> {
  const found = await getStay(s.tx, stayId);
  if (!found) throw notFound();
  const { admission, stays } = await lockedAdmission(s, found.admissionId);
  if (found.voidedAt) throw invalid(s.actor, 'version', 'beds.stay.voided');
  if (input.version !== found.version) throw conflict(found.version, await resultOf(s.tx, admission.id));
  const stay = stays.find((st) => st.id === found.id)!;
  const fromAt = input.fromAt ? new Date(input.fromAt) : stay.fromAt;
  const toAt = input.toAt === undefined ? stay.toAt : input.toAt === null ? null : new Date(input.toAt);
  const bedId = input.bedId === undefined ? stay.bedId : input.bedId;
  if (stay.toAt === null && toAt !== null) throw invalid(s.actor, 'toAt', 'beds.stay.open');
  if (stay.toAt !== null && toAt === null) throw invalid(s.actor, 'toAt', 'beds.stay.closed');
  checkAt(s, fromAt, 'fromAt');
  if (toAt) checkAt(s, toAt, 'toAt');
  if (toAt && toAt < fromAt) throw invalid(s.actor, 'toAt', 'beds.stay.order');
  if (same(fromAt, stay.fromAt) && same(toAt, stay.toAt) && bedId === stay.bedId) {
    return resultOf(s.tx, admission.id);
  }
  const i = stays.indexOf(stay);
  const prev = i > 0 ? stays[i - 1]! : null;
  const next = i < stays.length - 1 ? stays[i + 1]! : null;
  const prevMeets = prev !== null && same(prev.toAt, stay.fromAt);
  const nextMeets = next !== null && same(next.fromAt, stay.toAt);
  if (prev && (fromAt < prev.fromAt || (!prevMeets && prev.toAt && fromAt < prev.toAt))) {
    throw invalid(s.actor, 'fromAt', 'beds.stay.overlap');
  }
  if (next && toAt && ((next.toAt && toAt > next.toAt) || (!nextMeets && toAt > next.fromAt))) {
    throw invalid(s.actor, 'toAt', 'beds.stay.overlap');
  }
  if ((await overlappingStaysOfPatient(s.tx, admission.patientId, fromAt, toAt, admission.id)).length) {
    throw invalid(s.actor, 'fromAt', 'beds.patient.overlap');
  }
  const bed = bedId ? await bedFree(s, bedId, fromAt, toAt, admission.id) : null;
  const replaced: StayRow[] = [stay];
  const values: NewStay[] = [
    copy(stay, {
      fromAt,
      toAt,
      bedId,
      wardId: bed?.wardId ?? stay.wardId,
      temporary: bed ? bed.extra : bedId === stay.bedId ? stay.temporary : true,
    }),
  ];
  if (prevMeets && !same(prev.toAt, fromAt)) {
    if (prev.bedId && fromAt > stay.fromAt) await bedFree(s, prev.bedId, stay.fromAt, fromAt, admission.id);
    replaced.push(prev);
    values.push(copy(prev, { toAt: fromAt }));
  }
  if (nextMeets && toAt && !same(next.fromAt, toAt)) {
    if (next.bedId && toAt < next.fromAt) await bedFree(s, next.bedId, toAt, next.fromAt, admission.id);
    replaced.push(next);
    values.push(copy(next, { fromAt: toAt }));
  }
  await voidStays(
    s.tx,
    replaced.map((st) => st.id),
    { by: s.actor.id, at: s.now, reason: input.reason },
  );
  const written = await writeStays(s, values);
  const isFirst = i === 0;
  const isLast = i === stays.length - 1;
  await updateAdmission(
    s.tx,
    admission.id,
    {
      ...(isFirst ? { admittedAt: fromAt } : {}),
      ...(isLast && admission.dischargedAt && toAt ? { dischargedAt: toAt } : {}),
      ...(toAt === null ? { wardId: values[0]!.wardId, bedId } : {}),
    },
    stamp(s),
  );
  await auditStay(s, 'correct', written[0]!, {
    reason: input.reason,
    voided: replaced.map((st) => st.id),
    before: { fromAt: stay.fromAt.toISOString(), toAt: stay.toAt?.toISOString() ?? null, bedId: stay.bedId },
    after: { fromAt: fromAt.toISOString(), toAt: toAt?.toISOString() ?? null, bedId },
  });
  await announce(s, [stay.wardId, values[0]!.wardId]);
  return resultOf(s.tx, admission.id);
}

type RegistryAdmission = {
  id: string;
  patientId: string;
  wardId: string;
  bedId: string | null;
  admittedAt: Date;
  dischargedAt: Date | null;
};

/** A bed named by the registry's admission form is free over the stay, or 400 naming the bed. */
async function registryBed(s: Step, a: RegistryAdmission) {
  if (!a.bedId) return null;
  const bed = await lockBed(s.tx, a.bedId);
  if (!bed) throw invalid(s.actor, 'bedId', 'beds.bed.notFound');
  if (await overlappingStayInBed(s.tx, bed.id, a.admittedAt, a.dischargedAt, [a.id])) {
    throw invalid(s.actor, 'bedId', 'beds.bed.occupied');
  }
  return bed;
}

/** The first stay of an admission booked on the registry's form (POST /api/v1/admissions). */
export async function registryFirstStay(s: Step, a: RegistryAdmission): Promise<void> {
  const bed = await registryBed(s, a);
  await writeStays(s, [
    {
      admissionId: a.id,
      patientId: a.patientId,
      wardId: a.wardId,
      bedId: a.bedId,
      // As the migration's backfill: a stay without a bed is the ward's, bed unknown.
      temporary: bed?.extra ?? false,
      fromAt: a.admittedAt,
      toAt: a.dischargedAt,
      cause: 'admit',
    },
  ]);
  await announce(s, [a.wardId]);
}

/**
 * The registry's form changed an admission's ward, bed or times: its only stay is voided and replaced. Once
 * the patient has moved beds, the stays are corrected on the bed board, not through the form.
 */
export async function registrySyncStay(s: Step, before: RegistryAdmission, after: RegistryAdmission) {
  const changed =
    before.wardId !== after.wardId ||
    before.bedId !== after.bedId ||
    !same(before.admittedAt, after.admittedAt) ||
    !same(before.dischargedAt, after.dischargedAt);
  if (!changed) return;
  const stays = await lockLiveStays(s.tx, after.id);
  if (stays.length === 0) return;
  if (stays.length > 1) throw invalid(s.actor, 'bedId', 'beds.admission.moved');
  const bed = await registryBed(s, after);
  const stay = stays[0]!;
  await voidStays(s.tx, [stay.id], { by: s.actor.id, at: s.now, reason: '住院信息修改 / admission updated' });
  await writeStays(s, [
    copy(stay, {
      wardId: after.wardId,
      bedId: after.bedId,
      temporary: bed?.extra ?? false,
      fromAt: after.admittedAt,
      toAt: after.dischargedAt,
    }),
  ]);
  await announce(s, [before.wardId, after.wardId]);
}
