// The department bed board (全科床位一览, issue 13 §2): every bed of every ward within the actor's scope,
// grouped by ward and room, its state derived (occupied > closed > reserved > cleaning > free), the occupant
// with surgery, post-op day, expected discharge, isolation and open NEWS2 alert, each ward's occupancy now,
// and the discharges expected today and tomorrow. Two queries for the whole department. Each read is audited
// as one entry naming every patient shown (detail.patients): one row per patient, as the ward board writes
// them, would be 400 rows per read of a board that 50 screens reload — more than the audit log can take.
import type { z } from 'zod';
import type { Board, BoardBed, BoardOccupant, boardQuery, boardRoomSchema } from '../../api/beds';
import { type BoardPlaceRow, type BoardWardRow, boardPlaces, boardWards } from '../../db/beds/bed-board.repo';
import { compareCodes } from '../../domain/beds/assignment';
import { addDays, dayNumber } from '../../domain/quality/bed-days';
import { completedYears } from '../../domain/registry/age';
import { AppError } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { localDate } from '../platform/local-date';
import { boardCache } from './board-cache';
import { NO_ROOM } from './snapshot';

type BoardQuery = z.infer<typeof boardQuery>;
type BoardRoom = z.infer<typeof boardRoomSchema>;
type Place = { row: BoardPlaceRow; bed: BoardBed };

const iso = (v: string | Date) => new Date(v).toISOString();
const fraction = (occupied: number, openBeds: number) => (openBeds > 0 ? occupied / openBeds : null);

function occupantOf(r: BoardPlaceRow, today: string): BoardOccupant | null {
  if (!r.admissionId || !r.patientId || !r.stayId || !r.inBedSince || !r.admittedAt) return null;
  const postop = r.operatedOn ? dayNumber(today) - dayNumber(r.operatedOn) : null;
  return {
    admissionId: r.admissionId,
    patientId: r.patientId,
    name: r.name ?? '',
    mrn: r.mrn ?? '',
    sex: r.sex ?? 'unknown',
    age: completedYears(r.birthDate, today),
    admittedAt: iso(r.admittedAt),
    stayId: r.stayId,
    stayVersion: r.stayVersion ?? 1,
    inBedSince: iso(r.inBedSince),
    expectedDischargeOn: r.expectedDischargeOn,
    surgery:
      r.caseId && r.surgeryDate ? { caseId: r.caseId, date: r.surgeryDate, procedure: r.procedure } : null,
    postopDay: postop !== null && postop >= 0 ? postop : null,
    isolation: r.isolation ?? false,
    news2Alert:
      r.alertTotal !== null && r.alertRaisedAt
        ? { total: r.alertTotal, band: r.alertBand ?? '', raisedAt: iso(r.alertRaisedAt) }
        : null,
  };
}

function bedOf(r: BoardPlaceRow, today: string, extraIndex: number): BoardBed {
  const occupant = occupantOf(r, today);
  const reservedFor =
    r.reservedRequestId && r.reservedUntil
      ? { requestId: r.reservedRequestId, patientName: r.reservedName ?? '', until: r.reservedUntil }
      : null;
  const closed = r.bedId !== null && r.bedState === 'closed';
  const state = occupant
    ? 'occupied'
    : closed
      ? 'closed'
      : reservedFor
        ? 'reserved'
        : r.bedState === 'cleaning'
          ? 'cleaning'
          : 'free';
  return {
    // A patient in an unregistered extra bed has no bed row: the place is named after the stay.
    id: r.bedId ?? `extra:${r.stayId}`,
    code: r.bedCode ?? `加${extraIndex}`,
    extra: r.extra,
    state,
    version: r.bedVersion,
    closure:
      closed && r.closureReason
        ? { reason: r.closureReason, reopensOn: r.reopensOn, note: r.closureNote }
        : null,
    occupant,
    reservedFor,
  };
}

