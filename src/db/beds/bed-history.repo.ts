// The event history the bed statistics replay (床位统计, issue 13 §5), read for a period and a set of wards:
// each admission's bed stays (voided ones left out; an imported admission, which has none, as one ward-level
// stay), its admission and discharge dates in Asia/Shanghai, and the bed counts — regular open beds, closures
// replayed from the beds' state events, and extra beds (china-standards.md §3). Only what bears on the period
// is selected, by SQL, with the columns the domain needs.
import { type SQL, sql } from 'drizzle-orm';
import type { BedClosure, ClosureReason, ExtraBedPlacement } from '../../domain/beds/bed-counts';
import { extraBedOpenFrom } from '../../domain/beds/bed-counts';
import type { AdmissionRecord, BedSegment } from '../../domain/beds/census';
import type { BedHistory } from '../../domain/beds/census-history';
import { censusMidnight, shanghaiDayOf, startOfShanghaiDay } from '../../domain/beds/census-time';
import { type CalendarDate, dateOfDay, dayNumber, type OpenBedPeriod } from '../../domain/quality/bed-days';
import type { Db } from '../client';
import { rows } from '../rows';

/** The census is kept in Asia/Shanghai (census-time.ts): an extra bed without its placing date counts from its
 * registration day there. */
const ZONE = 'Asia/Shanghai';

export type StatisticsWardRow = { id: string; code: string; name: string; nameEn: string | null };

/** Every ward of the department, in the department's order. */
export const statisticsWards = (db: Db): Promise<StatisticsWardRow[]> =>
  rows<StatisticsWardRow>(
    db,
    sql`select id, code, name, name_en as "nameEn" from wards order by sort_order, code`,
  );

/** Both ends included; wardIds null = every ward. */
export type HistoryScope = { from: CalendarDate; to: CalendarDate; wardIds: readonly string[] | null };

export type StayRow = {
  admissionId: string;
  patientId: string;
  admittedMs: number;
  dischargedMs: number | null;
  ward: string;
  bedId: string | null;
  temporary: boolean;
  fromMs: number | null;
  toMs: number | null;
  /** stay: a bed stay; import: the imported admission itself; cancelled: every stay voided; none: no stay. */
  kind: 'stay' | 'import' | 'cancelled' | 'none';
};

const wardIn = (column: SQL, wardIds: readonly string[] | null) =>
  wardIds === null ? sql`` : sql`and ${column} = any(${sql.param([...wardIds])}::uuid[])`;

/**
 * The admissions present on some day of the period, each with every one of its live stays (the domain needs
 * them all: the ward of the last one takes the discharge). With wards, only admissions that were in one of
 * them during the period, or were admitted to one.
 */
const stayRows = (db: Db, q: HistoryScope, start: Date, end: Date): Promise<StayRow[]> => {
  const wards =
    q.wardIds === null
      ? sql``
      : sql`and (a.ward_id = any(${sql.param([...q.wardIds])}::uuid[]) or exists (select 1 from bed_stays x
          where x.admission_id = a.id and x.voided_at is null and x.ward_id = any(${sql.param([...q.wardIds])}::uuid[])
            and x.from_at < ${end.toISOString()}::timestamptz
            and (x.to_at is null or x.to_at >= ${start.toISOString()}::timestamptz)))`;
  return rows<StayRow>(
    db,
    sql`with adm as (
        select a.id, a.patient_id, a.ward_id, a.source, a.admitted_at, a.discharged_at from admissions a
        where a.admitted_at < ${end.toISOString()}::timestamptz
          and (a.discharged_at is null or a.discharged_at >= ${start.toISOString()}::timestamptz) ${wards})
      select adm.id as "admissionId", adm.patient_id as "patientId",
        date_part('epoch', adm.admitted_at) * 1000 as "admittedMs",
        date_part('epoch', adm.discharged_at) * 1000 as "dischargedMs",
        w.code as ward, s.bed_id as "bedId", coalesce(s.temporary or b.extra, false) as temporary,
        date_part('epoch', s.from_at) * 1000 as "fromMs", date_part('epoch', s.to_at) * 1000 as "toMs",
        case when s.id is not null then 'stay' when adm.source = 'import' then 'import'
          when exists (select 1 from bed_stays v where v.admission_id = adm.id) then 'cancelled'
          else 'none' end as kind
      from adm
      left join bed_stays s on s.admission_id = adm.id and s.voided_at is null
      left join beds b on b.id = s.bed_id
      join wards w on w.id = coalesce(s.ward_id, adm.ward_id)`,
  );
};

