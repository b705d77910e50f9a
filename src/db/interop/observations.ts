// Vital-sign numerics: bulk insert that ignores repeated readings, and a case's readings read back
// as full rows (paged, for other systems) or as packed series (for the chart, alerts and print).
import { type SQL, sql } from 'drizzle-orm';
import { inTimeOrder, type ReadingSeries } from '../../domain/anesthesia/downsample';
import type { Alarm, Numeric, Waveform } from '../../domain/interop/extract';
import { col, unnestInsert } from '../bulk';
import type { Db } from '../client';
import { rows } from '../rows';
import type { observations } from '../schema';

export type DeviceReading = Numeric & { deviceId: string; caseId: string | null; receivedAt: Date };

const OBSERVATION_COLUMNS = [
  col<DeviceReading>('case_id', 'uuid', (r) => r.caseId),
  col<DeviceReading>('device_id', 'uuid', (r) => r.deviceId),
  col<DeviceReading>('param', 'text', (r) => r.param),
  col<DeviceReading>('loinc', 'text', (r) => r.loinc),
  col<DeviceReading>('channel', 'text', (r) => r.channel),
  col<DeviceReading>('value', 'float8', (r) => r.value),
  col<DeviceReading>('unit', 'text', (r) => r.unit),
  col<DeviceReading>('observed_at', 'timestamptz', (r) => r.observedAt),
  col<DeviceReading>('observed_at_raw', 'text', (r) => r.timeRaw),
  col<DeviceReading>('received_at', 'timestamptz', (r) => r.receivedAt),
  col<DeviceReading>('source', 'text', () => 'device'),
];

/** Inserts device readings in one statement; a reading already stored changes nothing. Returns how many were new. */
export async function insertDeviceReadings(db: Db, readings: DeviceReading[]): Promise<number> {
  if (readings.length === 0) return 0;
  const result = (await db.execute(
    unnestInsert(
      'observations',
      OBSERVATION_COLUMNS,
      readings,
      sql`on conflict (device_id, param, channel, observed_at) do nothing`,
    ),
  )) as unknown as { rowCount?: number; affectedRows?: number };
  return result.rowCount ?? result.affectedRows ?? 0;
}

export type DeviceWaveform = Waveform & { deviceId: string; caseId: string | null };

export async function insertWaveforms(db: Db, items: DeviceWaveform[]): Promise<void> {
  for (const w of items) {
    await db.execute(sql`
      insert into waveforms (case_id, device_id, code, channel, observed_at, sample_rate, resolution, samples)
      values (${w.caseId}, ${w.deviceId}, ${w.code}, ${w.channel}, ${w.observedAt.toISOString()}, ${w.sampleRate},
        ${w.resolution}, ${sql.param(w.samples)}::real[])
      on conflict (device_id, code, channel, observed_at) do nothing`);
  }
}

export type DeviceAlarm = Alarm & { deviceId: string; caseId: string | null };

export async function insertAlarms(db: Db, items: DeviceAlarm[]): Promise<void> {
  for (const a of items) {
    await db.execute(sql`
      insert into device_alarms (case_id, device_id, code, text, channel, observed_at)
      values (${a.caseId}, ${a.deviceId}, ${a.code}, ${a.text}, ${a.channel}, ${a.observedAt.toISOString()})
      on conflict (device_id, code, channel, observed_at) do nothing`);
  }
}

export type ObservationRow = typeof observations.$inferSelect;

export type ObservationFilter = {
  from?: Date | null;
  to?: Date | null;
  id?: number;
  param?: string;
  params?: readonly string[];
  /** Keyset: only readings after this one in (time, id) order. */
  after?: number;
  /** At most this many; without it, all of them. */
  limit?: number;
};

const filterSql = ({ from = null, to = null, id, param, params, after }: ObservationFilter): SQL => sql`
  ${from ? sql`and o.observed_at >= ${from.toISOString()}::timestamptz` : sql``}
  ${to ? sql`and o.observed_at <= ${to.toISOString()}::timestamptz` : sql``}
  ${id !== undefined ? sql`and o.id = ${id}` : sql``}
  ${param !== undefined ? sql`and o.param = ${param}` : sql``}
  ${params !== undefined ? sql`and o.param = any(${sql.param([...params])}::text[])` : sql``}
  ${after !== undefined ? sql`and (o.observed_at, o.id) > (select a.observed_at, a.id from observations a where a.id = ${after})` : sql``}`;

