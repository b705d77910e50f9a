// What every change to an anesthesia record does inside its transaction: checks the entry's time,
// opens the record (refusing a signed one), and writes its audit row and its typed announcement.
import type { AnesthesiaEvent, RecordChange } from '../../api/anesthesia';
import { ensureRecord, type RecordRow } from '../../db/anesthesia/record.repo';
import type { Db } from '../../db/client';
import type { CaseRow } from '../../db/registry/case.repo';
import { recordTimeProblem } from '../../domain/anesthesia/record-time';
import { AppError } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';

/** The time an entry happened, checked against the case and now; `path` names the field on refusal. */
export function entryTime(c: CaseRow, iso: string, path: string, now: Date): Date {
  const at = new Date(iso);
  const problem = recordTimeProblem(
    at.getTime(),
    { inRoomAt: c.inRoomAt?.getTime() ?? null, scheduledStart: c.scheduledStart.getTime() },
    now.getTime(),
  );
  if (problem) throw new AppError('validation_failed', {}, [{ path, message: `record.time.${problem}` }]);
  return at;
}

/** The case's open (unsigned) record, created on first write. */
export async function openRecord(tx: Db, c: CaseRow, actor: Actor, now: Date): Promise<RecordRow> {
  const r = await ensureRecord(tx, c.id, c.patientId, { userId: actor.id, now });
  if (r.status === 'signed') throw new AppError('record_signed');
  return r;
}

/** Announces a change on the case's topic: to those who may see the case's ward. */
export async function announce(ctx: AppContext, tx: Db, c: CaseRow, event: AnesthesiaEvent): Promise<void> {
  await ctx.hub.publish(tx, { topic: `case:${c.id}`, ...event, wardId: c.wardId });
}

/** The audit row and the announcement of a change to the record's entries. */
export async function recordChanged(
  ctx: AppContext,
  tx: Db,
  actor: Actor,
  c: CaseRow,
  what: RecordChange,
  detail: Record<string, unknown>,
): Promise<void> {
  await ctx.audit.record(
    actor,
    { action: what, resourceType: 'anesthesia_record', resourceId: c.id, patientId: c.patientId, detail },
    tx,
  );
  await announce(ctx, tx, c, { type: 'record.changed', id: c.id, data: { what } });
}
