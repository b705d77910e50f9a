// Vital-sign numerics: bulk insert that ignores repeated readings, and reads for the chart.
import { sql } from 'drizzle-orm';
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

/**
 * The observations of a case: those bound to it (manual entries, a device bound by hand) and those
 * of its room's monitors from 入室 to 出室 (still open while the case is in the room).
 */
export type ObservationFilter = {
  from?: Date | null;
  to?: Date | null;
  id?: number;
  param?: string;
  limit?: number;
};

export const caseObservations = (
  db: Db,
  caseId: string,
  { from = null, to = null, id, param, limit = 100_000 }: ObservationFilter = {},
): Promise<ObservationRow[]> =>
  rows<ObservationRow>(
    db,
    sql`
      select o.id, o.case_id as "caseId", o.device_id as "deviceId", o.param, o.loinc, o.channel, o.value, o.unit,
        o.observed_at as "observedAt", o.observed_at_raw as "observedAtRaw", o.received_at as "receivedAt",
        o.source, o.entered_by as "enteredBy", o.artefact, o.artefact_reason as "artefactReason",
        o.artefact_by as "artefactBy", o.artefact_at as "artefactAt"
      from observations o
      where (
        o.case_id = ${caseId}::uuid
        or o.device_id in (
          select d.id from devices d join surgical_cases c on c.or_room = d.place_code
          where c.id = ${caseId}::uuid and d.place_kind = 'or_room' and d.override_case_id is null
        ) and o.case_id is null and o.observed_at >= (select in_room_at from surgical_cases where id = ${caseId}::uuid)
          and o.observed_at <= coalesce((select out_of_room_at from surgical_cases where id = ${caseId}::uuid), 'infinity')
      )
      ${from ? sql`and o.observed_at >= ${from.toISOString()}::timestamptz` : sql``}
      ${to ? sql`and o.observed_at <= ${to.toISOString()}::timestamptz` : sql``}
      ${id !== undefined ? sql`and o.id = ${id}` : sql``}
      ${param !== undefined ? sql`and o.param = ${param}` : sql``}
      order by o.observed_at, o.param, o.channel
      limit ${limit}`,
  ).then((list) =>
    list.map((r) => ({
      ...r,
      observedAt: new Date(r.observedAt),
      receivedAt: new Date(r.receivedAt),
      artefactAt: r.artefactAt ? new Date(r.artefactAt) : null,
    })),
  );

export type RoomNow = {
  room: string;
  caseId: string | null;
  patientId: string | null;
  status: string | null;
  inRoomAt: Date | null;
  patientName: string | null;
  patientMrn: string | null;
  procedureText: string | null;
};

/** Each OR room with the case in it now (入室 … 出室), if any. */
export const roomsNow = (db: Db): Promise<RoomNow[]> =>
  rows<RoomNow>(
    db,
    sql`
      select r.code as room, c.id as "caseId", c.patient_id as "patientId", c.status, c.in_room_at as "inRoomAt", p.name as "patientName",
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
