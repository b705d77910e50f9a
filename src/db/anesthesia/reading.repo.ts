// A case's readings: those bound to it (manual entries, a monitor bound by hand) and those of its
// room's monitors from 入室 to 出室 (case-readings.ts), read as full rows (paged, for other systems),
// as packed series (for the derivation and the printed record), or as per-minute spans with the
// edges of the case's time in the room read one by one (for the chart of a long case).
import { type SQL, sql } from 'drizzle-orm';
import {
  type ArtefactReading,
  inTimeOrder,
  type ReadingSeries,
  readingSpan,
  type SpanSeries,
} from '../../domain/anesthesia/downsample';
import type { Db } from '../client';
import { rows } from '../rows';
import type { observations } from '../schema';
import { foldIntoMinutes, recomputeMinuteOf } from './reading-minute.repo';
import { unpack, unpackSpans } from './reading-unpack';
import { minutesOf, ownedPieces, pieceMinutes, type Window } from './reading-windows';
import { laterStaysOf, noLaterStay } from './room-stay.repo';

export type ObservationRow = typeof observations.$inferSelect;

export type ObservationFilter = {
  from?: Date | null;
  to?: Date | null;
  id?: number;
  param?: string;
  params?: readonly string[];
  /** Only the readings marked artefact (the chart lists them one by one). */
  artefacts?: boolean;
  /** Keyset: only readings after this one in (time, id) order. */
  after?: number;
  /** At most this many; without it, all of them. */
  limit?: number;
};

const iso = (d: Date) => d.toISOString();

const filterSql = ({
  from = null,
  to = null,
  id,
  param,
  params,
  artefacts,
  after,
}: ObservationFilter): SQL => sql`
  ${from ? sql`and o.observed_at >= ${iso(from)}::timestamptz` : sql``}
  ${to ? sql`and o.observed_at <= ${iso(to)}::timestamptz` : sql``}
  ${id !== undefined ? sql`and o.id = ${id}` : sql``}
  ${param !== undefined ? sql`and o.param = ${param}` : sql``}
  ${params !== undefined ? sql`and o.param = any(${sql.param([...params])}::text[])` : sql``}
  ${artefacts ? sql`and o.artefact` : sql``}
  ${after !== undefined ? sql`and (o.observed_at, o.id) > (select a.observed_at, a.id from observations a where a.id = ${after})` : sql``}`;

/** The room's monitors that feed its case: placed there and not bound to another case. */
const roomMonitors = sql`devices d on d.place_kind = 'or_room' and d.place_code = c.or_room and d.override_case_id is null`;

/**
 * Each monitor is read on its own (device_id, observed_at) index range; a page is cut in each part
 * too, so no part sorts more than it returns.
 */
const caseReadings = (caseId: string, columns: SQL, filter: ObservationFilter): SQL => {
  const page = filter.limit !== undefined ? sql`order by o.observed_at, o.id limit ${filter.limit}` : sql``;
  return sql`
  (select ${columns} from observations o where o.case_id = ${caseId}::uuid ${filterSql(filter)} ${page})
  union all
  (select ${columns} from surgical_cases c
    join ${roomMonitors}
    cross join lateral (
      select o.* from observations o
      where o.device_id = d.id and o.case_id is null
        and o.observed_at >= c.in_room_at and o.observed_at <= coalesce(c.out_of_room_at, 'infinity')
        and ${noLaterStay}
        ${filterSql(filter)} ${page}
      offset 0 -- keeps this a per-monitor index scan rather than a join over every monitor's readings
    ) o
  where c.id = ${caseId}::uuid)`;
};

