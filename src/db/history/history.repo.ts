// The historical case import's SQL (历史病例导入): the import jobs, and loading a validated file set in bulk
// (`insert … select from unnest`, or COPY for the episodes on PostgreSQL: bulk.ts) inside the caller's one
// transaction; a row already loaded by an earlier import of the same data (same episode, delivery or period) is
// left as it is.
import { sql } from 'drizzle-orm';
import type { ImportCounts, ImportError, ImportStatus } from '../../domain/interop/history-job';
import type { CaseFacts } from '../../domain/quality/facts';
import { BATCH, type Copier, col, inBatches, unnestInsert } from '../bulk';
import type { Db } from '../client';
import { newId } from '../ids';
import { rows } from '../rows';

export type ImportFile = { part: string; name: string; bytes: number; sha256: string };

export type ImportRow = {
  id: string;
  status: ImportStatus;
  files: ImportFile[];
  progressDone: number;
  progressTotal: number;
  counts: ImportCounts | null;
  errors: ImportError[];
  createdAt: Date;
  finishedAt: Date | null;
};

const importColumns = sql`id, status, files, progress_done as "progressDone", progress_total as "progressTotal", counts,
  errors, created_at as "createdAt", finished_at as "finishedAt"`;

/** Starts an import; false when another one is running (the partial unique index decides, across instances). */
export async function startImport(
  db: Db,
  id: string,
  files: ImportFile[],
  by: string,
  now: Date,
): Promise<boolean> {
  const inserted = await rows<{ id: string }>(
    db,
    sql`insert into history_imports (id, status, files, created_by, created_at, heartbeat_at)
      values (${id}, 'running', ${JSON.stringify(files)}::jsonb, ${by}, ${now.toISOString()}::timestamptz,
        ${now.toISOString()}::timestamptz)
      on conflict ((true)) where status = 'running' do nothing returning id`,
  );
  return inserted.length === 1;
}

export async function getImport(db: Db, id: string): Promise<ImportRow | null> {
  const [found] = await rows<ImportRow>(
    db,
    sql`select ${importColumns} from history_imports where id = ${id}`,
  );
  return found ?? null;
}

export const listImports = (db: Db, limit: number): Promise<ImportRow[]> =>
  rows<ImportRow>(
    db,
    sql`select ${importColumns} from history_imports order by created_at desc limit ${limit}`,
  );

export async function finishImport(
  db: Db,
  id: string,
  result:
    | { status: 'done'; counts: ImportCounts; total: number }
    | { status: 'rejected'; errors: ImportError[]; total: number },
  now: Date,
): Promise<void> {
  await db.execute(sql`update history_imports set status = ${result.status},
      counts = ${result.status === 'done' ? JSON.stringify(result.counts) : null}::jsonb,
      errors = ${JSON.stringify(result.status === 'rejected' ? result.errors : [])}::jsonb,
      progress_done = ${result.total}, progress_total = ${result.total}, finished_at = ${now.toISOString()}::timestamptz
    where id = ${id} and status = 'running'`);
}

/** The running import is alive (its server writes this while it runs). */
export async function heartbeat(db: Db, id: string, done: number, total: number, now: Date): Promise<void> {
  await db.execute(sql`update history_imports set heartbeat_at = ${now.toISOString()}::timestamptz,
      progress_done = ${done}, progress_total = ${total}
    where id = ${id} and status = 'running'`);
}

/**
 * Imports a server stopped in the middle of (no heartbeat since `silentSince`; null = every running one): nothing
 * of them was committed (one transaction), so they are rejected.
 */
export async function rejectInterrupted(
  db: Db,
  errors: ImportError[],
  now: Date,
  silentSince: Date | null,
  runningHere: readonly string[],
): Promise<string[]> {
  const found = await rows<{ id: string }>(
    db,
    sql`update history_imports set status = 'rejected', errors = ${JSON.stringify(errors)}::jsonb,
        finished_at = ${now.toISOString()}::timestamptz
      where status = 'running'
        ${silentSince ? sql`and heartbeat_at < ${silentSince.toISOString()}::timestamptz` : sql``}
        and not (id = any(${sql.param([...runningHere])}::uuid[]))
      returning id`,
  );
  return found.map((r) => r.id);
}