/**
 * The observations of a case: those bound to it (manual entries, a device bound by hand) and those
 * of its room's monitors from 入室 to 出室 (still open while the case is in the room). Each monitor
 * is read on its own (device_id, observed_at) index range; a page is cut in each part too, so no
 * part sorts more than it returns.
 */
const caseReadings = (caseId: string, columns: SQL, filter: ObservationFilter): SQL => {
  const page = filter.limit !== undefined ? sql`order by o.observed_at, o.id limit ${filter.limit}` : sql``;
  return sql`
  (select ${columns} from observations o where o.case_id = ${caseId}::uuid ${filterSql(filter)} ${page})
  union all
  (select ${columns} from surgical_cases c
    join devices d on d.place_kind = 'or_room' and d.place_code = c.or_room and d.override_case_id is null
    cross join lateral (
      select o.* from observations o
      where o.device_id = d.id and o.case_id is null
        and o.observed_at >= c.in_room_at and o.observed_at <= coalesce(c.out_of_room_at, 'infinity')
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

// One reading packed as PostgreSQL's float8send writes it (big-endian): time in epoch ms, value, id.
const PACKED = 24;

function unpack(
  bytes: Uint8Array,
  artefactIds: ReadonlySet<number>,
): Pick<ReadingSeries, 't' | 'value' | 'id' | 'artefact'> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = bytes.byteLength / PACKED;
  const out = {
    t: new Array<number>(count),
    value: new Array<number>(count),
    id: new Array<number>(count),
    artefact: new Array<boolean>(count),
  };
  for (let i = 0, at = 0; i < count; i++, at += PACKED) {
    out.t[i] = view.getFloat64(at);
    out.value[i] = view.getFloat64(at + 8);
    out.id[i] = view.getFloat64(at + 16);
    out.artefact[i] = artefactIds.size > 0 && artefactIds.has(out.id[i]!);
  }
  return out;
}

/**
 * Every reading of a case (filtered like `caseObservations`), one series per parameter, channel,
 * device and unit, as parallel arrays in (time, id) order: the whole of an 8-hour 1 Hz case travels
 * from the database as a few packed byte strings instead of 260,000 rows.
 */
export async function caseReadingSeries(
  db: Db,
  caseId: string,
  filter: Omit<ObservationFilter, 'after' | 'limit'> = {},
): Promise<ReadingSeries[]> {
  const list = await rows<{
    param: string;
    channel: string;
    deviceId: string | null;
    unit: string;
    packed: Uint8Array;
    artefacts: (number | string)[] | null;
  }>(
    db,
    // Artefact marks are rare: their ids come apart rather than a flag in every reading.
    sql`
      select r.param, r.channel, r.device_id as "deviceId", r.unit,
        string_agg(float8send(floor(date_part('epoch', r.observed_at) * 1000)) || float8send(r.value)
          || float8send(r.id::float8), ''::bytea) as packed,
        array_agg(r.id::float8) filter (where r.artefact) as artefacts
      from (${caseReadings(caseId, sql`o.id, o.param, o.channel, o.device_id, o.unit, o.observed_at, o.value, o.artefact`, filter)}) r
      group by r.param, r.channel, r.device_id, r.unit`,
  );
  const order = (s: Pick<ReadingSeries, 'param' | 'channel' | 'deviceId' | 'unit'>) =>
    `${s.param}|${s.channel}|${s.deviceId ?? ''}|${s.unit}`;
  return list
    .map(({ packed, artefacts, ...key }) =>
      inTimeOrder({ ...key, ...unpack(packed, new Set((artefacts ?? []).map(Number))) }),
    )
    .sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

export type RoomNow = {
  room: string;
  caseId: string | null;
  patientId: string | null;
  status: string | null;
  inRoomAt: Date | null;
  patientName: string | null;
  patientMrn: string | null;
  procedureText: string | null;
  wardId: string | null;
};

/** Each OR room with the case in it now (入室 … 出室), if any. */
export const roomsNow = (db: Db): Promise<RoomNow[]> =>
  rows<RoomNow>(
    db,
    sql`
      select r.code as room, c.id as "caseId", c.patient_id as "patientId", c.ward_id as "wardId", c.status, c.in_room_at as "inRoomAt", p.name as "patientName",
        p.mrn as "patientMrn", c.procedure_text as "procedureText"
      from or_rooms r
      left join lateral (
        select * from surgical_cases s
        where s.or_room = r.code and s.status in ('in_room', 'anesthesia_start', 'surgery_start', 'surgery_end', 'anesthesia_end')
        order by s.in_room_at desc nulls last limit 1
      ) c on true
      left join patients p on p.id = c.patient_id
      order by r.sort_order, r.code`,
  );
