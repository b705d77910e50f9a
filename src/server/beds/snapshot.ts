// The department as the balanced bed assignment sees it (domain/beds DepartmentSnapshot), built from the
// database: wards with their staffing limits, rooms (a bed without a room sits in its ward's room "—", mixed,
// neither isolation-capable nor monitored), each bed with its status, and the department's rules row.
import { z } from 'zod';
import {
  departmentRules,
  type SnapshotBedRow,
  snapshotBeds,
  snapshotRooms,
  snapshotWards,
} from '../../db/beds/department-snapshot.repo';
import type { Db } from '../../db/client';
import {
  type Bed,
  type BedRules,
  type BedStatus,
  DEFAULT_BED_RULES,
  type DepartmentSnapshot,
  type Room,
  resolveBedRules,
  type Sex,
  type Ward,
} from '../../domain/beds/assignment';

/** The room code of beds registered without a room (the board shows them under it too). */
export const NO_ROOM = '—';

export type WardInfo = { id: string; code: string; name: string; nameEn: string | null };
export type BedInfo = { id: string; wardId: string; wardCode: string; roomCode: string; code: string };

export type Department = {
  snapshot: DepartmentSnapshot;
  wardsById: Map<string, WardInfo>;
  beds: Map<string, BedInfo & { row: SnapshotBedRow }>;
};

export type SnapshotOptions = {
  today: string;
  /** Last day of the planning horizon (inclusive); at least `today`. */
  horizonTo: string;
  /** Admissions planned afresh (moving or swapping): their current beds count as free. */
  moving?: ReadonlySet<string>;
  /**
   * The sex an occupant of unknown sex (an ADT or imported record) is taken to be. A single patient's check
   * passes that patient's own sex, so the unknown never breaks the occupant-sex rule.
   */
  unknownSexAs?: Sex;
};

export const asSex = (sex: string | null): Sex | null => (sex === 'male' || sex === 'female' ? sex : null);

function statusOf(row: SnapshotBedRow, o: SnapshotOptions, roomSex: Room['sex']): BedStatus {
  if (row.admissionId && !o.moving?.has(row.admissionId)) {
    const fallback = roomSex === 'mixed' ? (o.unknownSexAs ?? 'male') : roomSex;
    const expected = row.expectedDischarge;
    return {
      kind: 'occupied',
      patientSex: asSex(row.occupantSex) ?? fallback,
      // A patient past the expected date still lies there today: the bed frees today at the earliest.
      expectedDischarge: expected === null ? null : expected < o.today ? o.today : expected,
    };
  }
  if (row.state === 'closed') {
    // A reopening date already past leaves the bed closed until someone reopens it.
    return { kind: 'closed', reopens: row.reopens && row.reopens > o.today ? row.reopens : null };
  }
  if (row.reservedFor && row.reservedUntil) {
    return { kind: 'reserved', patientId: row.reservedFor, until: row.reservedUntil };
  }
  return row.state === 'cleaning' ? { kind: 'cleaning' } : { kind: 'free' };
}

/** The department now, with every active bed in place today. */
export async function loadDepartment(db: Db, o: SnapshotOptions): Promise<Department> {
  const [wardRows, roomRows, bedRows] = await Promise.all([
    snapshotWards(db),
    snapshotRooms(db),
    snapshotBeds(db, o.today),
  ]);
  const wardsById = new Map<string, WardInfo>(wardRows.map((w) => [w.id, w]));
  const wards: Ward[] = wardRows.map((w) => ({
    code: w.code,
    name: w.nameEn ?? w.name,
    nameZh: w.name,
    staffingLimit: w.staffingLimit,
  }));
  const roomsById = new Map(roomRows.map((r) => [r.id, r]));
  const rooms: Room[] = roomRows.flatMap((r) => {
    const ward = wardsById.get(r.wardId);
    return ward
      ? [
          {
            ward: ward.code,
            code: r.code,
            sex: r.sex,
            isolationCapable: r.isolationCapable,
            monitored: r.monitored,
          },
        ]
      : [];
  });
  const withoutRoom = new Set<string>();
  const beds: Bed[] = [];
  const info = new Map<string, BedInfo & { row: SnapshotBedRow }>();
  for (const row of bedRows) {
    const ward = wardsById.get(row.wardId);
    if (!ward) continue;
    const room = row.roomId ? roomsById.get(row.roomId) : undefined;
    const roomCode = room?.code ?? NO_ROOM;
    if (!room) withoutRoom.add(ward.code);
    beds.push({
      id: row.id,
      ward: ward.code,
      room: roomCode,
      code: row.code,
      status: statusOf(row, o, room?.sex ?? 'mixed'),
    });
    info.set(row.id, { id: row.id, wardId: ward.id, wardCode: ward.code, roomCode, code: row.code, row });
  }
  for (const ward of withoutRoom) {
    rooms.push({ ward, code: NO_ROOM, sex: 'mixed', isolationCapable: false, monitored: false });
  }
  const horizonTo = o.horizonTo < o.today ? o.today : o.horizonTo;
  return {
    snapshot: { wards, rooms, beds, horizon: { from: o.today, to: horizonTo } },
    wardsById,
    beds: info,
  };
}

const overridesSchema = z.object({
  constraints: z
    .object({
      roomSex: z.boolean(),
      occupantSex: z.boolean(),
      isolation: z.boolean(),
      monitored: z.boolean(),
      staffingLimit: z.boolean(),
    })
    .partial()
    .optional(),
  weights: z
    .object({
      balance: z.number(),
      homeWard: z.number(),
      futureTransfer: z.number(),
      reservationElsewhere: z.number(),
    })
    .partial()
    .optional(),
  improveJoint: z.boolean().optional(),
  maxSwapPasses: z.number().optional(),
});

/**
 * The department's rules: the bed_rules row 'department' over DEFAULT_BED_RULES. A row that does not read
 * as rules (hand-edited) gives the defaults, never a failed admission.
 */
export async function loadRules(db: Db): Promise<BedRules> {
  const row = await departmentRules(db);
  if (row === null) return DEFAULT_BED_RULES;
  const parsed = overridesSchema.safeParse(row);
  if (!parsed.success) return DEFAULT_BED_RULES;
  try {
    const { constraints, weights, improveJoint, maxSwapPasses } = parsed.data;
    return resolveBedRules({
      ...(constraints ? { constraints } : {}),
      ...(weights ? { weights } : {}),
      ...(improveJoint !== undefined ? { improveJoint } : {}),
      ...(maxSwapPasses !== undefined ? { maxSwapPasses } : {}),
    });
  } catch {
    return DEFAULT_BED_RULES;
  }
}

/** Rules with the sex constraints off, for a patient whose sex is not known. */
export const withoutSexRules = (rules: BedRules): BedRules => ({
  ...rules,
  constraints: { ...rules.constraints, roomSex: false, occupantSex: false },
});
