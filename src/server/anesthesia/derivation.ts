// The intra-op alerts and hypotension exposure of a case, derived as its readings are stored and read,
// never recomputed, on every view (DESIGN.md, "How data flows"). Inside the caller's transaction: the
// ingest folds each batch into the cases it belongs to; a hand-entered reading, an artefact mark or a
// late reading folds its parameter again. A case whose basis changed (入室 or 出室 recorded, a monitor
// moved or bound) is derived whole from its stored readings by the next read that meets it.

import {
  addEpisodes,
  basesOf,
  type CaseEpisode,
  type DerivationState,
  lockRoom,
  lockStates,
  type Owner,
  ownersOfReading,
  readEpisodes,
  readStates,
  replaceEpisodes,
  saveStates,
} from '../../db/anesthesia/intraop.repo';
import { caseReadingSeries } from '../../db/anesthesia/reading.repo';
import type { Db } from '../../db/client';
import type { StoredReading } from '../../db/interop/observations';
import { type ReadingBasis, roomReadingOfCase, sameBasis } from '../../domain/anesthesia/case-readings';
import {
  emptyTrackers,
  foldReadings,
  type IntraopTrackers,
  refold,
  type StoredEpisode,
  sourceOf,
  type TrackedReading,
  trackedReadings,
} from '../../domain/anesthesia/intraop-state';

export type Derived = { trackers: IntraopTrackers; episodes: StoredEpisode[] };

const tracked = (r: StoredReading): TrackedReading => ({
  param: r.param,
  source: sourceOf(r),
  t: r.t,
  id: r.id,
  value: r.value,
});

/** The case's readings among those just stored: bound to it, or its room monitors' within 入室 … 出室. */
const readingsOf = (owner: Owner, readings: readonly StoredReading[]) =>
  readings.filter((r) =>
    r.caseId !== null
      ? r.caseId === owner.caseId
      : r.deviceId !== null && roomReadingOfCase(owner.caseId, owner.basis, r.deviceId, r.t),
  );

/**
 * The case derived whole from every stored reading, under its room's exclusive lock and its state's
 * (once: whoever holds them first does it, the others read its result).
 */
async function deriveWhole(db: Db, caseId: string, since: Date | undefined, now: Date): Promise<Derived> {
  return db.transaction(async (tx) => {
    let basis = (await basesOf(tx, [caseId])).get(caseId)!;
    // The room first, then the state: the order the ingest takes them in.
    for (let room = basis.room; ; room = basis.room) {
      await lockRoom(tx, room);
      basis = (await basesOf(tx, [caseId])).get(caseId)!;
      if (basis.room === room) break;
    }
    const current = (await lockStates(tx, [caseId], now)).get(caseId);
    const derived =
      current && sameBasis(current.basis, basis)
        ? { trackers: current.trackers, episodes: await readEpisodes(tx, [caseId]) }
        : await deriveAll(tx, caseId, basis, now);
    return { ...derived, episodes: derived.episodes.filter((e) => !since || e.end >= since.getTime()) };
  });
}

/** Everything derived again from all the case's stored readings. */
async function deriveAll(tx: Db, caseId: string, basis: ReadingBasis, now: Date): Promise<Derived> {
  const readings = trackedReadings(await caseReadingSeries(tx, caseId));
  const { trackers, episodes } = refold(
    emptyTrackers(),
    [...new Set(readings.map((r) => r.param))],
    readings,
  );
  await saveStates(tx, [{ caseId, basis, trackers }], now);
  await replaceEpisodes(tx, caseId, 'all', episodes);
  return { trackers, episodes };
}

/** Some parameters of a case derived again from their stored readings; the rest kept. */
async function refoldParams(tx: Db, state: DerivationState, params: readonly string[]) {
  const readings = trackedReadings(await caseReadingSeries(tx, state.caseId, { params }));
  const done = refold(state.trackers, params, readings);
  await replaceEpisodes(tx, state.caseId, params, done.episodes);
  return done.trackers;
}

