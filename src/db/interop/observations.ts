// Vital-sign numerics: bulk insert that ignores repeated readings, and reads for the chart.
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Alarm, Numeric, Waveform } from '../../domain/interop/extract';
import { col, unnestInsert } from '../bulk';
import type { Db } from '../client';
import { observations } from '../schema';

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

export const caseObservations = (
  db: Db,
  caseId: string,
  from: Date | null,
  to: Date | null,
): Promise<ObservationRow[]> =>
  db
    .select()
    .from(observations)
    .where(
      and(
        eq(observations.caseId, caseId),
        from ? gte(observations.observedAt, from) : undefined,
        to ? lte(observations.observedAt, to) : undefined,
      ),
    )
    .orderBy(asc(observations.observedAt), asc(observations.param), asc(observations.channel))
    .limit(100_000);
