import { and, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
import { classifyPatientQuery, namePinyin } from '../../domain/registry/pinyin';
import type { PatientInput } from '../../domain/registry/schemas';
import type { Db } from '../client';
import { patients } from '../schema';
import { type Actor, newRowStamp, updateVersioned } from '../versioned';

export type PatientRow = typeof patients.$inferSelect;
export type { Actor };

const likePrefix = (s: string) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Limits a query to patients with an admission in one of the user's wards (no wards = all). */
export const inWards = (wardIds: string[]): SQL | undefined =>
  wardIds.length === 0
    ? undefined
    : sql`exists (select 1 from admissions a where a.patient_id = ${patients.id} and a.ward_id = any(${sql.param(wardIds)}::uuid[]))`;

export async function searchPatients(
  db: Db,
  params: { q?: string | undefined; cursor?: string | undefined; limit: number; wardIds: string[] },
): Promise<{ items: PatientRow[]; nextCursor: string | null }> {
  const query = classifyPatientQuery(params.q);
  let match: SQL | undefined;
  switch (query.kind) {
    case 'digits':
      match = sql`(${patients.mrn} like ${likePrefix(query.value)} or reverse(${patients.phone}) like ${likePrefix(
        [...query.value].reverse().join(''),
      )})`;
      break;
    case 'latin': {
      const lower = query.value.toLowerCase();
      match = sql`(${patients.nameInitials} like ${likePrefix(lower)} or ${patients.namePinyin} like ${likePrefix(
        lower,
      )} or ${patients.mrn} like ${likePrefix(query.value.toUpperCase())})`;
      break;
    }
    case 'name':
      match = sql`${patients.name} like ${likePrefix(query.value)}`;
      break;
    case 'recent':
      match = undefined;
  }
  const rows = await db
    .select()
    .from(patients)
    .where(and(match, inWards(params.wardIds), params.cursor ? lt(patients.id, params.cursor) : undefined))
    .orderBy(desc(patients.id))
    .limit(params.limit + 1);
  const hasMore = rows.length > params.limit;
  const items = hasMore ? rows.slice(0, params.limit) : rows;
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null };
}

export async function getPatient(db: Db, id: string, wardIds: string[] = []): Promise<PatientRow | null> {
  const [row] = await db
    .select()
    .from(patients)
    .where(and(eq(patients.id, id), inWards(wardIds)))
    .limit(1);
  return row ?? null;
}

function columns(input: PatientInput) {
  const py = namePinyin(input.name);
  return {
    mrn: input.mrn.toUpperCase(),
    name: input.name,
    nameInitials: py.initials,
    namePinyin: py.full,
    sex: input.sex,
    birthDate: input.birthDate,
    phone: input.phone ?? null,
    idCard: input.idCard ? input.idCard.toUpperCase() : null,
    province: input.province ?? null,
    city: input.city ?? null,
  };
}

export async function insertPatient(db: Db, input: PatientInput, actor: Actor): Promise<PatientRow> {
  const [row] = await db
    .insert(patients)
    .values({ ...newRowStamp(actor), ...columns(input) })
    .returning();
  return row!;
}

/** Updates only when the stored version is the one the client read; null means stale or missing. */
export async function updatePatient(
  db: Db,
  id: string,
  version: number,
  input: PatientInput,
  actor: Actor,
): Promise<PatientRow | null> {
  return updateVersioned(db, patients, id, version, columns(input), actor);
}

export async function mrnExists(db: Db, mrn: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: patients.id })
    .from(patients)
    .where(eq(patients.mrn, mrn.toUpperCase()))
    .limit(1);
  return !!row && row.id !== exceptId;
}