/**
 * New readings folded into the derivations of the cases they belong to (`owners`, with their basis as
 * the batch found it). A basis that has changed since (出室 committed meanwhile) is read again; a case
 * whose stored state is of another basis, or not derived yet, is left for the next read to derive
 * whole from every stored reading. Returns the cases whose derivation changed.
 */
export async function foldStored(
  tx: Db,
  owners: readonly Owner[],
  readings: readonly StoredReading[],
  now: Date,
): Promise<string[]> {
  const mine = owners.filter((o) => readingsOf(o, readings).length > 0);
  if (mine.length === 0) return [];
  const states = await lockStates(
    tx,
    mine.map((o) => o.caseId),
    now,
  );
  const saved: DerivationState[] = [];
  const episodes: CaseEpisode[] = [];
  for (const owner of mine) {
    const state = states.get(owner.caseId);
    if (!state) continue;
    let basis = owner.basis;
    if (!sameBasis(state.basis, basis)) {
      basis = (await basesOf(tx, [owner.caseId])).get(owner.caseId)!;
      // A monitor the batch did not watch for this case: its readings were not handed back.
      const watched = basis.devices.every((d) => owner.basis.devices.includes(d));
      if (!sameBasis(state.basis, basis) || !watched) continue;
    }
    const theirs = readingsOf({ caseId: owner.caseId, basis }, readings);
    if (theirs.length === 0) continue;
    const folded = foldReadings(state.trackers, theirs.map(tracked));
    let trackers = folded.trackers;
    // A reading before one already folded (a second monitor, a late message): that parameter again.
    if (folded.stale.length) trackers = await refoldParams(tx, { ...state, trackers }, folded.stale);
    saved.push({ caseId: owner.caseId, basis, trackers });
    episodes.push(...folded.episodes.map((e) => ({ ...e, caseId: owner.caseId })));
  }
  await saveStates(tx, saved, now);
  await addEpisodes(tx, episodes);
  return saved.map((s) => s.caseId);
}

/** A reading of the case entered by hand, folded in (the case's own basis is read afresh). */
export async function foldEntered(tx: Db, caseId: string, reading: StoredReading, now: Date): Promise<void> {
  const basis = (await basesOf(tx, [caseId])).get(caseId);
  if (basis) await foldStored(tx, [{ caseId, basis }], [reading], now);
}

/** A reading marked artefact: its parameter derived again for every case it belongs to. */
export async function refoldMarked(tx: Db, observationId: number, param: string, now: Date): Promise<void> {
  const owners = await ownersOfReading(tx, observationId);
  const states = await lockStates(tx, owners, now);
  const bases = await basesOf(tx, owners);
  for (const caseId of owners) {
    const state = states.get(caseId);
    const basis = bases.get(caseId)!;
    if (!state || !sameBasis(state.basis, basis)) continue;
    const trackers = await refoldParams(tx, state, [param]);
    await saveStates(tx, [{ caseId, basis, trackers }], now);
  }
}

/** The cases' derivations as they stand: read when their basis is current, else derived whole. */
export async function derivationsOf(
  db: Db,
  caseIds: readonly string[],
  now: Date,
  /** Only the episodes ending at or after this (the big screen's last hour). */
  since?: Date,
): Promise<Map<string, Derived>> {
  const [bases, states, stored] = await Promise.all([
    basesOf(db, caseIds),
    readStates(db, caseIds),
    readEpisodes(db, caseIds, since),
  ]);
  const out = new Map<string, Derived>();
  for (const caseId of caseIds) {
    const basis = bases.get(caseId);
    if (!basis) continue;
    const state = states.get(caseId);
    if (state && sameBasis(state.basis, basis)) {
      out.set(caseId, { trackers: state.trackers, episodes: stored.filter((e) => e.caseId === caseId) });
      continue;
    }
    out.set(caseId, await deriveWhole(db, caseId, since, now));
  }
  return out;
}