/** The wards of the codes, created in the department when missing (the code is their name until renamed). */
export async function ensureWards(
  db: Db,
  codes: readonly string[],
): Promise<{ ids: Map<string, string>; created: number }> {
  if (codes.length === 0) return { ids: new Map(), created: 0 };
  const created = await rows<{ id: string }>(
    db,
    sql`insert into wards (id, code, name)
      select gen_random_uuid(), c, c from unnest(${sql.param([...codes])}::text[]) as c
      on conflict (code) do nothing returning id`,
  );
  const all = await rows<{ id: string; code: string }>(
    db,
    sql`select id, code from wards where code = any(${sql.param([...codes])}::text[])`,
  );
  return { ids: new Map(all.map((w) => [w.code, w.id])), created: created.length };
}

export type EpisodeInsert = {
  id: string;
  sourceRow: number;
  externalId: string;
  personKey: string;
  patientId: string;
  admissionId: string | null;
  personName: string | null;
  sex: string;
  birthDate: string | null;
  recordLevel: string;
  admissionKey: string | null;
  admissionDate: string | null;
  dischargeDate: string | null;
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
  deathDate: string | null;
  clavienMax: string | null;
  complications: string | null;
  anchorAt: number;
  anesthesia: boolean;
  outcomes: string;
  facts: CaseFacts;
};

const episodeColumns = (importId: string, engine: string) => [
  col<EpisodeInsert>('id', 'uuid', (r) => r.id),
  col<EpisodeInsert>('import_id', 'uuid', () => importId),
  col<EpisodeInsert>('source_file', 'text', () => 'cases.csv'),
  col<EpisodeInsert>('source_row', 'int', (r) => r.sourceRow),
  col<EpisodeInsert>('external_id', 'text', (r) => r.externalId),
  col<EpisodeInsert>('person_key', 'text', (r) => r.personKey),
  col<EpisodeInsert>('patient_id', 'uuid', (r) => r.patientId),
  col<EpisodeInsert>('admission_id', 'uuid', (r) => r.admissionId),
  col<EpisodeInsert>('person_name', 'text', (r) => r.personName),
  col<EpisodeInsert>('sex', 'text', (r) => r.sex),
  col<EpisodeInsert>('birth_date', 'date', (r) => r.birthDate),
  col<EpisodeInsert>('record_level', 'text', (r) => r.recordLevel),
  col<EpisodeInsert>('admission_key', 'text', (r) => r.admissionKey),
  col<EpisodeInsert>('admission_date', 'date', (r) => r.admissionDate),
  col<EpisodeInsert>('discharge_date', 'date', (r) => r.dischargeDate),
  col<EpisodeInsert>('ward_id', 'uuid', (r) => r.wardId),
  col<EpisodeInsert>('province', 'text', (r) => r.province),
  col<EpisodeInsert>('surgery_date', 'date', (r) => r.surgeryDate),
  col<EpisodeInsert>('grade', 'smallint', (r) => r.grade),
  col<EpisodeInsert>('approach', 'text', (r) => r.approach),
  col<EpisodeInsert>('procedure_type', 'text', (r) => r.procedureType),
  col<EpisodeInsert>('procedure_name', 'text', (r) => r.procedureName),
  col<EpisodeInsert>('asa', 'smallint', (r) => r.asa),
  col<EpisodeInsert>('urgency', 'text', (r) => r.urgency),
  col<EpisodeInsert>('case_status', 'text', (r) => r.caseStatus),
  col<EpisodeInsert>('location', 'text', (r) => r.location),
  col<EpisodeInsert>('death_date', 'date', (r) => r.deathDate),
  col<EpisodeInsert>('clavien_max', 'text', (r) => r.clavienMax),
  col<EpisodeInsert>('complications', 'text', (r) => r.complications),
  col<EpisodeInsert>('anchor_at', 'timestamptz', (r) => new Date(r.anchorAt).toISOString()),
  col<EpisodeInsert>('anesthesia', 'boolean', (r) => r.anesthesia),
  col<EpisodeInsert>('outcomes', 'text', (r) => r.outcomes),
  col<EpisodeInsert>('engine', 'text', () => engine),
  col<EpisodeInsert>('facts', 'jsonb', (r) => JSON.stringify(r.facts)),
];

/** The external ids among `ids` whose episodes are stored already. */
export async function storedEpisodeIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  const stored = new Set<string>();
  for (let start = 0; start < ids.length; start += BATCH) {
    const found = await rows<{ id: string }>(
      db,
      sql`select external_id as id from history_episodes
        where external_id = any(${sql.param(ids.slice(start, start + BATCH))}::text[])`,
    );
    for (const f of found) stored.add(f.id);
  }
  return stored;
}

