// Moving a case along its state machine inside the caller's transaction: the status routes and the
// anesthesia record's one-tap events (入室, 麻醉开始, 切皮 …) both come through here.
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { applyTransition, type CaseRow, statusTime } from '../../db/registry/cases';
import {
  type CaseStatus,
  planTransition,
  STATUS_LABELS,
  type TargetStatus,
} from '../../domain/registry/case-status';
import { audit } from '../audit/audit';
import { AppError } from '../errors/app-error';
import { localeOf } from '../errors/locale';
import { localDate } from '../platform/local-date';

/** Tells every watcher of the case, its day's board and its patient. */
export async function announceCase(
  req: FastifyRequest,
  tx: Db,
  row: CaseRow,
  type: string,
  previousStart?: Date,
) {
  const { hub, config } = req.server.ctx;
  const tz = config.PERIOP_SITE_TIMEZONE;
  const days = new Set([localDate(row.scheduledStart, tz)]);
  if (previousStart) days.add(localDate(previousStart, tz));
  const event = { type, id: row.id, version: row.version, data: { status: row.status }, wardId: row.wardId };
  for (const day of days) await hub.publish(tx, { topic: `board:${day}`, ...event });
  await hub.publish(tx, { topic: `case:${row.id}`, ...event });
  await hub.publish(tx, { topic: `patient:${row.patientId}`, ...event });
}

/** Applies a transition to a locked case row, or throws the error the client should see. */
export async function transitionCase(
  tx: Db,
  req: FastifyRequest,
  current: CaseRow,
  input: { to: TargetStatus; at: Date; reason?: string | undefined },
): Promise<CaseRow> {
  const locale = localeOf(req);
  const now = req.server.ctx.clock();
  const status = current.status as CaseStatus;
  const plan = planTransition({ status, lastEventAt: statusTime(current) }, input, now);
  if (!plan.ok) {
    const label = (s: CaseStatus) => STATUS_LABELS[s][locale === 'en-US' ? 'en' : 'zh'];
    switch (plan.problem) {
      case 'illegal':
        throw new AppError(
          'illegal_transition',
          {
            from: label(status),
            to: label(input.to),
            allowed: plan.allowed.map(label).join(locale === 'en-US' ? ', ' : '、') || '—',
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
        throw new AppError('cancel_reason_required', {}, [{ path: 'reason', message: '' }]);
    }
  }
  const updated = await applyTransition(tx, current, plan, { userId: req.user!.id, now });
  await audit(
    req,
    {
      action: 'transition',
      resourceType: 'case',
      resourceId: updated.id,
      patientId: updated.patientId,
      detail: { from: status, to: plan.to, at: plan.at.toISOString() },
    },
    tx,
  );
  await announceCase(req, tx, updated, 'case.transition');
  return updated;
}
