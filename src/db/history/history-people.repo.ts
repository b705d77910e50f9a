// The patients and admissions a history file's rows become (history-import.md §3: person_id is the 病案号, the
// admission_id the 住院号): found by MRN and visit number, created when missing, never changed when they exist —
// a person already registered in Periop keeps what Periop holds. Bulk `unnest` inside the import's transaction.
import { sql } from 'drizzle-orm';
import type { CaseStatusCode, ProcedureType } from '../../domain/interop/history/types';
import { BATCH, col, unnestInsert } from '../bulk';
import type { Db } from '../client';
import { rows } from '../rows';

export type PersonInsert = {
  id: string;
  mrn: string;
  name: string;
  initials: string;
  pinyin: string;
  sex: string;
  birthDate: string | null;
  province: string | null;
  sourceRow: number;
};

export type StayInsert = {
  id: string;
  visitNumber: string;
  patientId: string;
  wardId: string;
  admittedAt: Date;
  dischargedAt: Date | null;
  sourceRow: number;
};

const SOURCE = 'cases.csv';

/** Inserts the batch where its key is new; returns how many were. */
async function insertNew<T>(
  db: Db,
  table: string,
  columns: ReturnType<typeof col>[],
  data: readonly T[],
  key: string,
): Promise<number> {
  let created = 0;
  for (let start = 0; start < data.length; start += BATCH) {
    const batch = data.slice(start, start + BATCH);
    const got = await rows<{ n: number }>(
      db,
      sql`with ins as (${unnestInsert(table, columns, batch, sql.raw(`on conflict (${key}) do nothing returning 1`))})
        select count(*)::int as n from ins`,
    );
    created += got[0]?.n ?? 0;
  }
  return created;
}

/** The patients of the MRNs, created from the file where missing; MRN → patient id. */
export async function ensurePatients(
  db: Db,
  importId: string,
  persons: readonly PersonInsert[],
): Promise<{ ids: Map<string, string>; created: number }> {
  const created = await insertNew(
    db,
    'patients',
    [
      col<PersonInsert>('id', 'uuid', (p) => p.id),
      col<PersonInsert>('mrn', 'text', (p) => p.mrn),
      col<PersonInsert>('name', 'text', (p) => p.name),
      col<PersonInsert>('name_initials', 'text', (p) => p.initials),
      col<PersonInsert>('name_pinyin', 'text', (p) => p.pinyin),
      col<PersonInsert>('sex', 'text', (p) => p.sex),
      col<PersonInsert>('birth_date', 'date', (p) => p.birthDate),
      col<PersonInsert>('province', 'text', (p) => p.province),
      col<PersonInsert>('import_id', 'uuid', () => importId),
      col<PersonInsert>('source_file', 'text', () => SOURCE),
      col<PersonInsert>('source_row', 'int', (p) => p.sourceRow),
    ],
    persons,
    'mrn',
  );
  const ids = new Map<string, string>();
  for (let start = 0; start < persons.length; start += BATCH) {
    const mrns = persons.slice(start, start + BATCH).map((p) => p.mrn);
    const found = await rows<{ id: string; mrn: string }>(
      db,
      sql`select id, mrn from patients where mrn = any(${sql.param(mrns)}::text[])`,
    );
    for (const f of found) ids.set(f.mrn, f.id);
  }
  return { ids, created };
}

export type StoredStay = { id: string; visitNumber: string; patientId: string };

/** The admissions of the visit numbers, created from the file where missing; each with the patient it belongs to. */
export async function ensureStays(
  db: Db,
  importId: string,
  stays: readonly StayInsert[],
): Promise<{ stored: StoredStay[]; created: number }> {
  const created = await insertNew(
    db,
    'admissions',
    [
      col<StayInsert>('id', 'uuid', (s) => s.id),
      col<StayInsert>('visit_number', 'text', (s) => s.visitNumber),
      col<StayInsert>('patient_id', 'uuid', (s) => s.patientId),
      col<StayInsert>('ward_id', 'uuid', (s) => s.wardId),
      col<StayInsert>('admitted_at', 'timestamptz', (s) => s.admittedAt),
      col<StayInsert>('discharged_at', 'timestamptz', (s) => s.dischargedAt),
      col<StayInsert>('import_id', 'uuid', () => importId),
      col<StayInsert>('source_file', 'text', () => SOURCE),
      col<StayInsert>('source_row', 'int', (s) => s.sourceRow),
    ],
    stays,
    'visit_number',
  );
  const stored: StoredStay[] = [];
  for (let start = 0; start < stays.length; start += BATCH) {
    const numbers = stays.slice(start, start + BATCH).map((s) => s.visitNumber);
    stored.push(
      ...(await rows<StoredStay>(
        db,
        sql`select id, visit_number as "visitNumber", patient_id as "patientId" from admissions
          where visit_number = any(${sql.param(numbers)}::text[])`,
      )),
    );
  }
  return { stored, created };
}

/** The imported episodes of a patient, newest first: the chart lists them beside the cases entered in Periop. */
export type PatientEpisodeRow = {
  id: string;
  externalId: string;
  /** The period anchor, epoch milliseconds (both drivers give a number). */
  anchorMs: number;
  procedureName: string | null;
  procedureType: ProcedureType;
  caseStatus: CaseStatusCode;
  visitNumber: string | null;
  wardId: string | null;
  sourceFile: string;
  sourceRow: number;
};

export const episodesOfPatient = (db: Db, patientId: string): Promise<PatientEpisodeRow[]> =>
  rows<PatientEpisodeRow>(
    db,
    sql`select h.id, h.external_id as "externalId", (extract(epoch from h.anchor_at) * 1000)::float8 as "anchorMs", h.procedure_name as "procedureName",
        h.procedure_type as "procedureType", h.case_status as "caseStatus", a.visit_number as "visitNumber",
        h.ward_id as "wardId", h.source_file as "sourceFile", h.source_row as "sourceRow"
      from history_episodes h left join admissions a on a.id = h.admission_id
      where h.patient_id = ${patientId}
      order by h.anchor_at desc, h.external_id`,
  );
