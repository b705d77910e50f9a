// The bed pool's structure, the system administrator's (beds.structure): wards with their regular open beds
// over time, rooms and beds. Each method begins with the access check, then one transaction: repository →
// audit. A bed is never deleted (the census replays its stays): it is retired with the date it was removed.
import {
  type BedHistory,
  type BedInput,
  type BedUpdate,
  type OpenBedsInput,
  type RoomInput,
  type RoomUpdate,
  type Structure,
  type StructureBed,
  type StructureFieldProblem,
  type StructureRoom,
  type StructureWard,
  WARD_CODE,
  type WardInput,
  type WardUpdate,
} from '../../api/beds-structure';
import {
  activeRegularBeds,
  bedCodeTaken,
  bedOccupied,
  bedStateHistory,
  bedUsedAfter,
  endOpenBedPeriods,
  getBed,
  getRoom,
  getWard,
  insertBed,
  insertOpenBedPeriod,
  insertRoom,
  insertWard,
  listBedRows,
  listOpenBedPeriods,
  listRoomRows,
  listWardRows,
  lockWard,
  type OpenBedPeriodRow,
  occupiedRegularBeds,
  roomCodeTaken,
  setOpenBedPeriodCount,
  updateBed,
  updateRoom,
  updateWard,
  userName,
  type WardRow,
  wardCodeTaken,
} from '../../db/beds/structure.repo';
import type { Db } from '../../db/client';
import { addDays } from '../../domain/quality/bed-days';
import { AppError, conflict, type FieldError, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { localDate } from '../platform/local-date';
import {
  bedDto,
  changes,
  codeTaken,
  fieldProblem,
  type Params,
  roomDto,
  stateEventDto,
  wardDto,
} from './structure.dto';

type Resource = 'ward' | 'bed_room' | 'bed';
type Detail = Record<string, unknown>;

export class BedStructureService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  private stamp(actor: Actor) {
    return { userId: actor.id, now: this.ctx.clock() };
  }

  private tz(): string {
    return this.ctx.config.PERIOP_SITE_TIMEZONE;
  }

  private today(): string {
    return localDate(this.ctx.clock(), this.tz());
  }

  /** A field problem in the actor's language (the language the error handler answers in). */
  private field(actor: Actor, path: string, problem: StructureFieldProblem, params?: Params): FieldError {
    return fieldProblem(actor.locale, path, problem, params);
  }

  private refuse(fields: FieldError[]): void {
    if (fields.length > 0) throw new AppError('validation_failed', {}, fields);
  }

  private audit(
    actor: Actor,
    tx: Db,
    action: string,
    resourceType: Resource,
    resourceId: string,
    detail: Detail,
  ) {
    return this.ctx.audit.record(actor, { action, resourceType, resourceId, detail }, tx);
  }

  private async wardOut(db: Db, w: WardRow): Promise<StructureWard> {
    const [periods, occupied] = await Promise.all([
      listOpenBedPeriods(db, w.id),
      occupiedRegularBeds(db, w.id),
    ]);
    return wardDto(w, periods, occupied[0]?.occupied ?? 0, this.today());
  }

  /** Every ward with its open-bed history, every room and bed. */
  async structure(actor: Actor): Promise<Structure> {
    this.ctx.access.require(actor, 'beds.structure');
    const [wardRows, roomRows, bedRows, periods, occupied] = await Promise.all([
      listWardRows(this.db),
      listRoomRows(this.db),
      listBedRows(this.db),
      listOpenBedPeriods(this.db),
      occupiedRegularBeds(this.db),
    ]);
    const today = this.today();
    const occupiedBy = new Map(occupied.map((o) => [o.wardId, o.occupied]));
    return {
      today,
      wards: wardRows.map((w) =>
        wardDto(
          w,
          periods.filter((p) => p.wardId === w.id),
          occupiedBy.get(w.id) ?? 0,
          today,
        ),
      ),
      rooms: roomRows.map(roomDto),
      beds: bedRows.map((b) => bedDto(b, b.occupied)),
    };
  }

  /** A new ward; its code is unique (409 `beds_code_taken`) and fixed from then on. */
  async createWard(actor: Actor, input: WardInput): Promise<StructureWard> {
    this.ctx.access.require(actor, 'beds.structure');
    if (!WARD_CODE.test(input.code)) this.refuse([this.field(actor, 'code', 'code.format')]);
    if (await wardCodeTaken(this.db, input.code)) throw codeTaken(input.code);
    const values = {
      code: input.code,
      name: input.name,
      nameEn: input.nameEn ?? null,
      staffingLimit: input.staffingLimit ?? null,
      sortOrder: input.sortOrder ?? 0,
    };
    const row = await this.db.transaction(async (tx) => {
      const created = await insertWard(tx, values, this.stamp(actor));
      await this.audit(actor, tx, 'create', 'ward', created.id, values);
      return created;
    });
    return this.wardOut(this.db, row);
  }

  async updateWard(actor: Actor, id: string, input: WardUpdate): Promise<StructureWard> {
    this.ctx.access.require(actor, 'beds.structure');
    const current = await getWard(this.db, id);
    if (!current) throw notFound();
    const values = {
      name: input.name,
      nameEn: input.nameEn ?? null,
      staffingLimit: input.staffingLimit ?? null,
      sortOrder: input.sortOrder ?? current.sortOrder,
    };
    const row = await this.db.transaction(async (tx) => {
      const updated = await updateWard(tx, id, input.version, values, this.stamp(actor));
      if (updated) await this.audit(actor, tx, 'update', 'ward', id, { changes: changes(current, values) });
      return updated;
    });
    if (!row) throw conflict(current.version, await this.wardOut(this.db, current));
    return this.wardOut(this.db, row);
  }

  /**
   * The ward's regular open beds from `validFrom` on: the periods still running then end the day before and a
   * new one (source 'entered') begins; the same start date again corrects that period's count. Open bed-days
   * depend on this history (china-standards.md §3), so a ward's first entry keeps what the statistics counted
   * before it (its active regular beds) as the period up to the day before.
   */
  async changeOpenBeds(actor: Actor, id: string, input: OpenBedsInput): Promise<StructureWard> {
    this.ctx.access.require(actor, 'beds.structure');
    const now = this.ctx.clock();
    const row = await this.db.transaction(async (tx) => {
      const ward = await lockWard(tx, id);
      if (!ward) throw notFound();
      const periods = await listOpenBedPeriods(tx, id);
      const latest = periods[0];
      const occupied = (await occupiedRegularBeds(tx, id))[0]?.occupied ?? 0;
      const fields: FieldError[] = [];
      if (input.openBeds < occupied)
        fields.push(this.field(actor, 'openBeds', 'openBeds.belowOccupied', { occupied }));
      if (latest?.validFrom && input.validFrom < latest.validFrom)
        fields.push(this.field(actor, 'validFrom', 'validFrom.beforeLatest', { latest: latest.validFrom }));
      this.refuse(fields);
      const dayBefore = addDays(input.validFrom, -1);
      let ended: OpenBedPeriodRow[] = [];
      let period: OpenBedPeriodRow;
      if (latest && latest.validFrom === input.validFrom) {
        period = await setOpenBedPeriodCount(tx, latest.id, input.openBeds);
      } else {
        if (!latest) {
          const before = await activeRegularBeds(tx, id);
          await insertOpenBedPeriod(tx, {
            wardId: id,
            openBeds: before,
            validFrom: null,
            validTo: dayBefore,
            at: now,
          });
        }
        ended = await endOpenBedPeriods(tx, id, input.validFrom, dayBefore);
        period = await insertOpenBedPeriod(tx, {
          wardId: id,
          openBeds: input.openBeds,
          validFrom: input.validFrom,
          validTo: null,
          at: now,
        });
      }
      await this.audit(actor, tx, 'open_beds', 'ward', id, {
        openBeds: input.openBeds,
        validFrom: input.validFrom,
        period: period.id,
        previous: latest ? { id: latest.id, openBeds: latest.openBeds, validFrom: latest.validFrom } : null,
        ended: ended.map((p) => p.id),
      });
      return ward;
    });
    return this.wardOut(this.db, row);
  }

  async createRoom(actor: Actor, input: RoomInput): Promise<StructureRoom> {
    this.ctx.access.require(actor, 'beds.structure');
    if (!(await getWard(this.db, input.wardId))) this.refuse([this.field(actor, 'wardId', 'ward.notFound')]);
    if (await roomCodeTaken(this.db, input.wardId, input.code)) throw codeTaken(input.code);
    const row = await this.db.transaction(async (tx) => {
      const created = await insertRoom(tx, input, this.stamp(actor));
      await this.audit(actor, tx, 'create', 'bed_room', created.id, input);
      return created;
    });
    return roomDto(row);
  }

  async updateRoom(actor: Actor, id: string, input: RoomUpdate): Promise<StructureRoom> {
    this.ctx.access.require(actor, 'beds.structure');
    const current = await getRoom(this.db, id);
    if (!current) throw notFound();
    const { version, ...values } = input;
    if (values.code !== current.code && (await roomCodeTaken(this.db, current.wardId, values.code, id)))
      throw codeTaken(values.code);
    const row = await this.db.transaction(async (tx) => {
      const updated = await updateRoom(tx, id, version, values, this.stamp(actor));
      if (updated)
        await this.audit(actor, tx, 'update', 'bed_room', id, { changes: changes(current, values) });
      return updated;
    });
    if (!row) throw conflict(current.version, roomDto(current));
    return roomDto(row);
  }

  /** The room problems of a bed in `wardId`: the room must exist and lie in the bed's ward. */
  private async roomProblems(actor: Actor, wardId: string, roomId: string | null): Promise<FieldError[]> {
    if (roomId === null) return [];
    const room = await getRoom(this.db, roomId);
    if (!room) return [this.field(actor, 'roomId', 'room.notFound')];
    return room.wardId === wardId ? [] : [this.field(actor, 'roomId', 'room.otherWard')];
  }

  /** §3: an extra bed counts as open only after six months in place, so its placement date is needed. */
  private placementProblems(actor: Actor, extra: boolean, placedOn: string | null): FieldError[] {
    return extra && placedOn === null ? [this.field(actor, 'placedOn', 'placedOn.requiredForExtra')] : [];
  }

  async createBed(actor: Actor, input: BedInput): Promise<StructureBed> {
    this.ctx.access.require(actor, 'beds.structure');
    if (!(await getWard(this.db, input.wardId))) this.refuse([this.field(actor, 'wardId', 'ward.notFound')]);
    const values = {
      wardId: input.wardId,
      roomId: input.roomId ?? null,
      code: input.code,
      extra: input.extra,
      placedOn: input.placedOn ?? null,
      removedOn: null,
      active: true,
    };
    this.refuse([
      ...(await this.roomProblems(actor, values.wardId, values.roomId)),
      ...this.placementProblems(actor, values.extra, values.placedOn),
    ]);
    if (await bedCodeTaken(this.db, input.wardId, input.code)) throw codeTaken(input.code);
    const row = await this.db.transaction(async (tx) => {
      const created = await insertBed(tx, values, this.stamp(actor));
      await this.audit(actor, tx, 'create', 'bed', created.id, values);
      return created;
    });
    return bedDto(row, false);
  }

  /**
   * Changes a bed's room, code, extra flag and dates; a removal date retires it (not while a patient is in it
   * after that date), none puts it back in service.
   */
  async updateBed(actor: Actor, id: string, input: BedUpdate): Promise<StructureBed> {
    this.ctx.access.require(actor, 'beds.structure');
    const current = await getBed(this.db, id);
    if (!current) throw notFound();
    const removedOn = input.removedOn ?? null;
    const values = {
      roomId: input.roomId ?? null,
      code: input.code,
      extra: input.extra,
      placedOn: input.placedOn ?? null,
      removedOn,
      active: removedOn !== null ? false : current.removedOn !== null ? true : current.active,
    };
    const fields = [
      ...(await this.roomProblems(actor, current.wardId, values.roomId)),
      ...this.placementProblems(actor, values.extra, values.placedOn),
    ];
    const changed = removedOn !== current.removedOn;
    if (removedOn !== null && values.placedOn !== null && removedOn < values.placedOn)
      fields.push(this.field(actor, 'removedOn', 'removedOn.beforePlaced'));
    else if (removedOn !== null && changed && removedOn > this.today())
      fields.push(this.field(actor, 'removedOn', 'removedOn.future'));
    else if (removedOn !== null && changed && (await bedUsedAfter(this.db, id, removedOn, this.tz())))
      fields.push(this.field(actor, 'removedOn', 'removedOn.occupied'));
    this.refuse(fields);
    if (values.code !== current.code && (await bedCodeTaken(this.db, current.wardId, values.code, id)))
      throw codeTaken(values.code);
    const action =
      removedOn !== null && current.removedOn === null
        ? 'retire'
        : removedOn === null && current.removedOn !== null
          ? 'reinstate'
          : 'update';
    const row = await this.db.transaction(async (tx) => {
      const updated = await updateBed(tx, id, input.version, values, this.stamp(actor));
      if (updated) await this.audit(actor, tx, action, 'bed', id, { changes: changes(current, values) });
      return updated;
    });
    const occupied = await bedOccupied(this.db, id);
    if (!row) throw conflict(current.version, bedDto(current, occupied));
    return bedDto(row, occupied);
  }

  /** When the bed was registered and by whom, its placement and removal, and its state changes. */
  async bedHistory(actor: Actor, id: string): Promise<BedHistory> {
    this.ctx.access.require(actor, 'beds.structure');
    const bed = await getBed(this.db, id);
    if (!bed) throw notFound();
    const [ward, room, events, occupied, registeredByName] = await Promise.all([
      getWard(this.db, bed.wardId),
      bed.roomId ? getRoom(this.db, bed.roomId) : Promise.resolve(null),
      bedStateHistory(this.db, id),
      bedOccupied(this.db, id),
      userName(this.db, bed.createdBy),
    ]);
    return {
      bed: bedDto(bed, occupied),
      wardCode: ward?.code ?? '',
      roomCode: room?.code ?? null,
      registeredAt: bed.createdAt.toISOString(),
      registeredByName,
      stateEvents: events.map(stateEventDto),
    };
  }
}
