// The working state of an assignment: the department's beds in board order, per-ward daily capacity and
// predicted occupancy over the horizon, and the stays placed so far (per bed, per room, per patient). A bed is
// then evaluated in O(stay days × wards), never by scanning all beds. Mutable, but only ever built from — and
// never writing to — the caller's snapshot.
import { type CalendarDate, dayNumber, periodDays } from '../quality/bed-days';
import type { BedRules } from './assignment-rules';
import type {
  Assignment,
  Bed,
  DatePeriod,
  DepartmentSnapshot,
  Room,
  Sex,
  WaitingPatient,
  Ward,
} from './assignment-types';

/** Day numbers of a stay: [admit, end), and its horizon indexes [lo, hi) (empty when outside the horizon). */
export type StayWindow = { admit: number; end: number; lo: number; hi: number };

export type PlanBed = {
  bed: Bed;
  room: Room;
  roomKey: string;
  ward: Ward;
  /** Index of the ward in plan.wards. */
  w: number;
  /** The bed is physically taken (occupied or closed) on days before this day number; −∞ = not at all. */
  takenBefore: number;
  /** Last day number of a reservation (−∞ = not reserved). */
  reservedThrough: number;
};

export type PlacedStay = { patient: WaitingPatient; bedId: string; stay: StayWindow };
/** Someone in a room over [from, to), for the occupant-sex rule. */
export type RoomPresence = { from: number; to: number; sex: Sex };

export type Plan = {
  rules: BedRules;
  horizon: DatePeriod;
  /** Day number of the horizon's first day, and its length in days. */
  first: number;
  days: number;
  wards: Ward[];
  wardIndex: Map<string, number>;
  /** Beds not closed, per ward and horizon day (the denominator of occupancy). */
  capacity: number[][];
  /** Patients present at midnight, per ward and horizon day (china-standards.md §3 midnight census). */
  occupancy: number[][];
  beds: PlanBed[];
  bedById: Map<string, PlanBed>;
  /** Current occupants of each room (from the snapshot), by room key. */
  roomOccupants: Map<string, RoomPresence[]>;
  bedPlaced: Map<string, PlacedStay[]>;
  roomPlaced: Map<string, PlacedStay[]>;
  placed: Map<string, PlacedStay>;
  /** Bed reserved for each patient id. */
  reservationOf: Map<string, string>;
};

const planError = (zh: string, en: string, detail: string): RangeError =>
  new RangeError(`${zh} / ${en}: ${detail}`);

