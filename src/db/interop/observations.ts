// What monitors send into the database: numerics (a repeated reading is ignored; each new one is
// folded into its minute of the chart's rollup in the same statement), waveforms and alarms.
// A case's readings are read by src/db/anesthesia/reading.repo.ts.
import { sql } from 'drizzle-orm';
import type { Alarm, Numeric, Waveform } from '../../domain/interop/extract';
import { foldIntoMinutes } from '../anesthesia/reading-minute.repo';
import type { Db } from '../client';
import { rows } from '../rows';

// The PACU's temperature and other readers of a case's readings (monitoring) import them from here.
export { caseObservations, type ObservationRow } from '../anesthesia/reading.repo';

export type DeviceReading = Numeric & { deviceId: string; caseId: string | null; receivedAt: Date };

/** A reading as stored, for what is derived from a case's readings on insert (times in epoch ms). */
export type StoredReading = {
  id: number;
  caseId: string | null;
  deviceId: string | null;
  param: string;
  channel: string;
  unit: string;
  t: number;
  value: number;
};

/**
 * Inserts device readings in one statement; a reading already stored changes nothing. Each new
 * reading is folded into its minute. Returns how many were new, and the new readings that are bound
 * to a case or come from one of `watched` (the monitors of rooms with a case in them).
 */
export async function insertDeviceReadings(
  db: Db,
  readings: DeviceReading[],
  watched: readonly string[] = [],
): Promise<{ inserted: number; owned: StoredReading[] }> {
  if (readings.length === 0) return { inserted: 0, owned: [] };
  const [r] = await rows<{ inserted: number; owned: StoredReading[] | null }>(
    db,
    // The batch travels as one JSON text, read by the database as rows: no per-value work here.
    sql`with ins as (
        insert into observations (case_id, device_id, param, loinc, channel, value, unit, observed_at,
          observed_at_raw, received_at, source)
        select r."caseId", r."deviceId", r.param, r.loinc, r.channel, r.value, r.unit, r."observedAt",
          r."timeRaw", r."receivedAt", 'device'
        from json_to_recordset(${JSON.stringify(readings)}::json) as r("caseId" uuid, "deviceId" uuid,
          param text, loinc text, channel text, value float8, unit text, "observedAt" timestamptz,
          "timeRaw" text, "receivedAt" timestamptz)
        on conflict (device_id, param, channel, observed_at) do nothing
        returning id, case_id, device_id, param, channel, unit, observed_at, value
      ), minutes as (${foldIntoMinutes(sql`ins`)})
      select (select count(*)::int from ins) as inserted,
        (select json_agg(json_build_object('id', id, 'caseId', case_id, 'deviceId', device_id, 'param', param,
            'channel', channel, 'unit', unit, 't', floor(date_part('epoch', observed_at) * 1000), 'value', value))
          from ins where case_id is not null or device_id = any(${sql.param([...watched])}::uuid[])) as owned`,
  );
  return { inserted: r!.inserted, owned: r!.owned ?? [] };
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
