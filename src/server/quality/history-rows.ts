// The imported episodes' outcome rows of a period, kept in memory between requests: the figures of both editions,
// the trend and the drill-down read the same rows, and reading a year of them (tens of thousands) is most of what a
// year's figures cost. The rows change only when an import loads (the recompute after an engine change stores what
// is kept here), so an entry is used while the imports are where they were when it was read (importGeneration:
// as many, the last ended at the same time) and none runs — while one runs, or after a server stopped in one,
// every request reads the database.
import type { Db } from '../../db/client';
import {
  historyFacts,
  historyOutcomeRows,
  importGeneration,
  type RowPeriod,
  updateOutcomes,
} from '../../db/quality/indicator-rows.repo';
import { classifyCase } from '../../domain/quality/compute';
import type { AsaClass } from '../../domain/quality/facts';
import { ENGINE, type OutcomeRow, outcomeRow } from '../../domain/quality/outcome-rows';

export type AnchoredRow = OutcomeRow & { anchorAt: number };

/** At most this many rows are kept (about 250 bytes each), in at most this many periods; the least used go first. */
const MAX_ROWS = 200_000;
const MAX_PERIODS = 8;

type Entry = { generation: string; rows: readonly AnchoredRow[] };
type Cache = { entries: Map<string, Entry>; rows: number };

/** One cache per database (the tests open many). */
const caches = new WeakMap<Db, Cache>();

/** The stored rows, a stale one (another engine revision) recomputed from its facts and stored again. */
async function readRows(db: Db, p: RowPeriod): Promise<AnchoredRow[]> {
  const stored = await historyOutcomeRows(db, p);
  const stale = stored.filter((r) => r.engine !== ENGINE);
  const fresh = new Map<string, OutcomeRow>();
  if (stale.length > 0) {
    const facts = await historyFacts(
      db,
      stale.map((r) => r.caseId),
    );
    for (const f of facts) fresh.set(f.id, outcomeRow(f.facts, classifyCase));
    await updateOutcomes(db, [...fresh.values()], ENGINE);
  }
  return stored.map((r) => {
    const again = fresh.get(r.caseId);
    return {
      caseId: r.caseId,
      personId: r.personId,
      anesthesia: again?.anesthesia ?? r.anesthesia,
      asa: r.asa as AsaClass | null,
      outcomes: again?.outcomes ?? r.outcomes,
      anchorAt: r.anchorAt,
    };
  });
}

const periodKey = (p: RowPeriod): string =>
  JSON.stringify([
    p.from.toISOString(),
    p.to.toISOString(),
    p.wardIds ? [...p.wardIds].sort() : null,
    p.scope.kind === 'department' ? null : [...p.scope.ids].sort(),
  ]);

function keep(cache: Cache, key: string, entry: Entry): void {
  // Another generation's entries are of no more use.
  for (const [k, e] of cache.entries)
    if (e.generation !== entry.generation) {
      cache.entries.delete(k);
      cache.rows -= e.rows.length;
    }
  const old = cache.entries.get(key);
  if (old) {
    cache.entries.delete(key);
    cache.rows -= old.rows.length;
  }
  if (entry.rows.length > MAX_ROWS) return;
  cache.entries.set(key, entry);
  cache.rows += entry.rows.length;
  for (const [k, e] of cache.entries) {
    if (cache.rows <= MAX_ROWS && cache.entries.size <= MAX_PERIODS) break;
    cache.entries.delete(k);
    cache.rows -= e.rows.length;
  }
}

/** The imported episodes anchored in the period as outcome rows (in anchor order); shared: not to be changed. */
export async function historyRows(db: Db, p: RowPeriod): Promise<readonly AnchoredRow[]> {
  // The generation is read first: rows read after it are at least as new as it says.
  const g = await importGeneration(db);
  if (g.running > 0) return readRows(db, p);
  const generation = `${g.imports}:${g.lastEnded}`;
  let cache = caches.get(db);
  if (!cache) {
    cache = { entries: new Map(), rows: 0 };
    caches.set(db, cache);
  }
  const key = periodKey(p);
  const found = cache.entries.get(key);
  if (found && found.generation === generation) {
    // The most recently used last.
    cache.entries.delete(key);
    cache.entries.set(key, found);
    return found.rows;
  }
  const rows = await readRows(db, p);
  keep(cache, key, { generation, rows });
  return rows;
}
