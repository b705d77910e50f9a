// Writes the demo bed pool (bed-pool.ts): rooms, the beds' rooms, extra beds, a bed closed for repair; then,
// with the patients and admissions in place, one bed stay per admission and the waiting list.
import { sql } from 'drizzle-orm';
import { bulkInsert, col } from '../bulk';
import type { Db } from '../client';
import { newId } from '../ids';
import type { DemoBedPool, DemoBedRequest, DemoBedRoom, DemoExtraBed, DemoStay } from './bed-pool';
import type { DemoBed } from './department';

export async function seedBedPool(tx: Db, pool: DemoBedPool, now: Date): Promise<void> {
  await bulkInsert(
    tx,
    'bed_rooms',
    [
      col<DemoBedRoom>('id', 'uuid', (r) => r.id),
      col<DemoBedRoom>('ward_id', 'uuid', (r) => r.wardId),
      col<DemoBedRoom>('code', 'text', (r) => r.code),
      col<DemoBedRoom>('sex', 'text', (r) => r.sex),
      col<DemoBedRoom>('isolation_capable', 'boolean', (r) => r.isolationCapable),
      col<DemoBedRoom>('monitored', 'boolean', (r) => r.monitored),
    ],
    pool.rooms,
  );
  await bulkInsert(
    tx,
    'beds',
    [
      col<DemoBed>('id', 'uuid', (b) => b.id),
      col<DemoBed>('ward_id', 'uuid', (b) => b.wardId),
      col<DemoBed>('code', 'text', (b) => b.code),
    ],
    pool.addedBeds,
  );
  const bedIds = [...pool.roomOf.keys()];
  await tx.execute(sql`
    update beds set room_id = r.room
    from unnest(${sql.param(bedIds)}::uuid[], ${sql.param(bedIds.map((id) => pool.roomOf.get(id)))}::uuid[]) as r(bed, room)
    where beds.id = r.bed`);
  // Extra beds stand in the ward's last room (the corridor has no room).
  const lastRoom = new Map(pool.rooms.filter((r) => r.code === '10').map((r) => [r.wardId, r.id]));
  await bulkInsert(
    tx,
    'beds',
    [
      col<DemoExtraBed>('id', 'uuid', (b) => b.id),
      col<DemoExtraBed>('ward_id', 'uuid', (b) => b.wardId),
      col<DemoExtraBed>('code', 'text', (b) => b.code),
      col<DemoExtraBed>('room_id', 'uuid', (b) => lastRoom.get(b.wardId) ?? null),
      col<DemoExtraBed>('extra', 'boolean', () => true),
      col<DemoExtraBed>('placed_on', 'date', (b) => b.placedOn),
    ],
    pool.extraBeds,
  );
  // No open-bed periods are entered: each ward's active regular beds count as always open (the rule of the
  // bed statistics and the QC KPIs for a ward without any), and a history file's wards.csv can set the past.
  if (pool.closedBedId) {
    await tx.execute(sql`update beds set state = 'closed' where id = ${pool.closedBedId}`);
    await tx.execute(sql`
      insert into bed_state_events (id, bed_id, state, closure_reason, reopens_on, note, at, recorded_at)
      values (${newId()}, ${pool.closedBedId}, 'closed', 'minor_repair',
              ${new Date(now.getTime() + 3 * 86_400_000).toISOString().slice(0, 10)}, '床头供氧装置维修',
              ${new Date(now.getTime() - 86_400_000).toISOString()}, ${now.toISOString()})`);
  }
}

export async function seedBedStays(tx: Db, pool: DemoBedPool, nurseId: string): Promise<void> {
  await bulkInsert(
    tx,
    'bed_stays',
    [
      col<DemoStay>('id', 'uuid', (s) => s.id),
      col<DemoStay>('admission_id', 'uuid', (s) => s.admissionId),
      col<DemoStay>('patient_id', 'uuid', (s) => s.patientId),
      col<DemoStay>('ward_id', 'uuid', (s) => s.wardId),
      col<DemoStay>('bed_id', 'uuid', (s) => s.bedId),
      col<DemoStay>('temporary', 'boolean', (s) => s.temporary),
      col<DemoStay>('from_at', 'timestamptz', (s) => s.fromAt),
      col<DemoStay>('to_at', 'timestamptz', (s) => s.toAt),
      col<DemoStay>('cause', 'text', () => 'admit'),
      col<DemoStay>('recorded_at', 'timestamptz', (s) => s.fromAt),
      col<DemoStay>('recorded_by', 'uuid', () => nurseId),
    ],
    pool.stays,
  );
  type R = DemoBedRequest;
  await bulkInsert(
    tx,
    'bed_requests',
    [
      col<R>('id', 'uuid', (r) => r.id),
      col<R>('patient_id', 'uuid', (r) => r.patientId),
      col<R>('case_id', 'uuid', (r) => r.caseId),
      col<R>('planned_admission_on', 'date', (r) => r.plannedAdmissionOn),
      col<R>('planned_surgery_on', 'date', (r) => r.plannedSurgeryOn),
      col<R>('procedure_name', 'text', (r) => r.procedureName),
      col<R>('procedure_grade', 'smallint', (r) => r.procedureGrade),
      col<R>('isolation', 'boolean', (r) => r.isolation),
      col<R>('needs_monitored', 'boolean', (r) => r.needsMonitored),
      col<R>('monitored_days', 'smallint', (r) => r.monitoredDays),
      col<R>('requested_ward_id', 'uuid', (r) => r.requestedWardId),
      col<R>('priority', 'text', (r) => r.priority),
      col<R>('expected_los', 'smallint', (r) => r.expectedLos),
      col<R>('los_source', 'text', () => 'entered'),
    ],
    pool.requests,
  );
}
