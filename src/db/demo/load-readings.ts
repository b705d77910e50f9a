// Writes the demo's monitor history: the rooms' monitors' readings of their cases, then the chart's
// per-minute rollup rebuilt over them (reading-minute.repo.ts), and the readings entered by hand in PACU,
// each folded into its minute by the statement that inserts it.
import { sql } from 'drizzle-orm';
import { PARAMETERS } from '../../domain/interop/parameters';
import { foldIntoMinutes, rebuildReadingMinutes } from '../anesthesia/reading-minute.repo';
import { BATCH, bulkInsert, type Column, col, unnestInsert } from '../bulk';
import type { Db } from '../client';
import type { CaseFile } from './case-files';
import { MONITOR_CHANNELS, type MonitorReading } from './vitals';

/** The rooms' monitor readings of the cases, then their per-minute rollup rebuilt over the span. */
export async function writeReadings(
  db: Db,
  files: CaseFile[],
  rooms: ReadonlyMap<string, string>,
): Promise<number> {
  type R = MonitorReading & { deviceId: string };
  const list: R[] = [];
  for (const f of files) {
    const deviceId = rooms.get(f.c.orRoom);
    if (deviceId) for (const r of f.readings) list.push({ ...r, deviceId });
  }
  if (list.length === 0) return 0;
  await bulkInsert(
    db,
    'observations',
    [
      col<R>('device_id', 'uuid', (r) => r.deviceId),
      col<R>('param', 'text', (r) => r.param),
      col<R>('loinc', 'text', (r) => PARAMETERS[r.param].loinc),
      col<R>('channel', 'text', (r) => MONITOR_CHANNELS[r.param]),
      col<R>('value', 'float8', (r) => r.value),
      col<R>('unit', 'text', (r) => PARAMETERS[r.param].unit),
      col<R>('observed_at', 'timestamptz', (r) => new Date(r.t)),
      col<R>('received_at', 'timestamptz', (r) => new Date(r.t)),
      col<R>('source', 'text', () => 'device'),
    ],
    list,
  );
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const r of list) {
    if (r.t < from) from = r.t;
    if (r.t > to) to = r.t;
  }
  await rebuildReadingMinutes(db, {
    deviceIds: [...new Set(rooms.values())],
    from: new Date(from),
    to: new Date(to),
  });
  return list.length;
}

/** A reading entered by hand (the PACU nurse's temperature), bound to its case. */
export type ManualReading = { caseId: string; param: 'temp'; value: number; at: Date; enteredBy: string };

/** Readings entered by hand, bound to their case, each folded into its minute by the inserting statement. */
export async function writeManualReadings(db: Db, list: ManualReading[]): Promise<void> {
  type M = ManualReading;
  const spec: Column[] = [
    col<M>('case_id', 'uuid', (r) => r.caseId),
    col<M>('param', 'text', (r) => r.param),
    col<M>('loinc', 'text', (r) => PARAMETERS[r.param].loinc),
    col<M>('channel', 'text', () => 'manual'),
    col<M>('value', 'float8', (r) => r.value),
    col<M>('unit', 'text', (r) => PARAMETERS[r.param].unit),
    col<M>('observed_at', 'timestamptz', (r) => r.at),
    col<M>('received_at', 'timestamptz', (r) => r.at),
    col<M>('source', 'text', () => 'manual'),
    col<M>('entered_by', 'uuid', (r) => r.enteredBy),
  ];
  for (let start = 0; start < list.length; start += BATCH) {
    const insert = unnestInsert(
      'observations',
      spec,
      list.slice(start, start + BATCH),
      sql`returning id, case_id, device_id, param, channel, unit, observed_at, value`,
    );
    await db.execute(sql`with ins as (${insert}), minutes as (${foldIntoMinutes(sql`ins`)}) select 1`);
  }
}
