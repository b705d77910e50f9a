// What the QC figures of a period are counted from, besides the cases entered in Periop (derived live by
// case-facts.repo.ts): the imported case-episodes' outcome rows, their deliveries and the labour episodes those
// link to, the year's head-counts, and the rows the drill-down lists show.
import { type SQL, sql } from 'drizzle-orm';
import type { WardScope } from '../../domain/auth/scope';
import type { CaseFacts } from '../../domain/quality/facts';
import type { StaffCategory } from '../../domain/quality/staffing';
import type { Db } from '../client';
import { rows } from '../rows';
import { wardCondition } from '../scope';

/** Instants [from, to) of the anchor, the wards asked for (null = all) and the actor's scope. */
export type RowPeriod = { from: Date; to: Date; wardIds: readonly string[] | null; scope: WardScope };

const ms = (column: SQL) => sql`floor(date_part('epoch', ${column}) * 1000)::float8`;

function episodeFilter(p: RowPeriod): SQL {
  const scope = wardCondition(p.scope, sql`h.ward_id`);
  return sql`h.anchor_at >= ${p.from.toISOString()}::timestamptz and h.anchor_at < ${p.to.toISOString()}::timestamptz
    ${p.wardIds ? sql`and h.ward_id = any(${sql.param([...p.wardIds])}::uuid[])` : sql``}
    ${scope ? sql`and ${scope}` : sql``}`;
}

export type StoredOutcomeRow = {
  caseId: string;
  personId: string;
  anesthesia: boolean;
  asa: number | null;
  outcomes: string;
  engine: string;
  anchorAt: number;
};

/** The imported episodes anchored in the period, as outcome rows (in anchor order). */
export const historyOutcomeRows = (db: Db, p: RowPeriod): Promise<StoredOutcomeRow[]> =>
  rows<StoredOutcomeRow>(
    db,
    sql`select h.id as "caseId", h.person_key as "personId", h.anesthesia, h.asa::int as asa, h.outcomes, h.engine,
        ${ms(sql`h.anchor_at`)} as "anchorAt"
      from history_episodes h where ${episodeFilter(p)}
      order by h.anchor_at, h.id`,
  );

export type ImportGeneration = { imports: number; running: number; lastEnded: string | null };

/**
 * Where the history imports stand: how many there are, how many run and when the last one ended. The imported rows
 * change only while an import runs (its load commits before its row says it ended), so an unchanged generation
 * with none running means unchanged rows.
 */
export async function importGeneration(db: Db): Promise<ImportGeneration> {
  const [g] = await rows<ImportGeneration>(
    db,
    sql`select count(*)::int as imports, (count(*) filter (where status = 'running'))::int as running,
        max(finished_at)::text as "lastEnded"
      from history_imports`,
  );
  return g ?? { imports: 0, running: 0, lastEnded: null };
}

/** The stored facts of some imported episodes (a stale outcome row is recomputed from them). */
export const historyFacts = (db: Db, ids: readonly string[]): Promise<{ id: string; facts: CaseFacts }[]> =>
  ids.length === 0
    ? Promise.resolve([])
    : rows(db, sql`select id, facts from history_episodes where id = any(${sql.param([...ids])}::uuid[])`);

/** Stores recomputed outcome rows under the current engine revision. */
export async function updateOutcomes(
  db: Db,
  updated: readonly { caseId: string; outcomes: string; anesthesia: boolean }[],
  engine: string,
): Promise<void> {
  if (updated.length === 0) return;
  await db.execute(sql`update history_episodes h set outcomes = u.outcomes, anesthesia = u.anesthesia,
      engine = ${engine}
    from unnest(${sql.param(updated.map((u) => u.caseId))}::uuid[], ${sql.param(updated.map((u) => u.outcomes))}::text[],
      ${sql.param(updated.map((u) => u.anesthesia))}::boolean[]) as u(id, outcomes, anesthesia)
    where h.id = u.id`);
}

export type StoredDeliveryRow = {
  deliveryId: string;
  personId: string;
  at: number;
  mode: string;
  labourEpisodeId: string | null;
  labourCaseId: string | null;
  labourFacts: CaseFacts | null;
};

/** The deliveries of the register in [from, to), each with the facts of the labour episode it links to. */
export const historyDeliveryRows = (db: Db, from: Date, to: Date): Promise<StoredDeliveryRow[]> =>
  rows<StoredDeliveryRow>(
    db,
    sql`select d.external_id as "deliveryId", d.person_key as "personId", ${ms(sql`d.delivery_at`)} as at, d.mode,
        d.labour_episode_id as "labourEpisodeId", h.id as "labourCaseId", h.facts as "labourFacts"
      from history_deliveries d left join history_episodes h on h.external_id = d.labour_episode_id
      where d.delivery_at >= ${from.toISOString()}::timestamptz and d.delivery_at < ${to.toISOString()}::timestamptz
      order by d.delivery_at, d.id`,
  );

export type StaffingRow = {
  category: StaffCategory;
  headcount: number;
  source: 'entered' | 'import';
  updatedAt: number;
};

