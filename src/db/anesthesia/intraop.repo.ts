// What is derived from a case's readings as they are stored (intraop-state.ts): the trackers with the
// basis they were derived on, and the alert episodes that have ended; and which cases a batch of
// readings belongs to (case-readings.ts, room-stays.ts).
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ReadingBasis } from '../../domain/anesthesia/case-readings';
import type { IntraopTrackers, StoredEpisode } from '../../domain/anesthesia/intraop-state';
import type { Db } from '../client';
import { rows } from '../rows';
import { intraopEpisodes, intraopStates } from '../schema';
import { laterStays, noLaterStay, toStays } from './room-stay.repo';

export type Owner = { caseId: string; basis: ReadingBasis };
export type DerivationState = { caseId: string; basis: ReadingBasis; trackers: IntraopTrackers };
export type CaseEpisode = StoredEpisode & { caseId: string };

const basisColumns = sql`c.id as "caseId", c.or_room as room,
  floor(date_part('epoch', c.in_room_at) * 1000)::float8 as "inRoomAt",
  floor(date_part('epoch', c.out_of_room_at) * 1000)::float8 as "outOfRoomAt",
  array(select d.id::text from devices d
    where d.place_kind = 'or_room' and d.place_code = c.or_room and d.override_case_id is null
    order by d.id) as devices,
  ${laterStays} as later`;

type BasisRow = {
  caseId: string;
  room: string;
  inRoomAt: number | null;
  outOfRoomAt: number | null;
  devices: string[];
  later: Parameters<typeof toStays>[0];
};
const toOwner = (r: BasisRow): Owner => ({
  caseId: r.caseId,
  basis: {
    room: r.room,
    inRoomAt: r.inRoomAt === null ? null : Number(r.inRoomAt),
    outOfRoomAt: r.outOfRoomAt === null ? null : Number(r.outOfRoomAt),
    devices: r.devices,
    later: toStays(r.later),
  },
});

// Advisory locks on a room's readings (a key space of their own): the ingest holds them shared while
// it stores a batch; deriving a case whole holds its room's exclusively, so that it reads every reading
// a concurrent batch decided the case did not own yet.
const ROOM_LOCKS = sql`hashtext('anesthesia.room-readings')`;

/**
 * The cases readings taken in [from, to] by these rooms' monitors may belong to (in the room at some
 * time of it), and the cases monitors are bound to; each with its basis now, in case order. The
 * rooms' readings are locked shared first (see `lockRoom`), in the same statement.
 */
export async function readingOwners(
  db: Db,
  o: { rooms: readonly string[]; bound: readonly string[]; from: Date; to: Date },
): Promise<Owner[]> {
  if (o.rooms.length === 0 && o.bound.length === 0) return [];
  const rooms = [...new Set(o.rooms)].sort();
  const list = await rows<BasisRow>(
    db,
    sql`with locked as materialized (
        select pg_advisory_xact_lock_shared(${ROOM_LOCKS}, hashtext(r))
        from unnest(${sql.param(rooms)}::text[]) as r order by r
      )
      select ${basisColumns} from surgical_cases c
      where (select count(*) from locked) >= 0
        and ((c.or_room = any(${sql.param(rooms)}::text[])
          and c.in_room_at <= ${o.to.toISOString()}::timestamptz
          and (c.out_of_room_at is null or c.out_of_room_at >= ${o.from.toISOString()}::timestamptz))
        or c.id = any(${sql.param([...o.bound])}::uuid[]))
      order by c.id`,
  );
  return list.map(toOwner);
}

/**
 * The case a stored reading belongs to: its bound case, or the case in its monitor's room at its time
 * (the later entrant while two stays overlap: room-stays.ts).
 */
export async function ownersOfReading(db: Db, observationId: number): Promise<string[]> {
  const list = await rows<{ caseId: string }>(
    db,
    sql`select o.case_id as "caseId" from observations o where o.id = ${observationId} and o.case_id is not null
      union
      select c.id from observations o
        join devices d on d.id = o.device_id and d.place_kind = 'or_room' and d.override_case_id is null
        join surgical_cases c on c.or_room = d.place_code
          and o.observed_at >= c.in_room_at and o.observed_at <= coalesce(c.out_of_room_at, 'infinity')
      where o.id = ${observationId} and o.case_id is null and ${noLaterStay}`,
  );
  return list.map((r) => r.caseId);
}

/** Each case's basis now: its room, 入室 and 出室, the room's monitors, the later stays overlapping its own. */
export async function basesOf(db: Db, caseIds: readonly string[]): Promise<Map<string, ReadingBasis>> {
  if (caseIds.length === 0) return new Map();
  const list = await rows<BasisRow>(
    db,
    sql`select ${basisColumns} from surgical_cases c where c.id = any(${sql.param([...caseIds])}::uuid[])`,
  );
  return new Map(list.map(toOwner).map((o) => [o.caseId, o.basis]));
}

