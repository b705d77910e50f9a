// The per-minute rollup of readings (reading_minutes): folded in by the statement that inserts the
// readings, rebuilt for readings loaded around the insert path, recomputed for a minute whose reading
// is marked artefact, and read back as spans for the chart (downsample.ts's buckets of whole minutes).
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rows } from '../rows';

/**
 * The statement folding readings into their minutes. `readings` is a relation (a CTE's name, or a
 * subquery) of valid readings with id, case_id, device_id, param, channel, unit, observed_at and value.
 * Extremes keep the earliest reading among equal values and `last` the latest, by (time, id), as
 * downsample() does; times are epoch ms as the case's series carry them.
 */
export const foldIntoMinutes = (readings: SQL): SQL => sql`
  insert into reading_minutes as m (device_id, case_id, minute, param, channel, unit, n, first_t,
    min, min_t, min_id, max, max_t, max_id, last, last_t, last_id)
  select device_id, case_id, minute, param, channel, unit, n, first_t::bigint,
    mn[1], mn[2]::bigint, mn[3]::bigint, -mx[1], mx[2]::bigint, mx[3]::bigint, ls[3], ls[1]::bigint, ls[2]::bigint
  from (
    select device_id, case_id, date_trunc('minute', observed_at) as minute, param, channel, unit,
      count(*)::int as n, min(t) as first_t,
      min(array[value, t, id::float8]) as mn, min(array[-value, t, id::float8]) as mx,
      max(array[t, id::float8, value]) as ls
    from (select r.*, floor(date_part('epoch', r.observed_at) * 1000) as t from ${readings} r) r
    group by device_id, case_id, date_trunc('minute', observed_at), param, channel, unit
  ) g
  on conflict (device_id, case_id, minute, param, channel, unit) do update set
    n = m.n + excluded.n,
    first_t = least(m.first_t, excluded.first_t),
    min = case when (excluded.min, excluded.min_t, excluded.min_id) < (m.min, m.min_t, m.min_id) then excluded.min else m.min end,
    min_t = case when (excluded.min, excluded.min_t, excluded.min_id) < (m.min, m.min_t, m.min_id) then excluded.min_t else m.min_t end,
    min_id = case when (excluded.min, excluded.min_t, excluded.min_id) < (m.min, m.min_t, m.min_id) then excluded.min_id else m.min_id end,
    max = case when (-excluded.max, excluded.max_t, excluded.max_id) < (-m.max, m.max_t, m.max_id) then excluded.max else m.max end,
    max_t = case when (-excluded.max, excluded.max_t, excluded.max_id) < (-m.max, m.max_t, m.max_id) then excluded.max_t else m.max_t end,
    max_id = case when (-excluded.max, excluded.max_t, excluded.max_id) < (-m.max, m.max_t, m.max_id) then excluded.max_id else m.max_id end,
    last = case when (excluded.last_t, excluded.last_id) > (m.last_t, m.last_id) then excluded.last else m.last end,
    last_t = greatest(m.last_t, excluded.last_t),
    last_id = case when (excluded.last_t, excluded.last_id) > (m.last_t, m.last_id) then excluded.last_id else m.last_id end`;

/**
 * Rebuilds the minutes of some monitors over [from, to] from their stored readings — for readings
 * loaded in bulk (a history import, a benchmark's seed) rather than through the ingest.
 */
export async function rebuildReadingMinutes(
  db: Db,
  o: { deviceIds: readonly string[]; from: Date; to: Date },
): Promise<void> {
  const from = sql`date_trunc('minute', ${o.from.toISOString()}::timestamptz)`;
  const to = sql`date_trunc('minute', ${o.to.toISOString()}::timestamptz) + interval '1 minute'`;
  const devices = sql`${sql.param([...o.deviceIds])}::uuid[]`;
  await db.execute(
    sql`delete from reading_minutes where device_id = any(${devices}) and minute >= ${from} and minute < ${to}`,
  );
  await db.execute(
    foldIntoMinutes(sql`(select * from observations where device_id = any(${devices})
      and observed_at >= ${from} and observed_at < ${to} and not artefact)`),
  );
}

/** A reading's minute computed again from its valid readings (after it was marked artefact). */
export async function recomputeMinuteOf(db: Db, observationId: number): Promise<void> {
  const [k] = await rows<{
    deviceId: string | null;
    caseId: string | null;
    minute: string;
    param: string;
    channel: string;
    unit: string;
  }>(
    db,
    sql`select device_id as "deviceId", case_id as "caseId", date_trunc('minute', observed_at)::text as minute,
      param, channel, unit from observations where id = ${observationId}`,
  );
  if (!k) return;
  // Equality where a key part is present, so that each statement stays on its index.
  const same = (column: string, value: string | null) =>
    value === null ? sql`${sql.raw(column)} is null` : sql`${sql.raw(column)} = ${value}::uuid`;
  const minute = sql`${k.minute}::timestamptz`;
  await db.execute(sql`
    delete from reading_minutes where ${same('device_id', k.deviceId)} and ${same('case_id', k.caseId)}
      and minute = ${minute} and param = ${k.param} and channel = ${k.channel} and unit = ${k.unit}`);
  await db.execute(
    foldIntoMinutes(sql`(select * from observations where ${same('device_id', k.deviceId)}
      and ${same('case_id', k.caseId)} and observed_at >= ${minute} and observed_at < ${minute} + interval '1 minute'
      and param = ${k.param} and channel = ${k.channel} and unit = ${k.unit} and not artefact)`),
  );
}
