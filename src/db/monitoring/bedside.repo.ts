// What the monitor at a ward patient's bed has sent lately, to prefill an observation set.
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { rows } from '../rows';

/** The latest reading of each parameter since `since` from monitors at the case's ward bed. */
export const bedsideReadings = (db: Db, caseId: string, since: Date) =>
  rows<{ param: string; value: number; observed_at: string }>(
    db,
    sql`
      select distinct on (o.param) o.param, o.value, o.observed_at
      from surgical_cases c
      join admissions a on a.id = c.admission_id and a.discharged_at is null
      join beds b on b.id = a.bed_id
      join wards w on w.id = b.ward_id
      join devices d on d.place_kind = 'ward_bed' and d.place_code = w.code || '/' || b.code and d.active
      join observations o on o.device_id = d.id and o.observed_at >= ${since.toISOString()}::timestamptz and not o.artefact
      where c.id = ${caseId}::uuid
      order by o.param, o.observed_at desc`,
  );
