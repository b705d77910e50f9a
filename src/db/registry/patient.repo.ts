import { and, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
import type { WardScope } from '../../domain/auth/scope';
import { classifyPatientQuery, namePinyin } from '../../domain/registry/pinyin';
import type { PatientInput } from '../../domain/registry/schemas';
import type { Db } from '../client';
import { prepared } from '../prepared';
import { patients } from '../schema';
import { patientCondition } from '../scope';
import { type Actor, newRowStamp, updateVersioned } from '../versioned';

export type PatientRow = typeof patients.$inferSelect;
export type { Actor };

const likePrefix = (s: string) => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function searchPatients(
  db: Db,
  params: { q?: string | undefined; cursor?: string | undefined; limit: number; scope: WardScope },
): Promise<{ items: PatientRow[]; nextCursor: string | null }> {
  const query = classifyPatientQuery(params.q);
  // Values go in as placeholders, so each shape of search is one prepared statement.
  const values: Record<string, string | number> = { limit: params.limit + 1 };
  let match: SQL | undefined;
  switch (query.kind) {
    case 'digits':
      values.prefix = likePrefix(query.value);
      values.phoneTail = likePrefix([...query.value].reverse().join(''));
      match = sql`(${patients.mrn} like ${sql.placeholder('prefix')} or reverse(${patients.phone}) like ${sql.placeholder('phoneTail')})`;
      break;
    case 'latin':
      values.lower = likePrefix(query.value.toLowerCase());
      values.upper = likePrefix(query.value.toUpperCase());
      match = sql`(${patients.nameInitials} like ${sql.placeholder('lower')} or ${patients.namePinyin} like ${sql.placeholder(
        'lower',
      )} or ${patients.mrn} like ${sql.placeholder('upper')})`;
      break;
    case 'name':
      values.prefix = likePrefix(query.value);
      match = sql`${patients.name} like ${sql.placeholder('prefix')}`;
      break;
    case 'recent':
      match = undefined;
  }
  if (params.cursor) values.cursor = params.cursor;
  const build = (d: Db) =>
    d
      .select()
      .from(patients)
      .where(
        and(
          match,
          patientCondition(params.scope, patients.id),
          params.cursor ? lt(patients.id, sql.placeholder('cursor')) : undefined,
        ),
      )
      .orderBy(desc(patients.id))
      .limit(sql.placeholder('limit'));
  const name = `patient_search_${query.kind}_${params.cursor ? 'after' : 'first'}`;
  const rows =
    params.scope.kind === 'department'
      ? await prepared(db, name, (d) => build(d).prepare(name)).execute(values)
      : await build(db).execute(values);
  const hasMore = rows.length > params.limit;
  const items = hasMore ? rows.slice(0, params.limit) : rows;
  return { items, nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null };
}

export async function getPatient(db: Db, id: string, scope: WardScope): Promise<PatientRow | null> {
  if (scope.kind === 'department') {
    const statement = prepared(db, 'patient_by_id', (d) =>
      d
        .select()
        .from(patients)
        .where(eq(patients.id, sql.placeholder('id')))
        .limit(1)
        .prepare('patient_by_id'),
    );
    const [row] = await statement.execute({ id });
    return row ?? null;
  }
  const [row] = await db
    .select()
    .from(patients)
    .where(and(eq(patients.id, id), patientCondition(scope, patients.id)))
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