/** Natural order of ward, room and bed codes ("2" < "10"), by code units otherwise: the same on every machine. */
export function compareCodes(a: string, b: string): number {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  if (pa.length !== pb.length) return pa.length - pb.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export const roomKeyOf = (ward: string, room: string): string => `${ward}\u0000${room}`;

const dayOrInfinity = (date: CalendarDate | null): number =>
  date === null ? Number.POSITIVE_INFINITY : dayNumber(date);

/** Days a stay occupies a bed: admission to discharge date, a same-day stay as 1 bed-day (china-standards.md §3). */
export function stayWindow(plan: Plan, patient: WaitingPatient): StayWindow {
  const los = patient.expectedLos;
  if (!Number.isInteger(los) || los < 0) {
    throw planError('预计住院日须为非负整数', 'expected length of stay must be an integer ≥ 0', patient.id);
  }
  const monitoredDays = patient.monitoredDays ?? null;
  if (monitoredDays !== null && (!Number.isInteger(monitoredDays) || monitoredDays < 0)) {
    throw planError('监护天数须为非负整数', 'monitored days must be an integer ≥ 0', patient.id);
  }
  const admit = dayNumber(patient.admissionDate);
  const end = admit + Math.max(los, 1);
  const lo = Math.min(Math.max(admit - plan.first, 0), plan.days);
  const hi = Math.max(Math.min(end - plan.first, plan.days), lo);
  return { admit, end, lo, hi };
}

function indexWards(wards: readonly Ward[]): { sorted: Ward[]; index: Map<string, number> } {
  const sorted = [...wards].sort((a, b) => compareCodes(a.code, b.code));
  const index = new Map<string, number>();
  sorted.forEach((ward, i) => {
    if (index.has(ward.code)) throw planError('病区代码重复', 'duplicate ward code', ward.code);
    const limit = ward.staffingLimit;
    if (limit !== null && (!Number.isInteger(limit) || limit < 0)) {
      throw planError('护理人力上限须为非负整数', 'staffing limit must be an integer ≥ 0', ward.code);
    }
    index.set(ward.code, i);
  });
  return { sorted, index };
}

function indexRooms(rooms: readonly Room[], wardIndex: Map<string, number>): Map<string, Room> {
  const byKey = new Map<string, Room>();
  for (const room of rooms) {
    if (!wardIndex.has(room.ward))
      throw planError('房间所属病区不存在', 'room of an unknown ward', room.code);
    const key = roomKeyOf(room.ward, room.code);
    if (byKey.has(key)) throw planError('房间代码重复', 'duplicate room code', `${room.ward} ${room.code}`);
    byKey.set(key, room);
  }
  return byKey;
}

/** The plan of a snapshot with the given assignments placed (those of `skip` patient ids left out). */
export function buildPlan(
  snapshot: DepartmentSnapshot,
  rules: BedRules,
  assigned: readonly Assignment[] = [],
  skip: ReadonlySet<string> = new Set(),
): Plan {
  const { first, last } = periodDays(snapshot.horizon);
  const days = last - first + 1;
  const { sorted: wards, index: wardIndex } = indexWards(snapshot.wards);
  const rooms = indexRooms(snapshot.rooms, wardIndex);
  const capacity = wards.map(() => new Array<number>(days).fill(0));
  const occupancy = wards.map(() => new Array<number>(days).fill(0));
  const roomOccupants = new Map<string, RoomPresence[]>();
  const reservationOf = new Map<string, string>();
  const bedById = new Map<string, PlanBed>();
  const beds: PlanBed[] = [];
  for (const bed of snapshot.beds) {
    const roomKey = roomKeyOf(bed.ward, bed.room);
    const room = rooms.get(roomKey);
    const w = wardIndex.get(bed.ward);
    if (room === undefined || w === undefined) {
      throw planError('床位所属房间不存在', 'bed of an unknown room', `${bed.id} (${bed.ward} ${bed.room})`);
    }
    if (bedById.has(bed.id)) throw planError('床位编号重复', 'duplicate bed id', bed.id);
    const s = bed.status;
    let takenBefore = Number.NEGATIVE_INFINITY;
    let reservedThrough = Number.NEGATIVE_INFINITY;
    if (s.kind === 'occupied') {
      takenBefore = dayOrInfinity(s.expectedDischarge);
      const presence = roomOccupants.get(roomKey) ?? [];
      presence.push({ from: Number.NEGATIVE_INFINITY, to: takenBefore, sex: s.patientSex });
      roomOccupants.set(roomKey, presence);
    } else if (s.kind === 'closed') {
      takenBefore = dayOrInfinity(s.reopens);
    } else if (s.kind === 'reserved') {
      reservedThrough = dayNumber(s.until);
      reservationOf.set(s.patientId, bed.id);
    }
    for (let d = 0; d < days; d++) {
      const day = first + d;
      const closed = s.kind === 'closed' && day < takenBefore;
      if (!closed) capacity[w]![d]! += 1;
      // Present at the midnight of `day` while the expected discharge is later (china-standards.md §3).
      if (s.kind === 'occupied' && day < takenBefore) occupancy[w]![d]! += 1;
    }
    const planBed: PlanBed = { bed, room, roomKey, ward: wards[w]!, w, takenBefore, reservedThrough };
    bedById.set(bed.id, planBed);
    beds.push(planBed);
  }
  beds.sort((a, b) => a.w - b.w || compareCodes(a.bed.code, b.bed.code) || compareCodes(a.bed.id, b.bed.id));
  const plan: Plan = {
    rules,
    horizon: snapshot.horizon,
    first,
    days,
    wards,
    wardIndex,
    capacity,
    occupancy,
    beds,
    bedById,
    roomOccupants,
    bedPlaced: new Map(),
    roomPlaced: new Map(),
    placed: new Map(),
    reservationOf,
  };
  for (const a of assigned) if (!skip.has(a.patient.id)) place(plan, a.patient, a.bedId);
  return plan;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function drop<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  const i = list === undefined ? -1 : list.indexOf(value);
  if (list !== undefined && i >= 0) list.splice(i, 1);
}

/** Places a patient into a bed (no checks: callers check first) and counts the stay in the ward's occupancy. */
export function place(plan: Plan, patient: WaitingPatient, bedId: string): PlacedStay {
  const planBed = plan.bedById.get(bedId);
  if (planBed === undefined) throw planError('床位不存在', 'unknown bed', bedId);
  if (plan.placed.has(patient.id)) throw planError('患者已分床', 'patient placed twice', patient.id);
  const placed: PlacedStay = { patient, bedId, stay: stayWindow(plan, patient) };
  plan.placed.set(patient.id, placed);
  push(plan.bedPlaced, bedId, placed);
  push(plan.roomPlaced, planBed.roomKey, placed);
  const row = plan.occupancy[planBed.w]!;
  for (let d = placed.stay.lo; d < placed.stay.hi; d++) row[d]! += 1;
  return placed;
}

/** Takes a placed patient out again (the inverse of place). */
export function unplace(plan: Plan, patientId: string): PlacedStay {
  const placed = plan.placed.get(patientId);
  if (placed === undefined) throw planError('患者未分床', 'patient not placed', patientId);
  const planBed = plan.bedById.get(placed.bedId)!;
  plan.placed.delete(patientId);
  drop(plan.bedPlaced, placed.bedId, placed);
  drop(plan.roomPlaced, planBed.roomKey, placed);
  const row = plan.occupancy[planBed.w]!;
  for (let d = placed.stay.lo; d < placed.stay.hi; d++) row[d]! -= 1;
  return placed;
}
