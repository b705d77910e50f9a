// Post-operative monitoring rows: observation sets, scale-2 orders, early-warning alerts, labs,
// complications, 28-day outcomes and follow-up tasks; and the ward board's view.

import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { WardScope } from '../../domain/auth/scope';
import type { Db } from '../client';
import { newId } from '../ids';
import { rows } from '../rows';
import {
  caseOutcomes,
  complications,
  ewsAlerts,
  followupTasks,
  labResults,
  observationSets,
  scale2Orders,
  surgicalCases,
} from '../schema';
import { wardCondition } from '../scope';
import { type Actor, newRowStamp, updateVersioned } from '../versioned';

export type SetRow = typeof observationSets.$inferSelect;
export type AlertRow = typeof ewsAlerts.$inferSelect;
export type ComplicationRow = typeof complications.$inferSelect;
export type TaskRow = typeof followupTasks.$inferSelect;

export async function insertSet(db: Db, v: Omit<SetRow, 'id'>): Promise<SetRow> {
  const [row] = await db
    .insert(observationSets)
    .values({ id: newId(), ...v })
    .returning();
  return row!;
}

export const caseSets = (db: Db, caseId: string) =>
  db
    .select()
    .from(observationSets)
    .where(eq(observationSets.caseId, caseId))
    .orderBy(desc(observationSets.takenAt));

export async function activeScale2(db: Db, caseId: string) {
  const [row] = await db
    .select()
    .from(scale2Orders)
    .where(and(eq(scale2Orders.caseId, caseId), eq(scale2Orders.active, true)))
    .orderBy(desc(scale2Orders.orderedAt))
    .limit(1);
  return row ?? null;
}

export async function orderScale2(db: Db, caseId: string, reason: string, actor: Actor) {
  await db.update(scale2Orders).set({ active: false }).where(eq(scale2Orders.caseId, caseId));
  const [row] = await db
    .insert(scale2Orders)
    .values({ id: newId(), caseId, reason, orderedBy: actor.userId, orderedAt: actor.now })
    .returning();
  return row!;
}

export const stopScale2 = (db: Db, caseId: string) =>
  db.update(scale2Orders).set({ active: false }).where(eq(scale2Orders.caseId, caseId));

export async function raiseAlert(
  db: Db,
  v: Pick<AlertRow, 'caseId' | 'patientId' | 'wardId' | 'setId' | 'type' | 'raisedAt'>,
) {
  const [row] = await db
    .insert(ewsAlerts)
    .values({ id: newId(), ...v })
    .returning();
  return row!;
}

export async function getAlert(db: Db, id: string): Promise<AlertRow | null> {
  const [row] = await db.select().from(ewsAlerts).where(eq(ewsAlerts.id, id));
  return row ?? null;
}

