// One import's work, in the background after the upload was accepted: validate every file whole (reject with every
// problem, nothing imported), check it against what is stored, then load it in ONE transaction — so a failure or
// a restart in the middle leaves nothing half-imported — and record the outcome. Progress counts rows: each row
// once validated, once written.
import { readFile } from 'node:fs/promises';
import { bulkTransaction } from '../../../db/bulk';
import {
  type EpisodeInsert,
  ensureWards,
  finishImport,
  insertDeliveries,
  insertEpisodes,
  insertOpenBeds,
  openBedsOfWards,
  storedEpisodeIds,
} from '../../../db/history/history.repo';
import { ensurePatients, ensureStays } from '../../../db/history/history-people.repo';
import { saveStaffing, wardIdsByCode } from '../../../db/quality/indicator-rows.repo';
import type { HistoryResult } from '../../../domain/interop/history/types';
import { HistoryValidator } from '../../../domain/interop/history/validator';
import type { ImportCounts, ImportError, ImportPart } from '../../../domain/interop/history-job';
import { ENGINE } from '../../../domain/quality/outcome-rows';
import {
  deliveryInserts,
  episodeInsert,
  fileCounts,
  openBedsInserts,
  personInserts,
  staffingByYear,
  stayInserts,
  staysOfOtherPatients,
} from './episodes';
import type { ImportContext } from './import.service';
import { openBedsOverlap } from './open-beds-overlap';
import { readHistoryCsvFile } from './read-csv';

export type UploadedPart = { part: ImportPart; name: string; path: string; bytes: number };
export type Progress = (done: number, total: number) => void;

/** Reads and validates the parts; `expected` estimates the rows (the progress bar's total until they are known). */
export async function validateParts(
  parts: readonly UploadedPart[],
  progress: Progress,
): Promise<{ result: HistoryResult; rows: number }> {
  const validator = new HistoryValidator();
  let rows = 0;
  const buffers = await Promise.all(parts.map(async (p) => ({ ...p, buffer: await readFile(p.path) })));
  const expected = buffers.reduce((n, p) => n + countLines(p.buffer), 0);
  for (const p of buffers) {
    const add = recordAdder(validator, p.part);
    const read = await readHistoryCsvFile(p.part, p.buffer, (fields, row) => {
      add(fields, row);
      rows++;
      if (rows % 2000 === 0) progress(rows, 2 * expected);
    });
    // A file that could not be read to its end takes no part in the checks across files.
    for (const problem of read.problems) validator.addProblem(problem, { incomplete: !read.complete });
  }
  return { result: validator.finish(), rows };
}

function recordAdder(v: HistoryValidator, part: ImportPart): (fields: string[], row: number) => void {
  switch (part) {
    case 'cases':
      return (f, r) => v.addCase(f, r);
    case 'staffing':
      return (f, r) => v.addStaffing(f, r);
    case 'deliveries':
      return (f, r) => v.addDelivery(f, r);
    case 'wards':
      return (f, r) => v.addWard(f, r);
  }
}

function countLines(b: Buffer): number {
  let n = 0;
  for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) n++;
  return Math.max(1, n);
}

/** Loads a valid file set; returns the counts, or the problems found against what is already stored. */
export async function loadParts(
  ctx: ImportContext,
  importId: string,
  data: Extract<HistoryResult, { ok: true }>,
  progress: (written: number) => void,
): Promise<{ ok: true; counts: ImportCounts } | { ok: false; errors: ImportError[] }> {
  const db = ctx.database.db;
  const known = await wardIdsByCode(db, [...new Set(data.wards.map((w) => w.ward))]);
  const stored = await openBedsOfWards(
    db,
    known.map((w) => w.id),
  );
  const codeOf = new Map(known.map((w) => [w.id, w.code]));
  const overlaps = openBedsOverlap(
    data.wards,
    stored.map((s) => ({ ...s, ward: codeOf.get(s.wardId) ?? '' })),
  );
  if (overlaps.length > 0) return { ok: false, errors: overlaps };
  try {
    return await loadInTransaction(ctx, importId, data, progress);
  } catch (e) {
    if (e instanceof RefusedLoad) return { ok: false, errors: e.errors };
    throw e;
  }
}

/** Problems found inside the loading transaction: thrown to roll it back, returned as the import's errors. */
class RefusedLoad extends Error {
  constructor(readonly errors: ImportError[]) {
    super('history import refused');
  }
}

async function loadInTransaction(
  ctx: ImportContext,
  importId: string,
  data: Extract<HistoryResult, { ok: true }>,
  progress: (written: number) => void,
): Promise<{ ok: true; counts: ImportCounts }> {
  return bulkTransaction(ctx.database, async (tx, copy) => {
    const codes = [
      ...new Set([...data.cases.flatMap((c) => (c.ward ? [c.ward] : [])), ...data.wards.map((w) => w.ward)]),
    ];
    const wards = await ensureWards(tx, codes);
    const periods = openBedsInserts(data.wards, wards.ids);
    const patients = await ensurePatients(tx, importId, personInserts(data.cases));
    const stays = await ensureStays(tx, importId, stayInserts(data.cases, patients.ids, wards.ids));
    const foreign = staysOfOtherPatients(data.cases, patients.ids, stays.stored);
    if (foreign.length > 0) throw new RefusedLoad(foreign);
    const stayIds = new Map(stays.stored.map((s) => [s.visitNumber, s.id]));
    const stored = await storedEpisodeIds(
      tx,
      data.cases.map((c) => c.episodeId),
    );
    let written = 0;
    const wrote = (n: number) => {
      written += n;
      progress(written);
    };
    // Each episode is made (its facts and outcomes) as the load reaches it: the server writes one chunk while the
    // next is made. Those stored by an earlier import are left as they are.
    const episodes: EpisodeInsert[] = [];
    function* fresh(): Generator<EpisodeInsert> {
      for (const r of data.cases) {
        const e = episodeInsert(r, wards.ids, patients.ids, stayIds);
        episodes.push(e);
        if (stored.has(e.externalId)) wrote(1);
        else yield e;
      }
    }
    const newEpisodes = await insertEpisodes(tx, importId, ENGINE, fresh(), wrote, copy);
    const newDeliveries = await insertDeliveries(tx, importId, deliveryInserts(data.deliveries));
    const years = staffingByYear(data.staffing);
    for (const [year, counts] of years)
      await saveStaffing(tx, year, counts, { userId: null, importId, source: 'import', now: ctx.clock() });
    const newPeriods = await insertOpenBeds(tx, importId, periods);
    return {
      ok: true,
      counts: {
        ...fileCounts(episodes),
        deliveries: data.deliveries.length,
        staffingYears: years.size,
        wardPeriods: data.wards.length,
        wardsCreated: wards.created,
        patientsCreated: patients.created,
        admissionsCreated: stays.created,
        unchanged:
          episodes.length -
          newEpisodes +
          (data.deliveries.length - newDeliveries) +
          (periods.length - newPeriods),
      },
    };
  });
}

export async function finish(
  ctx: ImportContext,
  id: string,
  outcome: Parameters<typeof finishImport>[2],
): Promise<void> {
  await finishImport(ctx.database.db, id, outcome, ctx.clock());
}