/** The room's readings locked exclusively until the transaction ends (no batch of it in flight). */
export async function lockRoom(db: Db, room: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${ROOM_LOCKS}, hashtext(${room}))`);
}

const UNDERIVED: ReadingBasis = { room: '', inRoomAt: null, outOfRoomAt: null, devices: [] };

/**
 * The states of these cases, locked until the transaction ends — in case order, so two writers never
 * wait on each other in a cycle. A case without one gets an empty state first (whose basis matches no
 * case: the next read derives it whole); a state being made by another transaction is waited for.
 */
export async function lockStates(
  db: Db,
  caseIds: readonly string[],
  now: Date,
): Promise<Map<string, DerivationState>> {
  if (caseIds.length === 0) return new Map();
  const ids = [...new Set(caseIds)].sort();
  // One statement: a state being made meanwhile is waited for by the insert; a state made by this
  // statement is not seen by its select, and is not derived yet anyway.
  const list = await rows<DerivationState>(
    db,
    sql`with made as (
        insert into intraop_states (case_id, basis, trackers, derived_at)
        select id, ${JSON.stringify(UNDERIVED)}::jsonb, '{}'::jsonb, ${now.toISOString()}::timestamptz
        from unnest(${sql.param(ids)}::uuid[]) as id
        on conflict (case_id) do nothing
        returning case_id
      )
      select s.case_id as "caseId", s.basis, s.trackers from intraop_states s
      where s.case_id = any(${sql.param(ids)}::uuid[]) and (select count(*) from made) >= 0
      order by s.case_id
      for update`,
  );
  return new Map(list.map((s) => [s.caseId, s]));
}

export async function readStates(db: Db, caseIds: readonly string[]): Promise<Map<string, DerivationState>> {
  if (caseIds.length === 0) return new Map();
  const list = await db
    .select({ caseId: intraopStates.caseId, basis: intraopStates.basis, trackers: intraopStates.trackers })
    .from(intraopStates)
    .where(inArray(intraopStates.caseId, [...caseIds]));
  return new Map(list.map((s) => [s.caseId, s]));
}

export async function saveStates(db: Db, states: readonly DerivationState[], now: Date): Promise<void> {
  if (states.length === 0) return;
  await db.execute(sql`
    insert into intraop_states (case_id, basis, trackers, derived_at)
    select s.case_id, s.basis, s.trackers, ${now.toISOString()}::timestamptz
    from unnest(${sql.param(states.map((s) => s.caseId))}::uuid[],
      ${sql.param(states.map((s) => JSON.stringify(s.basis)))}::jsonb[],
      ${sql.param(states.map((s) => JSON.stringify(s.trackers)))}::jsonb[]) as s(case_id, basis, trackers)
    on conflict (case_id) do update set basis = excluded.basis, trackers = excluded.trackers,
      derived_at = excluded.derived_at`);
}

export async function addEpisodes(db: Db, episodes: readonly CaseEpisode[]): Promise<void> {
  if (episodes.length === 0) return;
  await db
    .insert(intraopEpisodes)
    .values(
      episodes.map((e) => ({
        caseId: e.caseId,
        kind: e.kind,
        param: e.param,
        source: e.source,
        mode: e.mode,
        startAt: new Date(e.start),
        endAt: new Date(e.end),
        extreme: e.extreme,
      })),
    )
    .onConflictDoNothing();
}

/** The case's episodes of some parameters (all of them without `params`) replaced by those given. */
export async function replaceEpisodes(
  db: Db,
  caseId: string,
  params: readonly string[] | 'all',
  episodes: readonly StoredEpisode[],
): Promise<void> {
  await db
    .delete(intraopEpisodes)
    .where(
      params === 'all'
        ? eq(intraopEpisodes.caseId, caseId)
        : and(
            eq(intraopEpisodes.caseId, caseId),
            inArray(intraopEpisodes.param, params as StoredEpisode['param'][]),
          ),
    );
  await addEpisodes(
    db,
    episodes.map((e) => ({ ...e, caseId })),
  );
}

/** The cases' ended episodes (those ending at or after `since`, when given), in start order. */
export async function readEpisodes(db: Db, caseIds: readonly string[], since?: Date): Promise<CaseEpisode[]> {
  if (caseIds.length === 0) return [];
  const list = await db
    .select()
    .from(intraopEpisodes)
    .where(
      and(
        inArray(intraopEpisodes.caseId, [...caseIds]),
        since ? sql`${intraopEpisodes.endAt} >= ${since.toISOString()}::timestamptz` : undefined,
      ),
    )
    .orderBy(intraopEpisodes.startAt);
  return list.map((e) => ({
    caseId: e.caseId,
    kind: e.kind,
    param: e.param,
    source: e.source,
    mode: e.mode,
    start: e.startAt.getTime(),
    end: e.endAt.getTime(),
    extreme: e.extreme,
  }));
}

/**
 * Forgets what was derived for these cases, so that the next read derives them whole — after readings
 * were loaded around the ingest (a history import, a benchmark's seed).
 */
export async function forgetDerivations(db: Db, caseIds: readonly string[]): Promise<void> {
  if (caseIds.length === 0) return;
  await db.delete(intraopEpisodes).where(inArray(intraopEpisodes.caseId, [...caseIds]));
  await db.delete(intraopStates).where(inArray(intraopStates.caseId, [...caseIds]));
}