export async function acknowledgeAlert(
  db: Db,
  id: string,
  version: number,
  v: { action: string; note: string | null },
  actor: Actor,
) {
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
  minutes: Record<string, number>,
): Promise<AlertRow[]> {
  const out: AlertRow[] = [];
  for (const [type, m] of Object.entries(minutes)) {
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

/** The latest set of each open case that is past due (plus grace) and has no open overdue alert. */
export const overdueSets = (db: Db, cutoff: Date) =>
  rows<{ case_id: string; patient_id: string; ward_id: string | null; id: string }>(
    db,
    // The latest set of each case still on the ward, each found through the (case_id, taken_at) index:
    // the work grows with the patients on the wards, not with the history kept.
    sql`
      select s.case_id, s.patient_id, s.ward_id, s.id
      from surgical_cases c
      cross join lateral (
        select o.case_id, o.patient_id, o.ward_id, o.id, o.next_due_at from observation_sets o
        where o.case_id = c.id order by o.taken_at desc, o.id desc limit 1
      ) s
      where c.status in ('ward', 'icu', 'pacu_out') and s.next_due_at is not null and s.next_due_at <= ${cutoff.toISOString()}::timestamptz
        and not exists (select 1 from ews_alerts a where a.case_id = s.case_id and a.type = 'overdue' and a.set_id = s.id)`,
  );

export const caseAlerts = (db: Db, caseId: string) =>
  db.select().from(ewsAlerts).where(eq(ewsAlerts.caseId, caseId)).orderBy(desc(ewsAlerts.raisedAt));

/** The open alerts of one or more wards (the department's wards at once for a department-wide board). */
export const alertsOfWards = (db: Db, wardIds: string[]) =>
  db
    .select()
    .from(ewsAlerts)
    .where(and(inArray(ewsAlerts.wardId, wardIds), eq(ewsAlerts.status, 'open')))
    .orderBy(asc(ewsAlerts.raisedAt));

/** The ward report: per ward, alerts with their time to acknowledge and to escalation (minutes). */
export const responseReport = (db: Db, from: Date, to: Date, scope: WardScope) =>
  rows<{
    ward_id: string | null;
    type: string;
    alerts: number;
    acknowledged: number;
    escalated: number;
    median_ack_min: number | null;
    p90_ack_min: number | null;
  }>(
    db,
    sql`
      select e.ward_id, w.name as ward_name, e.type, count(*)::int as alerts, count(e.acknowledged_at)::int as acknowledged,
        count(e.escalated_at)::int as escalated,
        (percentile_cont(0.5) within group (order by extract(epoch from e.acknowledged_at - e.raised_at) / 60))::float8 as median_ack_min,
        (percentile_cont(0.9) within group (order by extract(epoch from e.acknowledged_at - e.raised_at) / 60))::float8 as p90_ack_min,
        (percentile_cont(0.5) within group (order by extract(epoch from e.escalated_at - e.raised_at) / 60))::float8 as median_escalation_min
      from ews_alerts e left join wards w on w.id = e.ward_id
      where e.raised_at >= ${from.toISOString()}::timestamptz and e.raised_at < ${to.toISOString()}::timestamptz
        and ${wardCondition(scope, sql`e.ward_id`) ?? sql`true`}
      group by e.ward_id, w.name, e.type order by w.name, e.type`,
  );

export type BedView = {
  wardId: string;
  bedId: string;
  bedCode: string;
  patientId: string | null;
  patientName: string | null;
  caseId: string | null;
  caseStatus: string | null;
  procedureText: string | null;
};

/** Beds of one or more wards with the patient in each (open admission) and that patient's latest case. */
export const wardBeds = (db: Db, wardIds: string[]) =>
  rows<BedView>(
    db,
    sql`
      select b.ward_id as "wardId", b.id as "bedId", b.code as "bedCode", p.id as "patientId", p.name as "patientName",
        c.id as "caseId", c.status as "caseStatus", c.procedure_text as "procedureText"
      from beds b
      -- One patient per bed: the most recent open admission (a stale record must not double a bed).
      left join lateral (
        select * from admissions x where x.bed_id = b.id and x.discharged_at is null
        order by x.admitted_at desc limit 1
      ) a on true
      left join patients p on p.id = a.patient_id
      left join lateral (
        select id, status, procedure_text from surgical_cases s where s.admission_id = a.id and s.status <> 'cancelled'
        order by s.scheduled_start desc limit 1
      ) c on true
      where b.ward_id = any(${sql.param(wardIds)}::uuid[]) and b.active
      order by b.ward_id, length(b.code), b.code`,
  );

export const latestSets = (db: Db, caseIds: string[], perCase = 4) =>
  caseIds.length
    ? rows<{
        case_id: string;
        total: number | null;
        band: string | null;
        complete: boolean;
        taken_at: string;
        next_due_at: string | null;
      }>(
        db,
        // Each case's latest sets through the (case_id, taken_at) index, however long its history.
        sql`
          select s.case_id, s.total, s.band, s.complete, s.taken_at, s.next_due_at
          from unnest(${sql.param(caseIds)}::uuid[]) as c(id)
          cross join lateral (
            select * from observation_sets o where o.case_id = c.id order by o.taken_at desc, o.id desc limit ${perCase}
          ) s
          order by s.case_id, s.taken_at desc, s.id desc`,
      )
    : Promise.resolve([]);

export async function insertLab(db: Db, v: Omit<typeof labResults.$inferInsert, 'id'>) {
  const [row] = await db
    .insert(labResults)
    .values({ id: newId(), ...v })
    .returning();
  return row!;
}

export const patientLabs = (db: Db, patientId: string, analyte: string) =>
  db
    .select()
    .from(labResults)
    .where(and(eq(labResults.patientId, patientId), eq(labResults.analyte, analyte)))
    .orderBy(asc(labResults.takenAt));

export const caseComplications = (db: Db, caseId: string) =>
  db.select().from(complications).where(eq(complications.caseId, caseId)).orderBy(asc(complications.onsetAt));

export async function getComplication(db: Db, id: string): Promise<ComplicationRow | null> {
  const [row] = await db.select().from(complications).where(eq(complications.id, id));
  return row ?? null;
}

export async function insertComplication(
  db: Db,
  v: Pick<ComplicationRow, 'caseId' | 'patientId' | 'type' | 'onsetAt' | 'status' | 'rule' | 'evidence'> &
    Partial<Pick<ComplicationRow, 'grade' | 'treatment' | 'outcome' | 'decidedBy' | 'decidedAt'>>,
  actor: Actor,
): Promise<ComplicationRow> {
  const [row] = await db
    .insert(complications)
    .values({ ...v, ...newRowStamp(actor) })
    .returning();
  return row!;
}

export const updateComplication = (
  db: Db,
  id: string,
  version: number,
  v: Partial<
    Pick<
      ComplicationRow,
      | 'status'
      | 'grade'
      | 'disability'
      | 'treatment'
      | 'outcome'
      | 'decisionReason'
      | 'decidedBy'
      | 'decidedAt'
    >
  >,
  actor: Actor,
) => updateVersioned(db, complications, id, version, v, actor);

/** Cases whose day 28 has come (within the look-back window) and that have no outcome yet. */
export const casesDueForOutcome = (db: Db, now: Date, lookbackDays: number) =>
  rows<{
    case_id: string;
    patient_id: string;
    anesthesia_end: string;
    discharged_at: string | null;
    died_at: string | null;
  }>(
    db,
    sql`
      select c.id as case_id, c.patient_id, coalesce(c.anesthesia_end_at, c.out_of_room_at) as anesthesia_end,
        a.discharged_at, null::timestamptz as died_at
      from surgical_cases c
      left join admissions a on a.id = c.admission_id
      where coalesce(c.anesthesia_end_at, c.out_of_room_at) is not null
        and coalesce(c.anesthesia_end_at, c.out_of_room_at) <= ${new Date(now.getTime() - 28 * 86_400_000).toISOString()}::timestamptz
        and coalesce(c.anesthesia_end_at, c.out_of_room_at) > ${new Date(now.getTime() - (28 + lookbackDays) * 86_400_000).toISOString()}::timestamptz
        and not exists (select 1 from case_outcomes o where o.case_id = c.id)`,
  );

export async function recordOutcome(db: Db, v: typeof caseOutcomes.$inferInsert) {
  await db.insert(caseOutcomes).values(v).onConflictDoNothing();
}

export async function createTask(db: Db, v: Omit<typeof followupTasks.$inferInsert, 'id'>) {
  await db
    .insert(followupTasks)
    .values({ id: newId(), ...v })
    .onConflictDoNothing();
}

export const openTasks = (db: Db, scope: WardScope) =>
  rows<{
    id: string;
    case_id: string;
    patient_id: string;
    kind: string;
    due_at: string;
    patient_name: string;
    patient_mrn: string;
    phone: string | null;
    procedure_text: string;
  }>(
    db,
    sql`
      select t.id, t.case_id, t.patient_id, t.kind, t.due_at, p.name as patient_name, p.mrn as patient_mrn, p.phone,
        c.procedure_text
      from followup_tasks t join patients p on p.id = t.patient_id join surgical_cases c on c.id = t.case_id
      where t.status = 'open' and ${wardCondition(scope, sql`c.ward_id`) ?? sql`true`} order by t.due_at`,
  );

export async function completeTask(
  db: Db,
  id: string,
  result: string,
  actor: Actor,
): Promise<TaskRow | null> {
  const [row] = await db
    .update(followupTasks)
    .set({ status: 'done', result, doneBy: actor.userId, doneAt: actor.now })
    .where(and(eq(followupTasks.id, id), eq(followupTasks.status, 'open')))
    .returning();
  return row ?? null;
}

export async function getTask(db: Db, id: string, scope: WardScope): Promise<TaskRow | null> {
  const [row] = await db
    .select({ task: followupTasks })
    .from(followupTasks)
    .innerJoin(surgicalCases, eq(surgicalCases.id, followupTasks.caseId))
    .where(and(eq(followupTasks.id, id), wardCondition(scope, surgicalCases.wardId)));
  return row?.task ?? null;
}

/** Sets the case's 28-day outcome (a follow-up call or hospital data overrides "unknown"). */
export async function setOutcome(db: Db, v: typeof caseOutcomes.$inferInsert) {
  await db
    .insert(caseOutcomes)
    .values(v)
    .onConflictDoUpdate({
      target: caseOutcomes.caseId,
      set: {
        status: v.status,
        deathAt: v.deathAt ?? null,
        cause: v.cause ?? null,
        source: v.source,
        decidedAt: v.decidedAt,
        decidedBy: v.decidedBy ?? null,
      },
    });
}

export async function getOutcome(db: Db, caseId: string) {
  const [row] = await db.select().from(caseOutcomes).where(eq(caseOutcomes.caseId, caseId));
  return row ?? null;
}

/** The latest reading of each parameter in the last `minutes` from monitors at the patient's ward bed. */
export const bedsideReadings = (db: Db, caseId: string, since: Date) =>
  rows<{ param: string; value: number; observed_at: string }>(
    db,
    sql`
      select distinct on (o.param) o.param, o.value, o.observed_at
      from surgical_cases c
      join admissions a on a.id = c.admission_id and a.discharged_at is null
      join beds b on b.id = a.bed_id
      join wards w on w.id = b.ward_id
      join devices d on d.place_kind = 'ward_bed' and d.place_code = w.code || '/' || b.code and d.active
      join observations o on o.device_id = d.id and o.observed_at >= ${since.toISOString()}::timestamptz and not o.artefact
      where c.id = ${caseId}::uuid
      order by o.param, o.observed_at desc`,
  );
