// The ward board's view: each bed of the wards with its patient and case, and each case's latest sets.
import { sql } from 'drizzle-orm';
import type { News2Band } from '../../domain/scores/news2';
import type { Db } from '../client';
import { rows } from '../rows';

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

/**
 * Beds of one or more wards (the wards the board may show) with the patient in each (open admission)
 * and that patient's latest case.
 */
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

export type LatestSet = {
  case_id: string;
  total: number | null;
  band: News2Band | null;
  complete: boolean;
  taken_at: string;
  next_due_at: string | null;
};

/** The latest `perCase` sets of each case on the board, newest first; a voided set counts nowhere. */
export const latestSets = (db: Db, caseIds: string[], perCase = 4): Promise<LatestSet[]> =>
  caseIds.length
    ? rows<LatestSet>(
        db,
        // Each case's latest sets through the (case_id, taken_at) index, however long its history.
        sql`
          select s.case_id, s.total, s.band, s.complete, s.taken_at, s.next_due_at
          from unnest(${sql.param(caseIds)}::uuid[]) as c(id)
          cross join lateral (
            select * from observation_sets o where o.case_id = c.id and o.voided_at is null
            order by o.taken_at desc, o.id desc limit ${perCase}
          ) s
          order by s.case_id, s.taken_at desc, s.id desc`,
      )
    : Promise.resolve([]);
