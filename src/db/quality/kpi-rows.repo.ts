// What the department KPIs of a period are counted from (issue 12 §2): the operations (Periop's cases and the
// imported episodes) discharged or operated on in the period with their grade, approach, province, death and
// worst Clavien–Dindo grade; the hospital stays overlapping it; the wards' open beds over time.
import { type SQL, sql } from 'drizzle-orm';
import type { WardScope } from '../../domain/auth/scope';
import type { Db } from '../client';
import { rows } from '../rows';
import { wardCondition } from '../scope';

/** Local dates, both ends included; the wards asked for (null = all) within the actor's scope; the site zone. */
export type KpiPeriod = {
  from: string;
  to: string;
  wardIds: readonly string[] | null;
  scope: WardScope;
  zone: string;
};

function wardFilter(p: KpiPeriod, column: SQL): SQL {
  const scope = wardCondition(p.scope, column);
  return sql`${p.wardIds ? sql`and ${column} = any(${sql.param([...p.wardIds])}::uuid[])` : sql``}
    ${scope ? sql`and ${scope}` : sql``}`;
}

const localDate = (column: SQL, zone: string) => sql`(${column} at time zone ${zone})::date`;

export type KpiCaseRow = {
  caseKey: string;
  admissionKey: string | null;
  personKey: string;
  performed: boolean;
  procedureType: string | null;
  surgeryDate: string | null;
  dischargeDate: string | null;
  grade: number | null;
  approach: string | null;
  province: string | null;
  deathDate: string | null;
  /** Confirmed Clavien–Dindo grades of the case (Periop) or its worst grade (import). */
  grades: string[];
};

/** The operations discharged in the period or operated on in it (28-day cohort), of both sources. */
export const kpiCases = (db: Db, p: KpiPeriod): Promise<KpiCaseRow[]> => {
  const discharge = localDate(sql`a.discharged_at`, p.zone);
  const surgery = localDate(sql`c.surgery_start_at`, p.zone);
  return rows<KpiCaseRow>(
    db,
    sql`select c.id as "caseKey", a.id::text as "admissionKey", pt.mrn as "personKey",
        (c.status <> 'cancelled' and c.surgery_start_at is not null) as performed, 'surgery' as "procedureType",
        ${surgery}::text as "surgeryDate", ${discharge}::text as "dischargeDate", c.grade::int as grade, c.approach,
        pt.province, case when o.status = 'died' then ${localDate(sql`o.death_at`, p.zone)}::text end as "deathDate",
        coalesce((select array_agg(k.grade) from complications k
          where k.case_id = c.id and k.status = 'confirmed' and k.grade is not null), '{}') as grades
      from surgical_cases c join patients pt on pt.id = c.patient_id
      left join admissions a on a.id = c.admission_id
      left join case_outcomes o on o.case_id = c.id
      where ((${discharge} between ${p.from}::date and ${p.to}::date)
        or (${surgery} between ${p.from}::date and ${p.to}::date))
        ${wardFilter(p, sql`c.ward_id`)}
      union all
      select h.id, h.admission_id::text, h.person_key, h.case_status = 'performed', h.procedure_type,
        h.surgery_date::text, h.discharge_date::text, h.grade::int, h.approach, h.province, h.death_date::text,
        case when h.clavien_max is null then '{}'::text[] else array[h.clavien_max] end
      from history_episodes h
      where ((h.discharge_date between ${p.from}::date and ${p.to}::date)
        or (h.surgery_date between ${p.from}::date and ${p.to}::date))
        ${wardFilter(p, sql`h.ward_id`)}`,
  );
};

export type KpiStayRow = { admissionDate: string; dischargeDate: string | null; ward: string };

/** The hospital stays overlapping the period: every admission, those begun in Periop and those the import made. */
export const kpiStays = (db: Db, p: KpiPeriod): Promise<KpiStayRow[]> => {
  const admitted = localDate(sql`a.admitted_at`, p.zone);
  const discharged = localDate(sql`a.discharged_at`, p.zone);
  return rows<KpiStayRow>(
    db,
    sql`select ${admitted}::text as "admissionDate", ${discharged}::text as "dischargeDate", w.code as ward
      from admissions a join wards w on w.id = a.ward_id
      where ${admitted} <= ${p.to}::date and (a.discharged_at is null or ${discharged} >= ${p.from}::date)
        ${wardFilter(p, sql`a.ward_id`)}`,
  );
};

export type KpiOpenBedsRow = {
  ward: string;
  openBeds: number;
  validFrom: string | null;
  validTo: string | null;
};

/**
 * The open beds of every ward over time: the periods entered or imported, and for a ward with none, its active
 * beds as configured (always open).
 */
export const kpiOpenBeds = (db: Db, p: KpiPeriod): Promise<KpiOpenBedsRow[]> =>
  rows<KpiOpenBedsRow>(
    db,
    sql`select w.code as ward, o.open_beds as "openBeds", o.valid_from::text as "validFrom", o.valid_to::text as "validTo"
      from ward_open_beds o join wards w on w.id = o.ward_id
      where true ${wardFilter(p, sql`o.ward_id`)}
      union all
      select w.code, count(b.id)::int, null, null
      from wards w join beds b on b.ward_id = w.id and b.active
      where not exists (select 1 from ward_open_beds o where o.ward_id = w.id) ${wardFilter(p, sql`w.id`)}
      group by w.code`,
  );
