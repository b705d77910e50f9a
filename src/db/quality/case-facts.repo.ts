// What the QC case facts are derived from (issue 12 §1): the cases anchored in a period (qc-indicator-readings.md
// D02: local date of 入室, else of the scheduled start) with their anesthesia record and blood given, coded events, core
// temperature readings, post-anesthesia visits, confirmed complications and outcome — five set-based queries
// for the whole period, none per case. The mapping to the facts is src/server/quality/case-facts.ts.
import { type SQL, sql } from 'drizzle-orm';
import { noLaterStay } from '../anesthesia/room-stay.repo';
import type { Db } from '../client';
import { rows } from '../rows';

/** Instants [from, to) of the anchor, and the wards (of the case) to keep; none = every ward. */
export type FactPeriod = { from: Date; to: Date; wardIds?: readonly string[] | null };

/** Epoch milliseconds as a float8, the same number under both drivers. */
const ms = (column: SQL) => sql`floor(date_part('epoch', ${column}) * 1000)::float8`;

/** The ids of the cases anchored in the period (D02), as a CTE `pc`. */
const periodCases = (p: FactPeriod): SQL => sql`pc as (
  select c.id from surgical_cases c
  where coalesce(c.in_room_at, c.scheduled_start) >= ${p.from.toISOString()}::timestamptz
    and coalesce(c.in_room_at, c.scheduled_start) < ${p.to.toISOString()}::timestamptz
    ${p.wardIds && p.wardIds.length > 0 ? sql`and c.ward_id = any(${sql.param([...p.wardIds])}::uuid[])` : sql``})`;

export type FactCaseRow = {
  caseId: string;
  patientId: string;
  mrn: string;
  wardId: string | null;
  status: string;
  cancelStage: string | null;
  urgency: string;
  plannedAnesthesia: string;
  procedureCode: string;
  approach: string;
  grade: number;
  scheduledAt: number;
  inRoomAt: number | null;
  anesthesiaStartAt: number | null;
  surgeryStartAt: number | null;
  surgeryEndAt: number | null;
  anesthesiaEndAt: number | null;
  outOfRoomAt: number | null;
  pacuInAt: number | null;
  pacuOutAt: number | null;
  destination: string | null;
  destinationAt: number | null;
  /** The anesthesia record; all null without one. */
  method: string | null;
  airway: string | null;
  activeWarming: boolean | null;
  tempMode: string | null;
  recordSigned: boolean | null;
  /** The first signature of the pre-anesthesia visit (a draft is not a completed visit). */
  visitSignedAt: number | null;
  /** The latest signed visit's ASA class and planned post-op destination. */
  asaClass: number | null;
  plannedDestination: string | null;
  outcomeStatus: string | null;
  deathAt: number | null;
  /** Blood given (not voided), ml: autologous, and allogeneic (red cells, plasma, platelets); 0 without any. */
  autologousMl: number;
  allogeneicMl: number;
};

export const factCases = (db: Db, p: FactPeriod): Promise<FactCaseRow[]> =>
  rows<FactCaseRow>(
    db,
    sql`with ${periodCases(p)}
      select c.id as "caseId", c.patient_id as "patientId", pt.mrn, c.ward_id as "wardId", c.status,
        c.cancel_stage as "cancelStage", c.urgency, c.planned_anesthesia as "plannedAnesthesia",
        c.procedure_code as "procedureCode", c.approach, c.grade::int as grade,
        ${ms(sql`c.scheduled_start`)} as "scheduledAt", ${ms(sql`c.in_room_at`)} as "inRoomAt",
        ${ms(sql`c.anesthesia_start_at`)} as "anesthesiaStartAt", ${ms(sql`c.surgery_start_at`)} as "surgeryStartAt",
        ${ms(sql`c.surgery_end_at`)} as "surgeryEndAt", ${ms(sql`c.anesthesia_end_at`)} as "anesthesiaEndAt",
        ${ms(sql`c.out_of_room_at`)} as "outOfRoomAt", ${ms(sql`c.pacu_in_at`)} as "pacuInAt",
        ${ms(sql`c.pacu_out_at`)} as "pacuOutAt", c.destination, ${ms(sql`c.destination_at`)} as "destinationAt",
        r.method, r.details->>'airway' as airway, (r.details->>'activeWarming')::boolean as "activeWarming",
        r.temp_mode as "tempMode", case when r.id is null then null else r.status = 'signed' end as "recordSigned",
        ${ms(sql`v.first_signed`)} as "visitSignedAt", (lv.data->>'asaClass')::int as "asaClass",
        lv.data->'plan'->>'postopDestination' as "plannedDestination",
        o.status as "outcomeStatus", ${ms(sql`o.death_at`)} as "deathAt",
        fl.autologous as "autologousMl", fl.allogeneic as "allogeneicMl"
      from pc join surgical_cases c on c.id = pc.id
      join patients pt on pt.id = c.patient_id
      left join anesthesia_records r on r.case_id = c.id
      left join lateral (select min(a.signed_at) as first_signed from assessment_visits a
        where a.case_id = c.id and a.status = 'signed') v on true
      left join lateral (select a.data from assessment_visits a
        where a.case_id = c.id and a.status = 'signed' order by a.revision desc limit 1) lv on true
      left join case_outcomes o on o.case_id = c.id
      cross join lateral (select
          coalesce(sum(f.volume_ml) filter (where f.kind = 'autologous'), 0)::float8 as autologous,
          coalesce(sum(f.volume_ml) filter (where f.kind in ('red_cells', 'plasma', 'platelets')), 0)::float8
            as allogeneic
        from fluid_entries f where f.case_id = c.id and f.direction = 'in' and f.voided_at is null) fl
      order by c.id`,
  );