/**
 * Regular open beds overlapping the period; a ward with no period recorded at all counts its active regular beds
 * as always open, as the quality KPIs do (kpi-rows.repo.ts), so both pages show one occupancy.
 */
const openBedRows = (db: Db, q: HistoryScope): Promise<OpenBedPeriod[]> =>
  rows<OpenBedPeriod>(
    db,
    sql`select w.code as ward, o.open_beds as "openBeds", o.valid_from::text as "validFrom", o.valid_to::text as "validTo"
      from ward_open_beds o join wards w on w.id = o.ward_id
      where (o.valid_from is null or o.valid_from <= ${q.to}::date)
        and (o.valid_to is null or o.valid_to >= ${q.from}::date) ${wardIn(sql`o.ward_id`, q.wardIds)}
      union all
      select w.code, count(b.id)::int, null, null
      from wards w join beds b on b.ward_id = w.id and b.active and not b.extra
      where not exists (select 1 from ward_open_beds o where o.ward_id = w.id) ${wardIn(sql`w.id`, q.wardIds)}
      group by w.code`,
  );

export type ClosureRow = {
  ward: string;
  reason: ClosureReason;
  extra: boolean;
  placedOn: string | null;
  removedOn: string | null;
  fromMs: number;
  toMs: number | null;
};

/** Each closure of a bed that reaches into the period: from its event until the bed's next event. */
const closureRows = (db: Db, q: HistoryScope, start: Date, end: Date): Promise<ClosureRow[]> =>
  rows<ClosureRow>(
    db,
    sql`select w.code as ward, e.closure_reason as reason, b.extra,
        coalesce(b.placed_on, (b.created_at at time zone ${ZONE})::date)::text as "placedOn", b.removed_on::text as "removedOn",
        date_part('epoch', e.at) * 1000 as "fromMs", date_part('epoch', n.at) * 1000 as "toMs"
      from bed_state_events e
      join beds b on b.id = e.bed_id
      join wards w on w.id = b.ward_id
      left join lateral (select x.at from bed_state_events x
        where x.bed_id = e.bed_id and (x.at, x.recorded_at, x.id) > (e.at, e.recorded_at, e.id)
        order by x.at, x.recorded_at, x.id limit 1) n on true
      where e.state = 'closed' and e.at < ${end.toISOString()}::timestamptz
        and (n.at is null or n.at >= ${start.toISOString()}::timestamptz) ${wardIn(sql`b.ward_id`, q.wardIds)}`,
  );

/** Extra beds in place on some day of the period, however long before it they were placed. */
const extraBedRows = (db: Db, q: HistoryScope): Promise<ExtraBedPlacement[]> =>
  rows<ExtraBedPlacement>(
    db,
    sql`select w.code as ward, 1 as beds,
        coalesce(b.placed_on, (b.created_at at time zone ${ZONE})::date)::text as "from", b.removed_on::text as "to"
      from beds b join wards w on w.id = b.ward_id
      where b.extra and coalesce(b.placed_on, (b.created_at at time zone ${ZONE})::date) <= ${q.to}::date
        and (b.removed_on is null or b.removed_on >= ${q.from}::date) ${wardIn(sql`b.ward_id`, q.wardIds)}`,
  );

/**
 * A closure as census days (census-time.ts nightsCovered: closed at 24:00 of D when the event is before it and
 * the next event not). An extra bed's closure matters only while the bed counts as open (bed-counts.ts
 * extraBedOpenFrom … removal): before that it is a temporary extra bed, never an open one.
 */
