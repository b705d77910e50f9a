// The record benchmark's department: N rooms, each with its running case and its monitor, and the
// monitors' 1 Hz readings exactly as the ingest would store them (with the chart's per-minute rollup).

import { sql } from 'drizzle-orm';
import { forgetDerivations } from '../src/db/anesthesia/intraop.repo';
import { rebuildReadingMinutes } from '../src/db/anesthesia/reading-minute.repo';
import { bulkInsert, col } from '../src/db/bulk';
import type { Database } from '../src/db/client';
import { newId } from '../src/db/ids';
import { hashPassword } from '../src/db/platform/password';
import { devices, orRooms, patients, surgicalCases, users, wards } from '../src/db/schema';
import { extractObservations } from '../src/domain/interop/extract';
import { deviceMessage, type SimDevice } from '../src/server/interop/simulator/messages';
import { vitalsAt } from '../src/server/interop/simulator/physiology';

export const PASSWORD = 'Bench@Periop2026';
const HOUR = 3_600_000;
const ZONE = 'Asia/Shanghai';

export type Department = { monitors: SimDevice[]; caseIds: string[]; deviceIds: string[] };

/** The department: rooms, users, one running case per room, each room's monitor. */
export async function seedDepartment(db: Database['db'], dept: Department, inRoomAt: Date) {
  const { monitors, caseIds, deviceIds } = dept;
  const wardId = newId();
  await db.insert(wards).values({ id: wardId, code: 'B1', name: 'bench ward' });
  await db
    .insert(orRooms)
    .values(monitors.map((m, i) => ({ code: m.room, name: `room ${i + 1}`, sortOrder: i + 1 })));
  const passwordHash = await hashPassword(PASSWORD);
  await db.insert(users).values(
    (['anesthesiologist', 'nurse'] as const).map((role) => ({
      id: newId(),
      username: `bench-${role}`,
      displayName: `bench ${role}`,
      role,
      allWards: true,
      passwordHash,
    })),
  );
  const patientIds = monitors.map(() => newId());
  await db.insert(patients).values(
    patientIds.map((id, i) => ({
      id,
      mrn: `BENCH${String(i + 1).padStart(4, '0')}`,
      name: `Bench Patient ${i + 1}`,
      nameInitials: 'BP',
      namePinyin: 'bench',
      sex: 'female',
      birthDate: '1960-01-01',
    })),
  );
  await db.insert(surgicalCases).values(
    monitors.map((m, i) => ({
      id: caseIds[i]!,
      patientId: patientIds[i]!,
      diagnosisCode: 'C15.400',
      diagnosisText: 'esophageal cancer',
      procedureCode: '42.4101',
      procedureText: 'esophagectomy',
      grade: 4,
      approach: 'vats',
      urgency: 'elective',
      plannedAnesthesia: 'general_tube',
      orRoom: m.room,
      scheduledStart: inRoomAt,
      surgeon: 'surgeon',
      anesthesiologists: ['anesthesiologist'],
      status: 'surgery_start' as const,
      inRoomAt,
      anesthesiaStartAt: new Date(inRoomAt.getTime() + 10 * 60_000),
      surgeryStartAt: new Date(inRoomAt.getTime() + 40 * 60_000),
    })),
  );
  await db.insert(devices).values(
    monitors.map((m, i) => ({
      id: deviceIds[i]!,
      vendor: 'mindray' as const,
      model: 'bench',
      identifier: m.identifier,
      placeKind: 'or_room' as const,
      placeCode: m.room,
    })),
  );
}

type Seed = {
  device: string;
  param: string;
  loinc: string;
  channel: string;
  value: number;
  unit: string;
  at: Date;
};

/** Every room's 1 Hz readings in [from, to), exactly as the ingest would store them. */
export async function seedReadings(db: Database['db'], dept: Department, from: number, to: number) {
  const { monitors, deviceIds } = dept;
  const t0 = performance.now();
  let n = 0;
  for (const [i, m] of monitors.entries()) {
    for (let start = from; start < to; start += HOUR) {
      const batch: Seed[] = [];
      for (let t = start; t < Math.min(to, start + HOUR); t += 1000) {
        const e = extractObservations(deviceMessage(m, vitalsAt(t / 1000, i + 1), new Date(t), t / 1000), {
          siteZone: ZONE,
          receivedAt: new Date(t),
        });
        if (!e.ok) throw new Error(e.reason);
        for (const o of e.numerics) batch.push({ device: deviceIds[i]!, ...o, at: o.observedAt });
      }
      await bulkInsert(
        db,
        'observations',
        [
          col<Seed>('device_id', 'uuid', (r) => r.device),
          col<Seed>('param', 'text', (r) => r.param),
          col<Seed>('loinc', 'text', (r) => r.loinc),
          col<Seed>('channel', 'text', (r) => r.channel),
          col<Seed>('value', 'float8', (r) => r.value),
          col<Seed>('unit', 'text', (r) => r.unit),
          col<Seed>('observed_at', 'timestamptz', (r) => r.at),
          col<Seed>('received_at', 'timestamptz', (r) => r.at),
          col<Seed>('source', 'text', () => 'device'),
        ],
        batch,
      );
      n += batch.length;
    }
  }
  // What the ingest derives as it stores readings, made good for those loaded around it: the chart's
  // minutes rebuilt, the cases' alerts and exposure derived whole by their next read.
  await rebuildReadingMinutes(db, { deviceIds, from: new Date(from), to: new Date(to) });
  await forgetDerivations(db, dept.caseIds);
  // As after any bulk load: the planner's statistics brought up to date.
  await db.execute(sql`analyze`);
  return { readings: n, seconds: (performance.now() - t0) / 1000 };
}
