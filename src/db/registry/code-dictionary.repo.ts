// The coded dictionaries (diagnoses, procedures): lookups for the pickers, the codes a case names, and
// the import's upsert (`unnest`, one statement per batch, the same SQL on PGlite and PostgreSQL).
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import {
  classifyCodeQuery,
  DICTIONARY_KINDS,
  type DictionaryEntry,
  type DictionaryKind,
} from '../../domain/registry/code-dictionary';
import { termInitials } from '../../domain/registry/pinyin';
import { starterEntries } from '../../domain/registry/starter-dictionary';
import { BATCH, col, unnestInsert } from '../bulk';
import type { Db } from '../client';
import { rows } from '../rows';
import { codeDictionary } from '../schema';

export type DictionaryRow = typeof codeDictionary.$inferSelect;
export type DictionarySource = DictionaryRow['source'];
/** An entry as stored: with its pinyin initials, computed by the caller. */
export type StoredEntry = DictionaryEntry & { pinyin: string };

export const withPinyin = (e: DictionaryEntry): StoredEntry => ({ ...e, pinyin: termInitials(e.name) });

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Active entries matching a lookup, best first; `more` when entries beyond this page match. */
export async function searchDictionary(
  db: Db,
  p: { kind: DictionaryKind; q?: string | undefined; limit: number; offset: number },
): Promise<{ items: DictionaryRow[]; more: boolean }> {
  const query = classifyCodeQuery(p.kind, p.q);
  let match: SQL | undefined;
  let rank: SQL[] = [];
  switch (query.kind) {
    case 'code':
      match = sql`${codeDictionary.code} like ${`${escapeLike(query.prefix)}%`}`;
      break;
    case 'pinyin':
      match = sql`${codeDictionary.pinyin} like ${`%${escapeLike(query.value)}%`}`;
      rank = [desc(sql`${codeDictionary.pinyin} like ${`${escapeLike(query.value)}%`}`)];
      break;
    case 'name':
      match = sql`${codeDictionary.name} like ${`%${escapeLike(query.value)}%`}`;
      rank = [desc(sql`${codeDictionary.name} like ${`${escapeLike(query.value)}%`}`)];
      break;
    case 'all':
      match = undefined;
  }
  const found = await db
    .select()
    .from(codeDictionary)
    .where(and(eq(codeDictionary.kind, p.kind), eq(codeDictionary.active, true), match))
    .orderBy(
      ...rank,
      ...(rank.length ? [asc(sql`length(${codeDictionary.name})`)] : []),
      asc(codeDictionary.code),
    )
    .limit(p.limit + 1)
    .offset(p.offset);
  return { items: found.slice(0, p.limit), more: found.length > p.limit };
}

/** The entries (active or not) of these codes. */
export async function findEntries(db: Db, kind: DictionaryKind, codes: string[]): Promise<DictionaryRow[]> {
  if (codes.length === 0) return [];
  return db
    .select()
    .from(codeDictionary)
    .where(and(eq(codeDictionary.kind, kind), inArray(codeDictionary.code, codes)));
}

/** Whether the hospital has a dictionary of this kind at all (an active entry). */
export async function hasDictionary(db: Db, kind: DictionaryKind): Promise<boolean> {
  const [row] = await db
    .select({ code: codeDictionary.code })
    .from(codeDictionary)
    .where(and(eq(codeDictionary.kind, kind), eq(codeDictionary.active, true)))
    .limit(1);
  return !!row;
}

export type DictionaryCounts = {
  kind: DictionaryKind;
  active: number;
  inactive: number;
  fromHis: number;
  starter: number;
  updatedAt: Date | null;
};