/**
 * Inserts episodes that are not stored (storedEpisodeIds leaves out those that are); returns how many were
 * inserted. `episodes` is read once, as it is written: with `copy` (PostgreSQL) in one COPY — which fails the
 * transaction on a stored one: the file's episode ids are unique (the validator) and one import runs at a time —
 * else in unnest batches, `on conflict do nothing`.
 */
export async function insertEpisodes(
  db: Db,
  importId: string,
  engine: string,
  episodes: Iterable<EpisodeInsert>,
  progress: (n: number) => void,
  copy: Copier | null = null,
): Promise<number> {
  const columns = episodeColumns(importId, engine);
  if (copy) return copy('history_episodes', columns, episodes, progress);
  let inserted = 0;
  for (const batch of inBatches(episodes, BATCH)) {
    const got = await rows<{ n: number }>(
      db,
      sql`with ins as (${unnestInsert('history_episodes', columns, batch, sql`on conflict (external_id) do nothing returning 1`)})
        select count(*)::int as n from ins`,
    );
    inserted += got[0]?.n ?? 0;
    progress(batch.length);
  }
  return inserted;
}

export type DeliveryInsert = {
  sourceRow: number;
  externalId: string;
  personKey: string;
  deliveryAt: number;
  mode: string;
  labourEpisodeId: string | null;
};

export async function insertDeliveries(
  db: Db,
  importId: string,
  deliveries: readonly DeliveryInsert[],
): Promise<number> {
  const columns = [
    col<DeliveryInsert>('id', 'uuid', () => newId()),
    col<DeliveryInsert>('import_id', 'uuid', () => importId),
    col<DeliveryInsert>('source_row', 'int', (r) => r.sourceRow),
    col<DeliveryInsert>('external_id', 'text', (r) => r.externalId),
    col<DeliveryInsert>('person_key', 'text', (r) => r.personKey),
    col<DeliveryInsert>('delivery_at', 'timestamptz', (r) => new Date(r.deliveryAt).toISOString()),
    col<DeliveryInsert>('mode', 'text', (r) => r.mode),
    col<DeliveryInsert>('labour_episode_id', 'text', (r) => r.labourEpisodeId),
  ];
  let inserted = 0;
  for (let start = 0; start < deliveries.length; start += BATCH) {
    const batch = deliveries.slice(start, start + BATCH);
    const got = await rows<{ n: number }>(
      db,
      sql`with ins as (${unnestInsert('history_deliveries', columns, batch, sql`on conflict (external_id) do nothing returning 1`)})
        select count(*)::int as n from ins`,
    );
    inserted += got[0]?.n ?? 0;
  }
  return inserted;
}

export type OpenBedsInsert = {
  wardId: string;
  openBeds: number;
  validFrom: string | null;
  validTo: string | null;
};

export type StoredOpenBeds = OpenBedsInsert & { id: string };

export const openBedsOfWards = (db: Db, wardIds: readonly string[]): Promise<StoredOpenBeds[]> =>
  wardIds.length === 0
    ? Promise.resolve([])
    : rows<StoredOpenBeds>(
        db,
        sql`select id, ward_id as "wardId", open_beds as "openBeds", valid_from::text as "validFrom",
            valid_to::text as "validTo"
          from ward_open_beds where ward_id = any(${sql.param([...wardIds])}::uuid[])`,
      );

/** Inserts the periods not already stored as they are; returns how many were new. */
export async function insertOpenBeds(
  db: Db,
  importId: string,
  periods: readonly OpenBedsInsert[],
): Promise<number> {
  if (periods.length === 0) return 0;
  const got = await rows<{ n: number }>(
    db,
    sql`with ins as (insert into ward_open_beds (id, ward_id, open_beds, valid_from, valid_to, source, import_id)
        select gen_random_uuid(), p.ward_id, p.open_beds, p.valid_from, p.valid_to, 'import', ${importId}::uuid
        from unnest(${sql.param(periods.map((p) => p.wardId))}::uuid[], ${sql.param(periods.map((p) => p.openBeds))}::int[],
          ${sql.param(periods.map((p) => p.validFrom))}::date[], ${sql.param(periods.map((p) => p.validTo))}::date[])
          as p(ward_id, open_beds, valid_from, valid_to)
        where not exists (select 1 from ward_open_beds o where o.ward_id = p.ward_id and o.open_beds = p.open_beds
          and o.valid_from is not distinct from p.valid_from and o.valid_to is not distinct from p.valid_to)
        returning 1)
      select count(*)::int as n from ins`,
  );
  return got[0]?.n ?? 0;
}