export const staffingOfYear = (db: Db, year: number): Promise<StaffingRow[]> =>
  rows<StaffingRow>(
    db,
    sql`select category, headcount, source, ${ms(sql`updated_at`)} as "updatedAt"
      from quality_staffing where year = ${year} order by category`,
  );

/** Enters a year's head-counts (replacing what was there). */
export async function saveStaffing(
  db: Db,
  year: number,
  counts: readonly { category: StaffCategory; headcount: number }[],
  by: { userId: string | null; importId: string | null; source: 'entered' | 'import'; now: Date },
): Promise<void> {
  if (counts.length === 0) return;
  await db.execute(sql`insert into quality_staffing (year, category, headcount, source, import_id, updated_at, updated_by)
    select ${year}, c.category, c.headcount, ${by.source}, ${by.importId}::uuid, ${by.now.toISOString()}::timestamptz,
      ${by.userId}::uuid
    from unnest(${sql.param(counts.map((c) => c.category))}::text[], ${sql.param(counts.map((c) => c.headcount))}::int[])
      as c(category, headcount)
    on conflict (year, category) do update set headcount = excluded.headcount, source = excluded.source,
      import_id = excluded.import_id, updated_at = excluded.updated_at, updated_by = excluded.updated_by
    where quality_staffing.headcount is distinct from excluded.headcount`);
}

export type ListedCaseRow = {
  caseId: string;
  externalId: string | null;
  personId: string;
  source: 'periop' | 'import';
  patientName: string | null;
  anchorAt: number;
  procedure: string | null;
  wardCode: string | null;
  patientId: string | null;
};

/** The rows of a drill-down list: Periop's cases and imported episodes by id, in anchor order. */
export const listedCases = (db: Db, ids: readonly string[]): Promise<ListedCaseRow[]> =>
  ids.length === 0
    ? Promise.resolve([])
    : rows<ListedCaseRow>(
        db,
        sql`with ids as (select unnest(${sql.param([...ids])}::uuid[]) as id)
          select * from (
            select c.id as "caseId", null::text as "externalId", p.mrn as "personId", 'periop' as source,
              p.name as "patientName", ${ms(sql`coalesce(c.in_room_at, c.scheduled_start)`)} as "anchorAt",
              c.procedure_text as procedure, w.code as "wardCode", p.id as "patientId"
            from ids join surgical_cases c on c.id = ids.id join patients p on p.id = c.patient_id
            left join wards w on w.id = c.ward_id
            union all
            select h.id, h.external_id, h.person_key, 'import', h.person_name, ${ms(sql`h.anchor_at`)},
              h.procedure_name, w.code, null::uuid
            from ids join history_episodes h on h.id = ids.id left join wards w on w.id = h.ward_id
          ) t order by "anchorAt", "caseId"`,
      );

/** Ward ids by code; a code with no ward is absent. */
export const wardIdsByCode = (db: Db, codes: readonly string[]): Promise<{ id: string; code: string }[]> =>
  rows(db, sql`select id, code from wards where code = any(${sql.param([...codes])}::text[])`);

export type EpisodeRow = {
  id: string;
  importId: string;
  sourceFile: string;
  sourceRow: number;
  externalId: string;
  personKey: string;
  personName: string | null;
  sex: string;
  birthDate: string | null;
  recordLevel: string;
  admissionKey: string | null;
  admissionDate: string | null;
  dischargeDate: string | null;
  wardCode: string | null;
  wardId: string | null;
  province: string | null;
  surgeryDate: string | null;
  grade: number | null;
  approach: string | null;
  procedureType: string;
  procedureName: string | null;
  asa: number | null;
  urgency: string | null;
  caseStatus: string;
  location: string | null;
  complications: string | null;
  deathDate: string | null;
  anchorAt: number;
  outcomes: string;
  engine: string;
  facts: CaseFacts;
};

/** One imported episode, within the scope (an outpatient episode has no ward: department scope only). */
export async function historyEpisode(db: Db, id: string, scope: WardScope): Promise<EpisodeRow | null> {
  const inScope = wardCondition(scope, sql`h.ward_id`);
  const [found] = await rows<EpisodeRow>(
    db,
    sql`select h.id, h.import_id as "importId", h.source_file as "sourceFile", h.source_row as "sourceRow",
        h.external_id as "externalId", h.person_key as "personKey", h.person_name as "personName", h.sex,
        h.birth_date::text as "birthDate", h.record_level as "recordLevel", h.admission_key as "admissionKey",
        h.admission_date::text as "admissionDate", h.discharge_date::text as "dischargeDate", w.code as "wardCode",
        h.ward_id as "wardId", h.province, h.surgery_date::text as "surgeryDate", h.grade::int as grade, h.approach,
        h.procedure_type as "procedureType", h.procedure_name as "procedureName", h.asa::int as asa, h.urgency,
        h.case_status as "caseStatus", h.location, h.complications, h.death_date::text as "deathDate",
        ${ms(sql`h.anchor_at`)} as "anchorAt", h.outcomes, h.engine, h.facts
      from history_episodes h left join wards w on w.id = h.ward_id
      where h.id = ${id} ${inScope ? sql`and ${inScope}` : sql``}`,
  );
  return found ?? null;
}
