// What every change to an anesthesia record does inside its transaction: checks the entry's time,
// opens the record (refusing a signed one), and writes its audit row and its typed announcement; and
// how a refusal names its field, in the user's language ("麻醉方式：必填" on the page).
import type { AnesthesiaEvent, RecordChange } from '../../api/anesthesia';
import { ensureRecord, type RecordRow } from '../../db/anesthesia/record.repo';
import type { Db } from '../../db/client';
import { type CaseRow, STATUS_TIME_COLUMN } from '../../db/registry/case.repo';
import { type RecordFieldMessage, recordFieldText } from '../../domain/anesthesia/record-fields';
import {
  type EventTimeProblem,
  recordTimeProblem,
  type StatusTimes,
} from '../../domain/anesthesia/record-time';
import { eventDef } from '../../domain/anesthesia/record-vocabulary';
import type { Locale } from '../../domain/common/field-messages';
import { STATUS_LABELS, type TargetStatus } from '../../domain/registry/case-status';
import { AppError, type FieldError } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { siteTime } from '../platform/local-date';

/** A field's problem in the user's language. */
export const fieldError = (
  path: string,
  key: RecordFieldMessage,
  locale: Locale,
  params: Record<string, string | number> = {},
): FieldError => ({ path, message: recordFieldText(key, locale, params) });

/** The refusal of a request whose fields are wrong, each named. */
export const invalid = (...fields: FieldError[]): AppError => new AppError('validation_failed', {}, fields);

/** The time an entry happened, checked against the case and now; `path` names the field on refusal. */
export function entryTime(c: CaseRow, iso: string, path: string, now: Date, locale: Locale): Date {
  const at = new Date(iso);
  const problem = recordTimeProblem(
    at.getTime(),
    { inRoomAt: c.inRoomAt?.getTime() ?? null, scheduledStart: c.scheduledStart.getTime() },
    now.getTime(),
  );
  if (problem) throw invalid(fieldError(path, `record.time.${problem}`, locale));
  return at;
}

/** The case's status times (ms), as the order of a status time is checked against them. */
export function statusTimes(c: CaseRow): StatusTimes {
  return Object.fromEntries(
    (Object.keys(STATUS_TIME_COLUMN) as TargetStatus[]).map((s) => {
      // ward and icu share one column: it is the time of the destination the case went to.
      const shared = (s === 'ward' || s === 'icu') && c.destination !== s;
      return [s, shared ? null : (c[STATUS_TIME_COLUMN[s]]?.getTime() ?? null)];
    }),
  );
}

/** The refusal of an event's time, naming the step or event it collides with. */
export function eventTimeRefusal(
  problem: EventTimeProblem,
  path: string,
  ctx: AppContext,
  actor: Actor,
  now: Date,
): AppError {
  const time = siteTime(problem.at, ctx.config.PERIOP_SITE_TIMEZONE, now);
  const en = actor.locale === 'en-US';
  switch (problem.problem) {
    case 'before_room_entry':
      return invalid(fieldError(path, 'record.time.before_room_entry', actor.locale, { time }));
    case 'after_event':
      return invalid(
        fieldError(path, 'record.time.after_event', actor.locale, {
          event: eventDef(problem.code)?.label[actor.locale] ?? problem.code,
          time,
        }),
      );
    default:
      return invalid(
        fieldError(path, `record.time.${problem.problem}`, actor.locale, {
          status: STATUS_LABELS[problem.status][en ? 'en' : 'zh'],
          time,
        }),
      );
  }
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