export type FactEventRow = { caseId: string; code: string; at: number };

/** The record's events the facts read (not voided), in time order. */
export const factEvents = (db: Db, p: FactPeriod, codes: readonly string[]): Promise<FactEventRow[]> =>
  rows<FactEventRow>(
    db,
    sql`with ${periodCases(p)}
      select e.case_id as "caseId", e.code, ${ms(sql`e.at`)} as at
      from pc join record_events e on e.case_id = pc.id
      where e.voided_at is null and e.code = any(${sql.param([...codes])}::text[])
      order by e.case_id, e.at, e.id`,
  );

export type FactTemperatureRow = { caseId: string; at: number; celsius: number };

/**
 * Every core temperature of the cases, artefacts left out: the readings bound to the case (manual entries, a
 * monitor bound by hand, PACU) and its room's monitors' from 入室 to 出室 that no later entrant's stay owns
 * (room-stays.ts), as reading.repo.ts `caseReadings` has them.
 */
export const factTemperatures = (db: Db, p: FactPeriod): Promise<FactTemperatureRow[]> =>
  rows<FactTemperatureRow>(
    db,
    sql`with ${periodCases(p)}
      select t."caseId", t.at, t.celsius from (
        (select o.case_id as "caseId", ${ms(sql`o.observed_at`)} as at, o.value as celsius
          from pc join observations o on o.case_id = pc.id
          where o.param = 'temp' and not o.artefact)
        union all
        (select c.id as "caseId", ${ms(sql`o.observed_at`)} as at, o.value as celsius
          from pc join surgical_cases c on c.id = pc.id
          join devices d on d.place_kind = 'or_room' and d.place_code = c.or_room and d.override_case_id is null
          cross join lateral (
            select o.* from observations o
            where o.device_id = d.id and o.case_id is null and o.param = 'temp' and not o.artefact
              and o.observed_at >= c.in_room_at and o.observed_at <= coalesce(c.out_of_room_at, 'infinity')
              and ${noLaterStay}
            offset 0
          ) o)
      ) t
      order by t."caseId", t.at`,
  );

export type FactPostVisitRow = {
  caseId: string;
  at: number;
  awareness: boolean | null;
  hoarseness: boolean | null;
  neuroDeficit: boolean | null;
};

/** The post-anesthesia visits (麻醉术后访视) of the cases, each finding as answered (null = not asked). */
export const factPostVisits = (db: Db, p: FactPeriod): Promise<FactPostVisitRow[]> =>
  rows<FactPostVisitRow>(
    db,
    sql`with ${periodCases(p)}
      select a.case_id as "caseId", ${ms(sql`a.at`)} as at, (a.input->>'awareness')::boolean as awareness,
        (a.input->>'hoarseness')::boolean as hoarseness, (a.input->>'neuroDeficit')::boolean as "neuroDeficit"
      from pc join postop_assessments a on a.case_id = pc.id
      where a.instrument = 'postanesthesia-visit'
      order by a.case_id, a.at, a.id`,
  );

export type FactComplicationRow = { caseId: string; type: string; onsetAt: number };

/** The confirmed complications of the cases (a suggestion or a dismissal is no finding). */
export const factComplications = (db: Db, p: FactPeriod): Promise<FactComplicationRow[]> =>
  rows<FactComplicationRow>(
    db,
    sql`with ${periodCases(p)}
      select k.case_id as "caseId", k.type, ${ms(sql`k.onset_at`)} as "onsetAt"
      from pc join complications k on k.case_id = pc.id
      where k.status = 'confirmed'
      order by k.case_id, k.onset_at, k.id`,
  );

export type FactSources = {
  cases: FactCaseRow[];
  events: FactEventRow[];
  temperatures: FactTemperatureRow[];
  postVisits: FactPostVisitRow[];
  complications: FactComplicationRow[];
};

/** Everything the case facts of a period are derived from, in five queries. */
export async function factSources(
  db: Db,
  p: FactPeriod,
  eventCodes: readonly string[],
): Promise<FactSources> {
  const [cases, events, temperatures, postVisits, complications] = await Promise.all([
    factCases(db, p),
    factEvents(db, p, eventCodes),
    factTemperatures(db, p),
    factPostVisits(db, p),
    factComplications(db, p),
  ]);
  return { cases, events, temperatures, postVisits, complications };
}