export function closureOf(r: ClosureRow): BedClosure | null {
  let first = shanghaiDayOf(new Date(r.fromMs));
  let last = r.toMs === null ? null : shanghaiDayOf(new Date(r.toMs)) - 1;
  if (r.extra && r.placedOn !== null) {
    first = Math.max(first, dayNumber(extraBedOpenFrom(r.placedOn)));
    if (r.removedOn !== null)
      last = last === null ? dayNumber(r.removedOn) : Math.min(last, dayNumber(r.removedOn));
  }
  if (last !== null && last < first) return null;
  return {
    ward: r.ward,
    beds: 1,
    reason: r.reason,
    from: dateOfDay(first),
    to: last === null ? null : dateOfDay(last),
  };
}

/**
 * The stays as the domain's segments and admission records; cancelled admissions are left out. Admission and
 * discharge dates are the Asia/Shanghai calendar days of their instants, by the census's own clock
 * (census-time.ts: fixed UTC+08:00), so a stay and its dates never disagree about a day.
 */
export function historyOfStays(stays: readonly StayRow[]): Pick<BedHistory, 'segments' | 'admissions'> {
  const segments: BedSegment[] = [];
  const admissions: AdmissionRecord[] = [];
  const seen = new Set<string>();
  for (const r of stays) {
    if (r.kind === 'cancelled') continue;
    if (!seen.has(r.admissionId)) {
      seen.add(r.admissionId);
      admissions.push({
        admissionId: r.admissionId,
        patientId: r.patientId,
        admissionDate: dateOfDay(shanghaiDayOf(new Date(r.admittedMs))),
        dischargeDate: r.dischargedMs === null ? null : dateOfDay(shanghaiDayOf(new Date(r.dischargedMs))),
      });
    }
    if (r.kind === 'none') continue;
    // An imported admission is one ward-level stay over the admission: its bed is unknown (arch.md, issue 13).
    const imported = r.kind === 'import';
    const to = imported ? r.dischargedMs : r.toMs;
    segments.push({
      admissionId: r.admissionId,
      patientId: r.patientId,
      ward: r.ward,
      bedId: imported ? null : r.bedId,
      temporary: imported ? false : r.temporary,
      from: new Date(imported ? r.admittedMs : r.fromMs!),
      to: to === null ? null : new Date(to),
    });
  }
  return { segments, admissions };
}

/** The history the bed statistics of the period need (asOf is the caller's). */
export async function loadBedHistory(db: Db, q: HistoryScope): Promise<BedHistory> {
  const start = startOfShanghaiDay(q.from);
  const end = censusMidnight(q.to);
  const [stays, regular, closures, extraBeds] = await Promise.all([
    stayRows(db, q, start, end),
    openBedRows(db, q),
    closureRows(db, q, start, end),
    extraBedRows(db, q),
  ]);
  return {
    ...historyOfStays(stays),
    bedCounts: {
      regular,
      closures: closures.map(closureOf).filter((c): c is BedClosure => c !== null),
      extraBeds,
    },
  };
}

export type OccupantDetailRow = { patientId: string; name: string; mrn: string };
export type BedCodeRow = { id: string; code: string };

/** Names and MRNs of the census's patients, and the codes of their beds. */
export async function censusDetails(
  db: Db,
  patientIds: readonly string[],
  bedIds: readonly string[],
): Promise<{ patients: OccupantDetailRow[]; beds: BedCodeRow[] }> {
  const [patients, beds] = await Promise.all([
    patientIds.length === 0
      ? Promise.resolve([])
      : rows<OccupantDetailRow>(
          db,
          sql`select id as "patientId", name, mrn from patients where id = any(${sql.param([...patientIds])}::uuid[])`,
        ),
    bedIds.length === 0
      ? Promise.resolve([])
      : rows<BedCodeRow>(
          db,
          sql`select id, code from beds where id = any(${sql.param([...bedIds])}::uuid[])`,
        ),
  ]);
  return { patients, beds };
}
