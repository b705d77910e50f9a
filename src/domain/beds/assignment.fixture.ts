// A reproducible department for tests and the bench (`npm run bench -- beds`): `wards` wards of `bedsPerWard`
// beds in rooms of four, unevenly occupied, with male, female and mixed rooms, a monitored and an isolation
// room per ward, cleaning, closed and reserved beds, staffing limits on every other ward, and a waiting list.
// The same seed always gives the same department.
import { seededRandom } from '../common/random';
import { addDays } from '../quality/bed-days';
import type {
  Bed,
  BedStatus,
  CalendarDate,
  DepartmentSnapshot,
  Room,
  RoomSex,
  Sex,
  WaitingPatient,
  Ward,
} from './assignment-types';

export type DepartmentFixture = { snapshot: DepartmentSnapshot; waiting: WaitingPatient[] };

export type DepartmentFixtureOptions = {
  /** Waiting patients (default 60). */
  patients?: number;
  /** Days of the planning horizon (default 14). */
  horizonDays?: number;
  /** First day of the horizon (default 2026-03-02). */
  from?: CalendarDate;
};

const ROOM_SIZE = 4;
const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 20 → 二十 (ward names up to 99). */
function chineseNumber(n: number): string {
  if (n <= 10) return ZH_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? ZH_DIGITS[tens]! : ''}十${ones > 0 ? ZH_DIGITS[ones]! : ''}`;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function roomSexOf(index: number): RoomSex {
  if (index === 0 || index % 5 === 4) return 'mixed';
  return index % 2 === 1 ? 'male' : 'female';
}

export function buildDepartmentFixture(
  wards: number,
  bedsPerWard: number,
  seed: number,
  options: DepartmentFixtureOptions = {},
): DepartmentFixture {
  const random = seededRandom(seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const from = options.from ?? '2026-03-02';
  const horizonDays = options.horizonDays ?? 14;
  const patientCount = options.patients ?? 60;
  const wardList: Ward[] = [];
  const rooms: Room[] = [];
  const beds: Bed[] = [];
  const waitingIds = Array.from({ length: patientCount }, (_, i) => `P${pad(i + 1, 3)}`);
  let reservations = 0;
  for (let w = 1; w <= wards; w++) {
    const code = `W${pad(w, 2)}`;
    wardList.push({
      code,
      name: `Thoracic Ward ${w}`,
      nameZh: `胸外${chineseNumber(w)}病区`,
      staffingLimit: w % 2 === 0 ? bedsPerWard - 2 : null,
    });
    // Wards from 55 % to 95 % occupied, so the pool starts out uneven.
    const occupied = 0.55 + (0.4 * ((w * 7) % wards)) / Math.max(wards - 1, 1);
    const roomCount = Math.ceil(bedsPerWard / ROOM_SIZE);
    for (let r = 0; r < roomCount; r++) {
      const sex = roomSexOf(r);
      const room: Room = {
        ward: code,
        code: `R${pad(r + 1, 2)}`,
        sex,
        isolationCapable: r === roomCount - 1,
        monitored: r === 0,
      };
      rooms.push(room);
      const mixedSex: Sex = random() < 0.5 ? 'male' : 'female';
      for (let b = 0; b < ROOM_SIZE && r * ROOM_SIZE + b < bedsPerWard; b++) {
        const number = r * ROOM_SIZE + b + 1;
        const roll = random();
        let status: BedStatus = { kind: 'free' };
        if (roll < occupied) {
          status = {
            kind: 'occupied',
            patientSex: sex === 'mixed' ? mixedSex : sex,
            expectedDischarge: roll < 0.02 ? null : addDays(from, pick(12)),
          };
        } else if (roll < occupied + 0.03) status = { kind: 'cleaning' };
        else if (roll < occupied + 0.05)
          status = { kind: 'closed', reopens: roll < occupied + 0.04 ? null : addDays(from, 3) };
        else if (roll < occupied + 0.07 && reservations < waitingIds.length) {
          status = {
            kind: 'reserved',
            patientId: waitingIds[(reservations * 7) % waitingIds.length]!,
            until: addDays(from, 2),
          };
          reservations++;
        }
        beds.push({
          id: `${code}-${pad(number, 3)}`,
          ward: code,
          room: room.code,
          code: String(number),
          status,
        });
      }
    }
  }
  const waiting: WaitingPatient[] = waitingIds.map((id, i) => {
    const monitored = random() < 0.1;
    return {
      id,
      name: `患者${i + 1}`,
      sex: random() < 0.55 ? 'male' : 'female',
      admissionDate: addDays(from, pick(Math.min(7, horizonDays))),
      expectedLos: 2 + pick(11),
      isolation: random() < 0.05,
      needsMonitored: monitored,
      monitoredDays: monitored ? 2 : null,
      homeWard: random() < 0.1 ? null : `W${pad(1 + pick(wards), 2)}`,
      priority: random() < 0.15 ? 'urgent' : 'normal',
    };
  });
  return {
    snapshot: {
      wards: wardList,
      rooms,
      beds,
      horizon: { from, to: addDays(from, horizonDays - 1) },
    },
    waiting,
  };
}
