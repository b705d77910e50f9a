// Moving a case along its state machine inside the caller's transaction: the case service and the
// anesthesia record's one-tap events (入室, 麻醉开始, 切皮 …) both come through here, and so through the
// safety gates (the WHO checklist phases, one patient per theatre) with their override.
import type { RegistryEvent } from '../../api/registry';
import type { Db } from '../../db/client';
import { applyTransition, type CaseRow, statusTime } from '../../db/registry/case.repo';
import { hasPermission } from '../../domain/auth/permissions';
import { type CancelReasonCode, cancelReasonText } from '../../domain/registry/cancel-reasons';
import { type GateOverride, passGates } from '../../domain/registry/case-gates';
import {
  type CaseStatus,
  planTransition,
  STATUS_LABELS,
  type TargetStatus,
} from '../../domain/registry/case-status';
import { AppError } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { localDate } from '../platform/local-date';
import { gateRefusal, holdsOnTransition, overriddenGates } from './safety-gates';

export type TransitionRequest = {
  to: TargetStatus;
  at: Date;
  reason?: string | undefined;
  /** Why a case is cancelled, from the list (`reason` is then its free text). */
  reasonCode?: CancelReasonCode | undefined;
  /** Proceed past the gates that hold the transition, with this reason (case.gate_override). */
  override?: GateOverride | undefined;
};

/** Tells every board showing the case's day, every viewer of the case and of its patient that it changed. */
export async function announceCase(
  ctx: AppContext,
  tx: Db,
  row: CaseRow,
  type: Extract<RegistryEvent, { data: unknown }>['type'],
  previousStart?: Date,
) {
  const tz = ctx.config.PERIOP_SITE_TIMEZONE;
  const days = new Set([localDate(row.scheduledStart, tz)]);
  if (previousStart) days.add(localDate(previousStart, tz));
  // The case's ward goes with every event: a subscriber sees it only if the ward is within its scope.
  const event = { type, id: row.id, version: row.version, data: { status: row.status }, wardId: row.wardId };
  await ctx.hub.publishMany(tx, [
    ...[...days].map((day) => ({ topic: `board:${day}` as const, ...event })),
    { topic: `case:${row.id}` as const, ...event },
    { topic: `patient:${row.patientId}` as const, ...event },
  ]);
}

/** Applies a transition to a locked case row, or throws the error the client should see. */
export async function transitionCase(
  ctx: AppContext,
  tx: Db,
  actor: Actor,
  current: CaseRow,
  input: TransitionRequest,
): Promise<CaseRow> {
  const now = ctx.clock();
  const status = current.status;
  const plan = planTransition({ status, lastEventAt: statusTime(current) }, input, now);
  if (!plan.ok) {
    const label = (s: CaseStatus) => STATUS_LABELS[s][actor.locale === 'en-US' ? 'en' : 'zh'];
    switch (plan.problem) {
      case 'illegal':
        throw new AppError(
          'illegal_transition',
          {
            from: label(status),
            to: label(input.to),
            allowed: plan.allowed.map(label).join(actor.locale === 'en-US' ? ', ' : '、') || '—',
          },
          [],
          { allowed: plan.allowed },
        );
      case 'before_previous':
        throw new AppError('transition_before_previous', { previous: plan.previous.toISOString() }, [
          { path: 'at', message: '' },
        ]);
      case 'in_future':
        throw new AppError('transition_in_future', {}, [{ path: 'at', message: '' }]);
      case 'reason_required':
        throw new AppError('cancel_reason_required', {}, [{ path: plan.field, message: '' }]);
    }
  }
  const holds = await holdsOnTransition(tx, current, plan.to);
  const gates = passGates(holds, input.override, hasPermission(actor.role, 'case.gate_override'));
  if (!gates.ok) throw gateRefusal(actor, plan.to, gates);
  // An override's reason is the event's reason (with any other reason given after it).
  const reason = gates.reason
    ? [...new Set([gates.reason, plan.reason].filter((r) => r !== null))].join('；')
    : plan.reason;
  // A cancellation keeps its code and text; the timeline's reason says both (as data, in Chinese).
  const cancel = plan.cancelReasonCode ? { code: plan.cancelReasonCode, text: plan.reason } : null;
  const updated = await applyTransition(
    tx,
    current,
    { ...plan, reason: cancel ? cancelReasonText(cancel.code, cancel.text, 'zh-CN') : reason, cancel },
    { userId: actor.id, now },
  );
  await ctx.audit.record(
    actor,
    {
      action: 'transition',
      resourceType: 'case',
      resourceId: updated.id,
      patientId: updated.patientId,
      detail: {
        from: status,
        to: plan.to,
        at: plan.at.toISOString(),
        ...(cancel ? { cancelReason: cancel.code } : {}),
        ...(gates.reason
          ? { override: { reason: gates.reason, gates: overriddenGates(gates.overridden) } }
          : {}),
      },
    },
    tx,
  );
  await announceCase(ctx, tx, updated, 'case.transition');
  return updated;
}
