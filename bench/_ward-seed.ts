// Seeding for the early-warning benchmark: wards, their nurses, and inpatients with four-hourly
// observation sets scored with the product's NEWS2, written with unnest and COPY.

import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import { from as copyFrom } from 'pg-copy-streams';
import { bulkInsert, col } from '../src/db/bulk';
import type { Database, Db } from '../src/db/client';
import { newId } from '../src/db/ids';
import { hashPassword } from '../src/db/platform/password';
import { rows } from '../src/db/rows';
import { users } from '../src/db/schema';
import { seededRandom } from '../src/domain/common/random';
import { responseFor } from '../src/domain/monitoring/escalation';
import { type MonitoringFrequency, type News2Band, type News2Input, news2 } from '../src/domain/scores/news2';

const HOUR = 3_600_000;

// Seeded, so every run charts the same patients.
const rng = seededRandom;

/** A bedside set whose physiology worsens with `severity` (0 well … 1 NEWS2 ≥ 7), as the API stores it. */
function vitals(rand: () => number, severity: number) {
  return {
    respirationRate: Math.round(14 + rand() * 5 + severity * 12),
    spo2: Math.round(98 - rand() * 2 - severity * 8),
    onOxygen: severity > 0.5,
    systolicBp: Math.round(128 - rand() * 14 - severity * 35),
    pulse: Math.round(70 + rand() * 16 + severity * 45),
    consciousness: 'A' as const,
    temperature: Math.round((36.5 + rand() * 0.7 + severity * 0.6) * 10) / 10,
    spo2Scale: 1 as const,
  };
}

/** NEWS2 and the response exactly as POST /observation-sets derives them. */
export function score(values: News2Input, takenAt: number) {
  const result = news2.compute(
    Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined)) as News2Input,
  );
  if (result.status !== 'complete') return { result, response: null, nextDueAt: null };
  const response = responseFor(
    result.band as News2Band,
    result.details!.monitoringFrequency as MonitoringFrequency,
  );
  return { result, response, nextDueAt: takenAt + response.dueMinutes * 60_000 };
}

const csv = (s: string) => `"${s.replaceAll('"', '""')}"`;
const SET_COLUMNS =
  'id, case_id, patient_id, ward_id, taken_at, values, complete, total, band, red_score, scale, result, next_due_at, entered_by, entered_at';

type Seeded = { wardId: string; nurseId: string; patientId: string; caseId: string };

export type SeedOptions = {
  patients: number;
  bedsPerWard: number;
  setsPerPatient: number;
  /** The password of every ward's nurse account, `ew_nurse_<ward code>`. */
  password: string;
  now: number;
};