/** Whether the bed passes the board's filters (the ward filter is applied to whole wards). */
function passes(p: Place, q: BoardQuery, today: string, tomorrow: string): boolean {
  const { bed, row } = p;
  if (q.freeOnly && bed.state !== 'free') return false;
  const on = bed.occupant?.expectedDischargeOn ?? null;
  if (q.discharge === 'today' && !(on !== null && on <= today)) return false;
  if (q.discharge === 'tomorrow' && on !== tomorrow) return false;
  if (q.sex) {
    if (bed.occupant) return bed.occupant.sex === q.sex;
    return (
      bed.state !== 'closed' && (row.roomSex === null || row.roomSex === 'mixed' || row.roomSex === q.sex)
    );
  }
  return true;
}

const roomOf = (row: BoardPlaceRow): Omit<BoardRoom, 'beds'> => ({
  id: row.roomId,
  code: row.roomCode ?? NO_ROOM,
  sex: row.roomSex ?? 'mixed',
  isolationCapable: row.isolationCapable ?? false,
  monitored: row.monitored ?? false,
});

/** Board order: rooms by code (beds without a room last), then beds by code, extra beds last. */
const boardOrder = (a: Place, b: Place): number =>
  Number(a.row.roomId === null) - Number(b.row.roomId === null) ||
  compareCodes(a.row.roomCode ?? '', b.row.roomCode ?? '') ||
  Number(a.row.bedId === null) - Number(b.row.bedId === null) ||
  compareCodes(a.bed.code, b.bed.code);

/** The places (in board order) grouped into their rooms. */
function roomsOf(places: readonly Place[]): BoardRoom[] {
  const rooms: BoardRoom[] = [];
  let key: string | null | undefined;
  for (const p of places) {
    if (p.row.roomId !== key || rooms.length === 0) {
      key = p.row.roomId;
      rooms.push({ ...roomOf(p.row), beds: [] });
    }
    rooms.at(-1)!.beds.push(p.bed);
  }
  return rooms;
}

type BuiltWard = {
  ward: Omit<Board['wards'][number], 'rooms'>;
  /** In board order. */
  places: Place[];
  rooms: BoardRoom[];
  discharges: Board['expectedDischarges'];
};

/** The whole board of a scope and day, before filters: what the cache keeps. */
function build(wardRows: BoardWardRow[], placeRows: BoardPlaceRow[], today: string): BuiltWard[] {
  const tomorrow = addDays(today, 1);
  const byWard = new Map<string, Place[]>();
  for (const row of placeRows) {
    const list = byWard.get(row.wardId) ?? [];
    const n = row.bedId === null ? list.filter((p) => p.row.bedId === null).length + 1 : 0;
    list.push({ row, bed: bedOf(row, today, n) });
    byWard.set(row.wardId, list);
  }
  return wardRows.map((w) => {
    const places = (byWard.get(w.id) ?? []).sort(boardOrder);
    const occupied = places.filter((p) => p.bed.occupant).length;
    const openBeds = w.periodOpenBeds ?? w.regularBeds;
    const discharges: Board['expectedDischarges'] = { today: [], tomorrow: [] };
    for (const { bed } of places) {
      const on = bed.occupant?.expectedDischargeOn;
      if (!bed.occupant || !on || on > tomorrow) continue;
      (on === tomorrow ? discharges.tomorrow : discharges.today).push({
        admissionId: bed.occupant.admissionId,
        patientName: bed.occupant.name,
        wardCode: w.code,
        bedId: bed.id.startsWith('extra:') ? null : bed.id,
        bedCode: bed.code,
        on,
      });
    }
    return {
      ward: {
        id: w.id,
        code: w.code,
        name: w.name,
        nameEn: w.nameEn,
        staffingLimit: w.staffingLimit,
        occupancy: { occupied, openBeds, fraction: fraction(occupied, openBeds) },
      },
      places,
      rooms: roomsOf(places),
      discharges,
    };
  });
}

