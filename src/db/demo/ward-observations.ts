// Demo ward observations: each patient back on the ward after surgery gets NEWS2 sets every 4 hours
// since the operation, mostly low with a few deteriorations, so the ward board shows real trends and
// open alerts from the first start. Scored with the same NEWS2 code the server uses.
import { sql } from 'drizzle-orm';
import { responseFor } from '../../domain/monitoring/escalation';
import { getInstrument } from '../../domain/scores/index';
import type { MonitoringFrequency, News2Band } from '../../domain/scores/news2';
import { bulkInsert, col } from '../bulk';
import type { Db } from '../client';
import { newId } from '../ids';
import { rows } from '../rows';

type Vitals = {
  respirationRate: number;
  spo2: number;
  spo2Scale: 1;
  onOxygen: boolean;
  systolicBp: number;
  pulse: number;
  consciousness: 'A' | 'C';
  temperature: number;
};

/** Deterministic noise from a string seed, in [0, 1). */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

function vitals(seed: string, deteriorating: boolean, step: number, steps: number): Vitals {
  const r = (k: string) => hash(`${seed}:${step}:${k}`);
  const worse = deteriorating && step >= steps - 3 ? ((step - (steps - 4)) / 3) * 0.6 : 0; // the last sets worsen
  return {
    respirationRate: Math.round(15 + r('rr') * 4 + worse * 8),
    spo2: Math.round(97 - r('spo2') * 2 - worse * 5),
    spo2Scale: 1,
    onOxygen: worse >= 0.6,
    systolicBp: Math.round(125 - r('sbp') * 15 - worse * 25),
    pulse: Math.round(72 + r('hr') * 15 + worse * 30),
    consciousness: 'A',
    temperature: Math.round((36.6 + r('t') * 0.8 + worse * 1.2) * 10) / 10,
  };
}

export async function seedWardObservations(db: Db, nurseId: string, now: Date): Promise<number> {
  const cases = await rows<{ case_id: string; patient_id: string; ward_id: string | null; since: string }>(
    db,
    sql`
      select c.id as case_id, c.patient_id, a.ward_id, coalesce(c.pacu_out_at, c.out_of_room_at, c.anesthesia_end_at) as since
      from surgical_cases c join admissions a on a.id = c.admission_id and a.discharged_at is null
      where c.status in ('ward', 'icu') and coalesce(c.pacu_out_at, c.out_of_room_at, c.anesthesia_end_at) is not null`,
  );
  const sets: Record<string, unknown>[] = [];
  const alerts: Record<string, unknown>[] = [];
  const news2 = getInstrument('news2')!;
  for (const c of cases) {
    const start = Date.parse(c.since);
    const steps = Math.min(18, Math.floor((now.getTime() - start) / (4 * 3_600_000)));
    const deteriorating = hash(c.case_id) < 0.08;
    for (let k = 1; k <= steps; k++) {
      const takenAt = new Date(start + k * 4 * 3_600_000);
      const v = vitals(c.case_id, deteriorating, k, steps);
      const result = news2.compute(v);
      if (result.status !== 'complete') continue;
      const response = responseFor(
        result.band as News2Band,
        result.details!.monitoringFrequency as MonitoringFrequency,
      );
      const id = newId();
      sets.push({
        id,
        case_id: c.case_id,
        patient_id: c.patient_id,
        ward_id: c.ward_id,
        taken_at: takenAt,
        values: JSON.stringify(v),
        complete: true,
        total: result.total,
        band: result.band,
        red_score: result.details!.redScore === true,
        result: JSON.stringify(result),
        next_due_at: new Date(takenAt.getTime() + response.dueMinutes * 60_000),
        entered_by: nurseId,
        entered_at: takenAt,
      });
      // Only the latest set's alert is still open; earlier ones were handled at the time.
      if (response.alert && k === steps)
        alerts.push({
          id: newId(),
          case_id: c.case_id,
          patient_id: c.patient_id,
          ward_id: c.ward_id,
          set_id: id,
          type: response.alert,
          raised_at: takenAt,
        });
    }
  }
  type S = Record<string, unknown>;
  await bulkInsert(
    db,
    'observation_sets',
    [
      'id:uuid',
      'case_id:uuid',
      'patient_id:uuid',
      'ward_id:uuid',
      'taken_at:timestamptz',
      'values:jsonb',
      'complete:bool',
      'total:int',
      'band:text',
      'red_score:bool',
      'result:jsonb',
      'next_due_at:timestamptz',
      'entered_by:uuid',
      'entered_at:timestamptz',
    ].map((d) => {
      const [name, type] = d.split(':') as [string, string];
      return col<S>(name, type, (r) => r[name]);
    }),
    sets,
  );
  await bulkInsert(
    db,
    'ews_alerts',
    [
      'id:uuid',
      'case_id:uuid',
      'patient_id:uuid',
      'ward_id:uuid',
      'set_id:uuid',
      'type:text',
      'raised_at:timestamptz',
    ].map((d) => {
      const [name, type] = d.split(':') as [string, string];
      return col<S>(name, type, (r) => r[name]);
    }),
    alerts,
  );
  return sets.length;
}