/** Full rows in (time, id) order: all of them unless `limit` is given (a page: see `after`). */
export const caseObservations = (
  db: Db,
  caseId: string,
  filter: ObservationFilter = {},
): Promise<ObservationRow[]> =>
  rows<ObservationRow>(
    db,
    sql`
      ${caseReadings(
        caseId,
        sql`o.id, o.case_id as "caseId", o.device_id as "deviceId", o.param, o.loinc, o.channel, o.value, o.unit,
          o.observed_at as "observedAt", o.observed_at_raw as "observedAtRaw", o.received_at as "receivedAt",
          o.source, o.entered_by as "enteredBy", o.artefact, o.artefact_reason as "artefactReason",
          o.artefact_by as "artefactBy", o.artefact_at as "artefactAt"`,
        filter,
      )}
      order by "observedAt", id
      ${filter.limit !== undefined ? sql`limit ${filter.limit}` : sql``}`,
  ).then((list) =>
    list.map((r) => ({
      ...r,
      observedAt: new Date(r.observedAt),
      receivedAt: new Date(r.receivedAt),
      artefactAt: r.artefactAt ? new Date(r.artefactAt) : null,
    })),
  );

const EPOCH_MS = sql`floor(date_part('epoch', r.observed_at) * 1000)`;

type SeriesKey = Pick<ReadingSeries, 'param' | 'channel' | 'deviceId' | 'unit'>;
const keyOrder = (s: SeriesKey) => `${s.param}|${s.channel}|${s.deviceId ?? ''}|${s.unit}`;
const byKey = (a: SeriesKey, b: SeriesKey) =>
  keyOrder(a) < keyOrder(b) ? -1 : keyOrder(a) > keyOrder(b) ? 1 : 0;

/** Packed readings of a relation `r` into one series per parameter, channel, device and unit. */
async function packedSeries(db: Db, relation: SQL): Promise<ReadingSeries[]> {
  const list = await rows<SeriesKey & { packed: Uint8Array; artefacts: (number | string)[] | null }>(
    db,
    // Artefact marks are rare: their ids come apart rather than a flag in every reading.
    sql`
      select r.param, r.channel, r.device_id as "deviceId", r.unit,
        string_agg(float8send(${EPOCH_MS}) || float8send(r.value) || float8send(r.id::float8), ''::bytea) as packed,
        array_agg(r.id::float8) filter (where r.artefact) as artefacts
      from (${relation}) r
      group by r.param, r.channel, r.device_id, r.unit`,
  );
  return list
    .map(({ packed, artefacts, ...key }) =>
      inTimeOrder({ ...key, ...unpack(packed, new Set((artefacts ?? []).map(Number))) }),
    )
    .sort(byKey);
}

const SERIES_COLUMNS = sql`o.id, o.param, o.channel, o.device_id, o.unit, o.observed_at, o.value, o.artefact`;

/**
 * Every reading of a case (filtered like `caseObservations`), one series per parameter, channel,
 * device and unit, as parallel arrays in (time, id) order: the whole of an 8-hour 1 Hz case travels
 * from the database as a few packed byte strings instead of 260,000 rows.
 */
export const caseReadingSeries = (
  db: Db,
  caseId: string,
  filter: Omit<ObservationFilter, 'after' | 'limit'> = {},
): Promise<ReadingSeries[]> => packedSeries(db, caseReadings(caseId, SERIES_COLUMNS, filter));

/** The first and last reading of the case within [from, to], artefacts included; null without any. */
export async function readingExtent(
  db: Db,
  caseId: string,
  filter: Pick<ObservationFilter, 'from' | 'to'> = {},
): Promise<{ first: number; last: number } | null> {
  // Each end as the first row of an index range in that direction: no part reads more than a row.
  const end = (direction: SQL) => sql`
    (select o.observed_at from observations o where o.case_id = ${caseId}::uuid ${filterSql(filter)}
      order by o.observed_at ${direction} limit 1)
    union all
    (select o.observed_at from surgical_cases c join ${roomMonitors}
      cross join lateral (
        select o.observed_at from observations o
        where o.device_id = d.id and o.case_id is null
          and o.observed_at >= c.in_room_at and o.observed_at <= coalesce(c.out_of_room_at, 'infinity')
          and ${noLaterStay}
          ${filterSql(filter)}
        order by o.observed_at ${direction} limit 1
      ) o
      where c.id = ${caseId}::uuid)`;
  const [r] = await rows<{ first: number | null; last: number | null }>(
    db,
    sql`select (select floor(date_part('epoch', min(observed_at)) * 1000)::float8 from (${end(sql`asc`)}) f) as first,
      (select floor(date_part('epoch', max(observed_at)) * 1000)::float8 from (${end(sql`desc`)}) l) as last`,
  );
  return r && r.first !== null && r.last !== null ? { first: Number(r.first), last: Number(r.last) } : null;
}