/** Wards of `bedsPerWard` beds, one nurse account per ward, and an inpatient in every bed with their sets. */
export async function seedWards(
  database: Database,
  o: SeedOptions,
): Promise<{ sets: number; alerts: number }> {
  const { patients, bedsPerWard, setsPerPatient, now } = o;
  const rand = rng(20261122);
  const wardCount = Math.ceil(patients / bedsPerWard);
  const hash = await hashPassword(o.password);
  const wards = Array.from({ length: wardCount }, (_, w) => ({
    id: newId(),
    code: `EW${String(w + 1).padStart(3, '0')}`,
    nurseId: newId(),
  }));
  const db = database.db;
  await db.insert(users).values(
    wards.map((w) => ({
      id: w.nurseId,
      username: `ew_nurse_${w.code}`,
      displayName: `${w.code} 护士`,
      role: 'nurse' as const,
      wardIds: [w.id],
      passwordHash: hash,
    })),
  );
  type W = (typeof wards)[number];
  await bulkInsert(
    db,
    'wards',
    [
      col<W>('id', 'uuid', (w) => w.id),
      col<W>('code', 'text', (w) => w.code),
      col<W>('name', 'text', (w) => w.code),
    ],
    wards,
  );
  const people = Array.from({ length: patients }, (_, i) => ({
    i,
    ward: wards[Math.floor(i / bedsPerWard)]!,
    bedId: newId(),
    patientId: newId(),
    admissionId: newId(),
    caseId: newId(),
  }));
  type P = (typeof people)[number];
  const at = (h: number) => new Date(now - h * HOUR);
  const stayHours = setsPerPatient * 4 + 6;
  await bulkInsert(
    db,
    'beds',
    [
      col<P>('id', 'uuid', (p) => p.bedId),
      col<P>('ward_id', 'uuid', (p) => p.ward.id),
      col<P>('code', 'text', (p) => String((p.i % bedsPerWard) + 1)),
    ],
    people,
  );
  await bulkInsert(
    db,
    'patients',
    [
      col<P>('id', 'uuid', (p) => p.patientId),
      col<P>('mrn', 'text', (p) => `EW${String(p.i).padStart(7, '0')}`),
      col<P>('name', 'text', (p) => `预警${p.i}`),
      col<P>('name_initials', 'text', () => 'yj'),
      col<P>('name_pinyin', 'text', () => 'yujing'),
      col<P>('sex', 'text', (p) => (p.i % 2 ? 'male' : 'female')),
      col<P>('birth_date', 'date', (p) => `19${40 + (p.i % 50)}-0${1 + (p.i % 9)}-15`),
    ],
    people,
  );
  await bulkInsert(
    db,
    'admissions',
    [
      col<P>('id', 'uuid', (p) => p.admissionId),
      col<P>('patient_id', 'uuid', (p) => p.patientId),
      col<P>('ward_id', 'uuid', (p) => p.ward.id),
      col<P>('bed_id', 'uuid', (p) => p.bedId),
      col<P>('admitted_at', 'timestamptz', () => at(stayHours + 24)),
      col<P>('attending_doctor', 'text', () => '基准医生'),
    ],
    people,
  );
  await bulkInsert(
    db,
    'surgical_cases',
    [
      col<P>('id', 'uuid', (p) => p.caseId),
      col<P>('patient_id', 'uuid', (p) => p.patientId),
      col<P>('admission_id', 'uuid', (p) => p.admissionId),
      col<P>('ward_id', 'uuid', (p) => p.ward.id),
      col<P>('diagnosis_code', 'text', () => 'C34.900'),
      col<P>('diagnosis_text', 'text', () => '肺恶性肿瘤'),
      col<P>('procedure_code', 'text', () => '32.4101'),
      col<P>('procedure_text', 'text', () => '胸腔镜肺叶切除术'),
      col<P>('grade', 'smallint', () => 3),
      col<P>('approach', 'text', () => 'vats'),
      col<P>('urgency', 'text', () => 'elective'),
      col<P>('planned_anesthesia', 'text', () => 'general_tube'),
      col<P>('or_room', 'text', () => 'OR-01'),
      col<P>('scheduled_start', 'timestamptz', () => at(stayHours + 4)),
      col<P>('surgeon', 'text', () => '基准外科'),
      col<P>('status', 'text', () => 'ward'),
      col<P>('anesthesia_end_at', 'timestamptz', () => at(stayHours)),
      col<P>('out_of_room_at', 'timestamptz', () => at(stayHours - 0.2)),
      col<P>('destination', 'text', () => 'ward'),
      col<P>('destination_at', 'timestamptz', () => at(stayHours - 0.3)),
    ],
    people,
  );

  // Most patients stay well, some wobble, one in twenty deteriorates over the last three sets. The
  // last set is 0–5 h old, so the hourly and some four-hourly patients are overdue.
  const alerts: (Seeded & { setId: string; type: string; raisedAt: Date })[] = [];
  let sets = 0;
  function* chunks(): Generator<string> {
    const lines: string[] = [];
    for (const p of people) {
      const draw = rand();
      const profile = draw < 0.8 ? 'well' : draw < 0.95 ? 'wobbly' : 'deteriorating';
      const last = now - rand() * 5 * HOUR;
      for (let k = setsPerPatient - 1; k >= 0; k--) {
        const takenAt = last - k * 4 * HOUR;
        const severity =
          profile === 'deteriorating' && k < 3
            ? 0.55 + (3 - k) * 0.15
            : profile === 'well'
              ? rand() * 0.12
              : 0.12 + rand() * 0.3;
        const v = vitals(rand, severity);
        const { result, response, nextDueAt } = score(v, takenAt);
        if (result.status !== 'complete' || !response) throw new Error('seeded set incomplete');
        const id = newId();
        const iso = new Date(takenAt).toISOString();
        lines.push(
          [
            id,
            p.caseId,
            p.patientId,
            p.ward.id,
            iso,
            csv(JSON.stringify(v)),
            't',
            result.total,
            result.band,
            result.details!.redScore === true ? 't' : 'f',
            1,
            csv(JSON.stringify(result)),
            new Date(nextDueAt!).toISOString(),
            p.ward.nurseId,
            iso,
          ].join(','),
        );
        sets++;
        // Only the latest set's alert is still open; earlier ones were handled at the time (as the demo).
        if (k === 0 && response.alert)
          alerts.push({
            wardId: p.ward.id,
            nurseId: p.ward.nurseId,
            patientId: p.patientId,
            caseId: p.caseId,
            setId: id,
            type: response.alert,
            raisedAt: new Date(takenAt),
          });
      }
      if (lines.length >= 10_000) yield `${lines.splice(0).join('\n')}\n`;
    }
    if (lines.length) yield `${lines.join('\n')}\n`;
  }
  const copy = `copy observation_sets (${SET_COLUMNS}) from STDIN with (format csv)`;
  if (database.driver.kind === 'postgresql') {
    const client = await database.driver.pool.connect();
    try {
      await pipeline(Readable.from(chunks()), client.query(copyFrom(copy)));
    } finally {
      client.release();
    }
  } else {
    for (const chunk of chunks())
      await database.driver.client.query(copy.replace('STDIN', `'/dev/blob'`), [], {
        blob: new Blob([chunk]),
      });
  }
  type A = (typeof alerts)[number];
  await bulkInsert(
    db,
    'ews_alerts',
    [
      col<A>('id', 'uuid', () => newId()),
      col<A>('case_id', 'uuid', (a) => a.caseId),
      col<A>('patient_id', 'uuid', (a) => a.patientId),
      col<A>('ward_id', 'uuid', (a) => a.wardId),
      col<A>('set_id', 'uuid', (a) => a.setId),
      col<A>('type', 'text', (a) => a.type),
      col<A>('raised_at', 'timestamptz', (a) => a.raisedAt),
    ],
    alerts,
  );
  await db.execute(sql`analyze`);
  return { sets, alerts: alerts.length };
}

export type Ward = { id: string; username: string; cases: string[] };

/** The seeded wards with their nurse's username and open cases. */
export async function wardLayout(db: Db): Promise<Ward[]> {
  const wards = await rows<{ id: string; username: string }>(
    db,
    sql`select w.id, u.username from wards w join users u on u.ward_ids = array[w.id] where w.code like 'EW%' order by w.code`,
  );
  const cases = await rows<{ id: string; ward_id: string }>(
    db,
    sql`select id, ward_id from surgical_cases where status = 'ward' order by id`,
  );
  const byWard = new Map(wards.map((w) => [w.id, { ...w, cases: [] as string[] }]));
  for (const c of cases) byWard.get(c.ward_id)?.cases.push(c.id);
  return [...byWard.values()];
}