export class BedBoardService {
  constructor(private readonly ctx: AppContext) {}

  async board(actor: Actor, query: BoardQuery = {}): Promise<Board> {
    return (await this.serialised(actor, query)).board;
  }

  /**
   * The board with its JSON: the same bytes for every screen of the scope asking the same filters until the
   * board changes, so fifty screens reloading cost one build and one serialisation. Each read is audited.
   */
  async serialised(actor: Actor, query: BoardQuery = {}): Promise<{ board: Board; json: string }> {
    this.ctx.access.require(actor, 'beds.read');
    const db = this.ctx.database.db;
    const tz = this.ctx.config.PERIOP_SITE_TIMEZONE;
    const today = localDate(this.ctx.clock(), tz);
    const built = await boardCache(this.ctx).get(actor.scope, today, async () => {
      const [wardRows, placeRows] = await Promise.all([
        boardWards(db, actor.scope, today),
        boardPlaces(db, actor.scope, today, tz),
      ]);
      return build(wardRows, placeRows, today);
    });
    const { wards: codes, ...filter } = query;
    // A ward code the department does not have (or the actor does not reach) is named, as the statistics do.
    const known = new Set(built.value.map((w) => w.ward.code));
    if (codes?.some((c) => !known.has(c)))
      throw new AppError('validation_failed', {}, [
        { path: 'querystring.wards', message: 'quality.wards.unknown' },
      ]);
    const { board, patients } = shape(built.value, query, today, built.builtAt);
    const filtered = Object.keys(filter).length > 0;
    await this.ctx.audit.record(actor, {
      action: 'list',
      resourceType: 'bed_board',
      detail: {
        count: patients.size,
        patients: [...patients],
        ...(codes ? { wards: codes } : {}),
        ...(filtered ? { filter } : {}),
      },
    });
    const key = JSON.stringify([
      codes ?? null,
      query.freeOnly ?? null,
      query.discharge ?? null,
      query.sex ?? null,
    ]);
    let json = built.json.get(key);
    if (json === undefined) {
      json = JSON.stringify(board);
      // The filter combinations are few; a board rebuilt on the next change starts a new map anyway.
      if (built.json.size < 64) built.json.set(key, json);
    }
    return { board, json };
  }
}

/** The board as a query asks for it: wards and beds filtered, with the patients it shows. */
function shape(built: BuiltWard[], query: BoardQuery, today: string, asOf: Date) {
  const tomorrow = addDays(today, 1);
  const { wards: codes, ...filter } = query;
  const filtered = Object.keys(filter).length > 0;
  const shownCodes = codes ? new Set(codes) : null;
  const department = { occupied: 0, openBeds: 0 };
  const expected: Board['expectedDischarges'] = { today: [], tomorrow: [] };
  const patients = new Set<string>();
  const wards: Board['wards'] = [];
  for (const w of built) {
    department.occupied += w.ward.occupancy.occupied;
    department.openBeds += w.ward.occupancy.openBeds;
    if (shownCodes && !shownCodes.has(w.ward.code)) continue;
    expected.today.push(...w.discharges.today);
    expected.tomorrow.push(...w.discharges.tomorrow);
    const shown = filtered ? w.places.filter((p) => passes(p, query, today, tomorrow)) : w.places;
    for (const { bed, row } of shown) {
      if (bed.occupant) patients.add(bed.occupant.patientId);
      if (bed.reservedFor && row.reservedPatientId) patients.add(row.reservedPatientId);
    }
    wards.push({ ...w.ward, rooms: filtered ? roomsOf(shown) : w.rooms });
  }
  const board: Board = {
    asOf: asOf.toISOString(),
    today,
    wards,
    department: { ...department, fraction: fraction(department.occupied, department.openBeds) },
    expectedDischarges: expected,
  };
  return { board, patients };
}