/** The artefact-marked readings of the case within [from, to], each on its own. */
export async function caseArtefacts(
  db: Db,
  caseId: string,
  filter: Pick<ObservationFilter, 'from' | 'to'> = {},
): Promise<ArtefactReading[]> {
  const list = await rows<ArtefactReading>(
    db,
    sql`select r.id::float8 as id, r.param, r.channel, r.device_id as "deviceId", ${EPOCH_MS}::float8 as t, r.value
      from (${caseReadings(caseId, SERIES_COLUMNS, { ...filter, artefacts: true })}) r`,
  );
  return list.map((a) => ({ ...a, id: Number(a.id), t: Number(a.t) }));
}

const at = (ms: number) =>
  Number.isFinite(ms) ? sql`${new Date(ms).toISOString()}::timestamptz` : sql`'infinity'::timestamptz`;
const atLeast = (ms: number) => (ms === Number.NEGATIVE_INFINITY ? sql`'-infinity'::timestamptz` : at(ms));

const minutesWithin = (windows: Window[]) => {
  const open = windows.filter((w) => w.from < w.to);
  const one = (w: Window) => sql`m.minute >= ${at(w.from)} and m.minute < ${at(w.to)}`;
  if (open.length === 0) return one(windows[0] ?? { from: 0, to: 0 });
  if (open.length === 1) return one(open[0]!);
  return sql`(${sql.join(
    open.map((w) => sql`(${one(w)})`),
    sql` or `,
  )})`;
};

/**
 * The case's valid readings within [from, to] as spans: a stored minute where the whole minute is the
 * case's, single readings at the edges (the minute of 入室, of 出室, of `to`, of a later entrant's stay
 * in the room). One series per source, in the order `caseReadingSeries` gives them.
 */
