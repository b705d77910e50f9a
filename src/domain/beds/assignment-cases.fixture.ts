// Small hand-made departments for the assignment unit tests: terse builders with neutral defaults (mixed
// rooms, no isolation, no monitoring, free beds, a 14-day horizon from 2026-03-02).
import type { Bed, BedStatus, DepartmentSnapshot, Room, Sex, WaitingPatient, Ward } from './assignment-types';

export const HORIZON = { from: '2026-03-02', to: '2026-03-15' } as const;

export const WARD_A: Ward = { code: 'A', name: 'Thoracic Ward 1', nameZh: '胸外一病区', staffingLimit: null };
export const WARD_B: Ward = { code: 'B', name: 'Thoracic Ward 2', nameZh: '胸外二病区', staffingLimit: null };

export const room = (ward: string, code: string, extra: Partial<Room> = {}): Room => ({
  ward,
  code,
  sex: 'mixed',
  isolationCapable: false,
  monitored: false,
  ...extra,
});

export const bed = (
  ward: string,
  roomCode: string,
  code: string,
  status: BedStatus = { kind: 'free' },
): Bed => ({
  id: `${ward}-${code}`,
  ward,
  room: roomCode,
  code,
  status,
});

/** An occupant staying beyond the horizon (no discharge date). */
export const staying = (patientSex: Sex = 'male'): BedStatus => ({
  kind: 'occupied',
  patientSex,
  expectedDischarge: null,
});

export const patient = (id: string, extra: Partial<WaitingPatient> = {}): WaitingPatient => ({
  id,
  name: `患者${id}`,
  sex: 'male',
  admissionDate: HORIZON.from,
  expectedLos: 3,
  isolation: false,
  needsMonitored: false,
  homeWard: null,
  priority: 'normal',
  ...extra,
});

export const department = (
  wards: Ward[],
  rooms: Room[],
  beds: Bed[],
  horizon: DepartmentSnapshot['horizon'] = HORIZON,
): DepartmentSnapshot => ({ wards, rooms, beds, horizon });

/**
 * Two wards of `size` beds in one mixed room each; the first `occupiedA` / `occupiedB` beds of each are taken
 * beyond the horizon by male patients.
 */
export function twoWards(size: number, occupiedA: number, occupiedB: number): DepartmentSnapshot {
  const beds: Bed[] = [];
  for (const [ward, occupied] of [
    ['A', occupiedA],
    ['B', occupiedB],
  ] as const) {
    for (let i = 1; i <= size; i++)
      beds.push(bed(ward, 'R1', String(i), i <= occupied ? staying() : undefined));
  }
  return department([WARD_A, WARD_B], [room('A', 'R1'), room('B', 'R1')], beds);
}
