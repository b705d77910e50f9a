// Early-warning alerts: raised by a set (or an overdue one), acknowledged with an action, escalated if
// not; and the ward report of how fast they were answered.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { WardScope } from '../../domain/auth/scope';
import type { AckAction, AlertType } from '../../domain/monitoring/escalation';
import type { Db } from '../client';
import { newId } from '../ids';
import { rows } from '../rows';
import { ewsAlerts, surgicalCases } from '../schema';
import { wardCondition } from '../scope';
import type { Actor } from '../versioned';

export type AlertRow = typeof ewsAlerts.$inferSelect;

export async function raiseAlert(
  db: Db,
  v: Pick<AlertRow, 'caseId' | 'patientId' | 'wardId' | 'setId' | 'type' | 'raisedAt'>,
): Promise<AlertRow> {
  const [row] = await db
    .insert(ewsAlerts)
    .values({ id: newId(), ...v })
    .returning();
  return row!;
}

/** An alert whose case lies within the scope. */
export async function getAlert(db: Db, id: string, scope: WardScope): Promise<AlertRow | null> {
  const [row] = await db
    .select({ alert: ewsAlerts })
    .from(ewsAlerts)
    .innerJoin(surgicalCases, eq(surgicalCases.id, ewsAlerts.caseId))
    .where(and(eq(ewsAlerts.id, id), wardCondition(scope, surgicalCases.wardId)));
  return row?.alert ?? null;
}

/** Acknowledges an open alert over the version read; null when stale or no longer open. */
export async function acknowledgeAlert(
  db: Db,
  id: string,
  version: number,
  v: { action: AckAction; note: string | null },
  actor: Actor,
): Promise<AlertRow | null> {
  const [row] = await db
    .update(ewsAlerts)
    .set({
      status: 'acknowledged',
      action: v.action,
      note: v.note,
      acknowledgedBy: actor.userId,
      acknowledgedAt: actor.now,
      version: sql`${ewsAlerts.version} + 1`,
    })
    .where(and(eq(ewsAlerts.id, id), eq(ewsAlerts.version, version), eq(ewsAlerts.status, 'open')))
    .returning();
  return row ?? null;
}

/** Open alerts older than their escalation time, not yet escalated: marked escalated now. */
export async function escalateAlerts(
  db: Db,
  now: Date,
  minutes: Partial<Record<AlertType, number>>,
): Promise<AlertRow[]> {
  const out: AlertRow[] = [];
  for (const [type, m] of Object.entries(minutes) as [AlertType, number][]) {
    const rowsUpdated = await db
      .update(ewsAlerts)
      .set({ escalatedAt: now })
      .where(
        and(
          eq(ewsAlerts.type, type),
          eq(ewsAlerts.status, 'open'),
          sql`${ewsAlerts.escalatedAt} is null`,
          sql`${ewsAlerts.raisedAt} <= ${new Date(now.getTime() - m * 60_000).toISOString()}::timestamptz`,
        ),
      )
      .returning();
    out.push(...rowsUpdated);
  }
  return out;
}

/** Every alert of a case, newest first (the case's id has passed the access check). */
export const caseAlerts = (db: Db, caseId: string): Promise<AlertRow[]> =>
  db.select().from(ewsAlerts).where(eq(ewsAlerts.caseId, caseId)).orderBy(desc(ewsAlerts.raisedAt));

/** The open alerts of one or more wards (the department's wards at once for a department-wide board). */
export const alertsOfWards = (db: Db, wardIds: string[]): Promise<AlertRow[]> =>
  db
    .select()
    .from(ewsAlerts)
    .where(and(inArray(ewsAlerts.wardId, wardIds), eq(ewsAlerts.status, 'open')))
    .orderBy(asc(ewsAlerts.raisedAt));

export type AlertStory = {
  id: string;
  case_id: string;
  type: AlertType;
  raised_at: string;
  action: AckAction | null;
  note: string | null;
  acknowledged_by: string | null;
  acknowledged_by_name: string | null;
  acknowledged_at: string | null;
  escalated_at: string | null;
  /** NEWS2 of the set the alert belongs to (for an overdue alert: the set that fell due). */
  total: number | null;
};

/**
 * Each case's acknowledged alerts that are still its story, newest first: those of its latest complete
 * set (an overdue alert belongs to the set that fell due). The next complete set ends the story, or
 * replaces it with the alert it raises; an incomplete set is never read as normal and ends nothing. A
 * voided set counts nowhere; an alert withdrawn by its set's correction is no story (status filter).
 */
export const alertStories = (db: Db, caseIds: string[]): Promise<AlertStory[]> =>
  caseIds.length
    ? rows<AlertStory>(
        db,
        sql`
          select a.id, a.case_id, a.type, a.raised_at, a.action, a.note, a.acknowledged_by,
            u.display_name as acknowledged_by_name, a.acknowledged_at, a.escalated_at, s.total
          from unnest(${sql.param(caseIds)}::uuid[]) as c(id)
          cross join lateral (
            select o.id, o.total from observation_sets o
            where o.case_id = c.id and o.complete and o.voided_at is null
            order by o.taken_at desc, o.id desc limit 1
          ) s
          join ews_alerts a on a.case_id = c.id and a.set_id = s.id and a.status = 'acknowledged'
          left join users u on u.id = a.acknowledged_by
          order by a.case_id, a.raised_at desc, a.id desc`,
      )
    : Promise.resolve([]);

export type ResponseReportRow = {
  ward_id: string | null;
  ward_name: string | null;
  type: AlertType;
  alerts: number;
  acknowledged: number;
  escalated: number;
  median_ack_min: number | null;
  p90_ack_min: number | null;
  median_escalation_min: number | null;
};

/** The ward report: per ward, alerts with their time to acknowledge and to escalation (minutes). */
export const responseReport = (db: Db, from: Date, to: Date, scope: WardScope) =>
  rows<ResponseReportRow>(
    db,
    sql`
      select e.ward_id, w.name as ward_name, e.type, count(*)::int as alerts, count(e.acknowledged_at)::int as acknowledged,
        count(e.escalated_at)::int as escalated,
        (percentile_cont(0.5) within group (order by extract(epoch from e.acknowledged_at - e.raised_at) / 60))::float8 as median_ack_min,
        (percentile_cont(0.9) within group (order by extract(epoch from e.acknowledged_at - e.raised_at) / 60))::float8 as p90_ack_min,
        (percentile_cont(0.5) within group (order by extract(epoch from e.escalated_at - e.raised_at) / 60))::float8 as median_escalation_min
      from ews_alerts e left join wards w on w.id = e.ward_id
      where e.raised_at >= ${from.toISOString()}::timestamptz and e.raised_at < ${to.toISOString()}::timestamptz
        and e.status <> 'withdrawn'
        and ${wardCondition(scope, sql`e.ward_id`) ?? sql`true`}
      group by e.ward_id, w.name, e.type order by w.name, e.type`,
  );
