// The department bed board (全科床位一览) in two queries: the wards within the scope with their open beds
// now, and every place of those wards — each registered bed in place today and each patient in an
// unregistered extra bed (加床) — with its room, its occupant's admission, surgery and open NEWS2 alert,
// its reservation and its closure.
import { sql } from 'drizzle-orm';
import type { WardScope } from '../../domain/auth/scope';
import type { Db } from '../client';
import { rows } from '../rows';
import { wardCondition } from '../scope';

export type BoardWardRow = {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  staffingLimit: number | null;
  /** Open beds of the ward_open_beds period covering today; null = no period entered. */
  periodOpenBeds: number | null;
  /** Active regular (not extra) beds in place today. */
  regularBeds: number;
};

const where = (scope: WardScope) => {
  const condition = wardCondition(scope, sql`w.id`);
  return condition ? sql`where ${condition}` : sql``;
};

export const boardWards = (db: Db, scope: WardScope, today: string): Promise<BoardWardRow[]> =>
  rows<BoardWardRow>(
    db,
    sql`
      select w.id, w.code, w.name, w.name_en as "nameEn", w.staffing_limit as "staffingLimit",
        (select o.open_beds from ward_open_beds o
          where o.ward_id = w.id and (o.valid_from is null or o.valid_from <= ${today}::date)
            and (o.valid_to is null or o.valid_to >= ${today}::date)
          order by o.valid_from desc nulls last, o.created_at desc limit 1) as "periodOpenBeds",
        (select count(*)::int from beds b
          where b.ward_id = w.id and b.active and not b.extra
            and (b.placed_on is null or b.placed_on <= ${today}::date)
            and (b.removed_on is null or b.removed_on >= ${today}::date)) as "regularBeds"
      from wards w ${where(scope)}
      order by w.sort_order, w.code`,
  );

export type BoardPlaceRow = {
  wardId: string;
  /** null = an unregistered extra bed (the stay's own place). */
  bedId: string | null;
  bedCode: string | null;
  extra: boolean;
  bedState: 'available' | 'cleaning' | 'closed';
  bedVersion: number;
  roomId: string | null;
  roomCode: string | null;
  roomSex: 'male' | 'female' | 'mixed' | null;
  isolationCapable: boolean | null;
  monitored: boolean | null;
  stayId: string | null;
  stayVersion: number | null;
  inBedSince: string | Date | null;
  admissionId: string | null;
  admittedAt: string | Date | null;
  expectedDischargeOn: string | null;
  patientId: string | null;
  name: string | null;
  mrn: string | null;
  sex: string | null;
  birthDate: string | null;
  caseId: string | null;
  surgeryDate: string | null;
  procedure: string | null;
  /** Local date the operation began (null = not yet begun). */
  operatedOn: string | null;
  isolation: boolean | null;
  alertTotal: number | null;
  alertBand: string | null;
  alertRaisedAt: string | Date | null;
  reservedRequestId: string | null;
  reservedUntil: string | null;
  reservedName: string | null;
  reservedPatientId: string | null;
  closureReason: 'disinfection' | 'minor_repair' | 'extension' | 'major_repair' | null;
  reopensOn: string | null;
  closureNote: string | null;
};

/** Every place of the wards within the scope (the service puts them in board order). */
export const boardPlaces = (db: Db, scope: WardScope, today: string, timeZone: string) =>
  rows<BoardPlaceRow>(db, boardPlacesQuery(scope, today, timeZone));

/** The statement of boardPlaces (apart, so a benchmark can EXPLAIN it). */
export const boardPlacesQuery = (scope: WardScope, today: string, timeZone: string) =>
  sql`
      with w as (select w.id from wards w ${where(scope)}),
      places as (
        select b.id as bed_id, b.ward_id, b.code, b.extra, b.state, b.version, b.room_id,
          s.id as stay_id, s.version as stay_version, s.from_at, s.admission_id, s.patient_id
        from beds b join w on w.id = b.ward_id
        left join bed_stays s on s.bed_id = b.id and s.to_at is null and s.voided_at is null
        where b.active and (b.placed_on is null or b.placed_on <= ${today}::date)
          and (b.removed_on is null or b.removed_on >= ${today}::date)
        union all
        select null, s.ward_id, null, true, 'available', 0, null, s.id, s.version, s.from_at, s.admission_id, s.patient_id
        from bed_stays s join w on w.id = s.ward_id
        where s.bed_id is null and s.to_at is null and s.voided_at is null
      )
      select pl.ward_id as "wardId", pl.bed_id as "bedId", pl.code as "bedCode", pl.extra,
        pl.state as "bedState", pl.version as "bedVersion",
        r.id as "roomId", r.code as "roomCode", r.sex as "roomSex",
        r.isolation_capable as "isolationCapable", r.monitored,
        pl.stay_id as "stayId", pl.stay_version as "stayVersion", pl.from_at as "inBedSince",
        occ.id as "admissionId", occ.admitted_at as "admittedAt",
        occ.expected_discharge_on::text as "expectedDischargeOn", occ.patient_id as "patientId", occ.name, occ.mrn,
        occ.sex, occ.birth_date::text as "birthDate",
        c.id as "caseId", c.surgery_date as "surgeryDate", c.procedure_text as procedure, c.operated_on as "operatedOn",
        rq.isolation, al.total as "alertTotal", al.band as "alertBand", al.raised_at as "alertRaisedAt",
        res.id as "reservedRequestId", res.reserved_until::text as "reservedUntil", rp.name as "reservedName",
        res.patient_id as "reservedPatientId",
        cl.closure_reason as "closureReason", cl.reopens_on::text as "reopensOn", cl.note as "closureNote"
      from places pl
      left join bed_rooms r on r.id = pl.room_id
      -- Each occupant by primary key (a lateral with limit keeps these index lookups, never a hash of all rows).
      left join lateral (
        select a.id, a.admitted_at, a.expected_discharge_on, p.id as patient_id, p.name, p.mrn, p.sex, p.birth_date
        from admissions a join patients p on p.id = a.patient_id where a.id = pl.admission_id limit 1
      ) occ on pl.admission_id is not null
      left join lateral (
        select x.id, x.procedure_text,
          ((coalesce(x.surgery_start_at, x.scheduled_start) at time zone ${timeZone})::date)::text as surgery_date,
          ((coalesce(x.surgery_start_at, x.in_room_at) at time zone ${timeZone})::date)::text as operated_on
        from surgical_cases x where x.admission_id = occ.id and x.status <> 'cancelled'
        order by x.scheduled_start desc limit 1
      ) c on occ.id is not null
      left join lateral (
        select o.total, o.band, e.raised_at from surgical_cases x
        join ews_alerts e on e.case_id = x.id and e.status = 'open'
        join observation_sets o on o.id = e.set_id and o.total is not null
        where x.admission_id = occ.id order by e.raised_at desc limit 1
      ) al on occ.id is not null
      left join bed_requests rq on rq.admission_id = occ.id and rq.status = 'admitted'
      left join bed_requests res on res.reserved_bed_id = pl.bed_id and res.status = 'reserved'
        and res.reserved_until >= ${today}::date
      left join patients rp on rp.id = res.patient_id
      left join lateral (
        select e.closure_reason, e.reopens_on, e.note from bed_state_events e where e.bed_id = pl.bed_id
        order by e.at desc, e.recorded_at desc limit 1
      ) cl on pl.state = 'closed'
      order by pl.ward_id, pl.from_at`;