export async function dictionaryCounts(db: Db): Promise<DictionaryCounts[]> {
  const found = await rows<Omit<DictionaryCounts, 'updatedAt'> & { updatedAt: string | Date | null }>(
    db,
    sql`select kind,
          count(*) filter (where active)::int as "active",
          count(*) filter (where not active)::int as "inactive",
          count(*) filter (where source = 'his')::int as "fromHis",
          count(*) filter (where source = 'starter')::int as "starter",
          max(updated_at) as "updatedAt"
        from code_dictionary group by kind order by kind`,
  );
  return found.map((r) => ({ ...r, updatedAt: r.updatedAt ? new Date(r.updatedAt) : null }));
}

/**
 * Inserts or updates entries, activating them. `over: 'starter'` leaves an entry the hospital imported
 * alone (the starter set never overwrites the HIS). Returns how many rows were inserted and updated; an
 * entry already stored as given is neither.
 */
export async function upsertEntries(
  db: Db,
  kind: DictionaryKind,
  entries: StoredEntry[],
  by: { source: DictionarySource; over: 'any' | 'starter'; userId: string | null; now: Date },
): Promise<{ inserted: number; updated: number }> {
  type E = StoredEntry;
  const columns = [
    col<E>('kind', 'text', () => kind),
    col<E>('code', 'text', (e) => e.code),
    col<E>('name', 'text', (e) => e.name),
    col<E>('pinyin', 'text', (e) => e.pinyin),
    col<E>('grade', 'smallint', (e) => e.grade),
    col<E>('approach', 'text', (e) => e.approach),
    col<E>('restricted', 'boolean', (e) => e.restricted),
    col<E>('active', 'boolean', () => true),
    col<E>('source', 'text', () => by.source),
    col<E>('updated_at', 'timestamptz', () => by.now),
    col<E>('updated_by', 'uuid', () => by.userId),
  ];
  const guard = by.over === 'starter' ? sql`code_dictionary.source = 'starter' and ` : sql``;
  const tail = sql`on conflict (kind, code) do update set
      name = excluded.name, pinyin = excluded.pinyin, grade = excluded.grade, approach = excluded.approach,
      restricted = excluded.restricted, active = true, source = excluded.source,
      updated_at = excluded.updated_at, updated_by = excluded.updated_by
    where ${guard}(code_dictionary.name, code_dictionary.grade, code_dictionary.approach,
      code_dictionary.restricted, code_dictionary.active, code_dictionary.source)
      is distinct from (excluded.name, excluded.grade, excluded.approach, excluded.restricted, true, excluded.source)
    returning (xmax = 0) as inserted`;
  let inserted = 0;
  let updated = 0;
  for (let start = 0; start < entries.length; start += BATCH) {
    const batch = entries.slice(start, start + BATCH);
    for (const r of await rows<{ inserted: boolean }>(
      db,
      unnestInsert('code_dictionary', columns, batch, tail),
    )) {
      if (r.inserted) inserted++;
      else updated++;
    }
  }
  return { inserted, updated };
}

/** Deactivates the kind's active entries whose codes are not in `keep`; returns how many. */
export async function deactivateMissing(
  db: Db,
  kind: DictionaryKind,
  keep: string[],
  by: { userId: string | null; now: Date },
): Promise<number> {
  const found = await rows<{ code: string }>(
    db,
    sql`update code_dictionary set active = false, updated_at = ${by.now.toISOString()}::timestamptz,
          updated_by = ${by.userId}::uuid
        where kind = ${kind} and active and not (code = any(${sql.param(keep)}::text[]))
        returning code`,
  );
  return found.length;
}

/** The starter dictionaries (domain/registry/starter-dictionary.ts), never over an entry from the HIS. */
export async function installStarter(
  db: Db,
  by: { userId: string | null; now: Date },
): Promise<{ kind: DictionaryKind; inserted: number; updated: number }[]> {
  const counts = [];
  for (const kind of DICTIONARY_KINDS) {
    const entries = starterEntries(kind).map(withPinyin);
    counts.push({
      kind,
      ...(await upsertEntries(db, kind, entries, { ...by, source: 'starter', over: 'starter' })),
    });
  }
  return counts;
}