export async function caseMinuteSpans(
  db: Db,
  c: { id: string; inRoomAt: Date | null; outOfRoomAt: Date | null },
  range: { from: Date | null; to: Date | null },
): Promise<SpanSeries[]> {
  const from = range.from?.getTime() ?? Number.NEGATIVE_INFINITY;
  const to = range.to?.getTime() ?? Number.POSITIVE_INFINITY;
  const bound = minutesOf(from, to);
  const later = c.inRoomAt ? await laterStaysOf(db, c.id) : [];
  const room = c.inRoomAt
    ? ownedPieces(
        Math.max(from, c.inRoomAt.getTime()),
        Math.min(to, c.outOfRoomAt?.getTime() ?? Number.POSITIVE_INFINITY),
        later,
      ).map(pieceMinutes)
    : null;
  const roomWhole = room?.map((p) => p.whole) ?? [];
  const roomEdges = room?.flatMap((p) => p.edges) ?? [];
  const minuteRows = (
    await rows<SeriesKey & { packed: Uint8Array }>(
      db,
      // Each source's minutes packed as the readings are (float8send, big-endian), SPAN_FIELDS apiece.
      sql`select m.param, m.channel, m.device_id as "deviceId", m.unit,
        string_agg(float8send(floor(date_part('epoch', m.minute) * 1000)) || float8send(m.n) || float8send(m.first_t)
          || float8send(m.min) || float8send(m.min_t) || float8send(m.min_id) || float8send(m.max) || float8send(m.max_t)
          || float8send(m.max_id) || float8send(m.last) || float8send(m.last_t) || float8send(m.last_id), ''::bytea) as packed
      from (
        (select m.* from reading_minutes m
          where m.case_id = ${c.id}::uuid and m.minute >= ${atLeast(bound.whole.from)} and m.minute < ${at(bound.whole.to)})
        ${
          room
            ? sql`union all
        (select m.* from surgical_cases c join ${roomMonitors}
          cross join lateral (
            select * from reading_minutes m
            where m.device_id = d.id and m.case_id is null
              and ${minutesWithin(roomWhole)}
            offset 0
          ) m
          where c.id = ${c.id}::uuid)`
            : sql``
        }
      ) m
      group by m.param, m.channel, m.device_id, m.unit`,
    )
  ).map(({ packed, ...key }) => ({ ...key, spans: unpackSpans(packed) }));
  const within = (windows: Window[]) =>
    sql.join(
      windows.map((w) => sql`(o.observed_at >= ${atLeast(w.from)} and o.observed_at <= ${at(w.to)})`),
      sql` or `,
    );
  const edges = [
    ...(bound.edges.length
      ? await packedSeries(
          db,
          sql`select ${SERIES_COLUMNS} from observations o where o.case_id = ${c.id}::uuid and (${within(bound.edges)})`,
        )
      : []),
    ...(roomEdges.length
      ? await packedSeries(
          db,
          sql`select ${SERIES_COLUMNS} from surgical_cases c join ${roomMonitors}
            cross join lateral (
              select o.* from observations o
              where o.device_id = d.id and o.case_id is null and (${within(roomEdges)})
                ${later.length ? sql`and ${noLaterStay}` : sql``}
              offset 0
            ) o
            where c.id = ${c.id}::uuid`,
        )
      : []),
  ];
  const series = new Map<string, SpanSeries>();
  const of = (k: SeriesKey) => {
    const key = keyOrder(k);
    let s = series.get(key);
    if (!s) {
      s = { param: k.param, channel: k.channel, deviceId: k.deviceId, unit: k.unit, spans: [] };
      series.set(key, s);
    }
    return s;
  };
  for (const m of minuteRows) of(m).spans.push(...m.spans);
  for (const s of edges) {
    const target = of(s);
    for (let i = 0; i < s.t.length; i++)
      if (!s.artefact[i]) target.spans.push(readingSpan(s.t[i]!, s.value[i]!, s.id[i]!));
  }
  return [...series.values()].sort(byKey);
}

/** A reading entered by hand, bound to its case; its minute is folded in the same statement. */
export async function insertManualReading(
  db: Db,
  r: {
    caseId: string;
    param: string;
    loinc: string;
    value: number;
    unit: string;
    observedAt: Date;
    receivedAt: Date;
    enteredBy: string;
  },
): Promise<{ id: number }> {
  const [row] = await rows<{ id: number }>(
    db,
    sql`with ins as (
        insert into observations (case_id, param, loinc, channel, value, unit, observed_at, received_at, source, entered_by)
        values (${r.caseId}::uuid, ${r.param}, ${r.loinc}, 'manual', ${r.value}, ${r.unit}, ${iso(r.observedAt)}::timestamptz,
          ${iso(r.receivedAt)}::timestamptz, 'manual', ${r.enteredBy}::uuid)
        returning id, case_id, device_id, param, channel, unit, observed_at, value
      ), minutes as (${foldIntoMinutes(sql`ins`)})
      select id::float8 as id from ins`,
  );
  return { id: Number(row!.id) };
}

/** Marks a reading as artefact (its value is kept, it counts no more) and recomputes its minute; null when it is not there. */
export async function markArtefact(
  db: Db,
  id: number,
  mark: { reason: string; by: string; at: Date },
): Promise<{ param: string; t: number } | null> {
  const [row] = await rows<{ param: string; t: number }>(
    db,
    sql`update observations set artefact = true, artefact_reason = ${mark.reason}, artefact_by = ${mark.by}::uuid,
        artefact_at = ${iso(mark.at)}::timestamptz
      where id = ${id}
      returning param, floor(date_part('epoch', observed_at) * 1000)::float8 as t`,
  );
  if (!row) return null;
  await recomputeMinuteOf(db, id);
  return { param: row.param, t: Number(row.t) };
}
