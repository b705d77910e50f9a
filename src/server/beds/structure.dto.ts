// The structure's rows as the contract shows them (api/beds-structure.ts), what an edit changed, and the
// structure's field problems in the user's language.
import {
  type BedStateEvent,
  type OpenBedPeriod,
  STRUCTURE_FIELD_TEXT,
  type StructureBed,
  type StructureFieldProblem,
  type StructureRoom,
  type StructureWard,
} from '../../api/beds-structure';
import { format, type Locale } from '../../api/errors';
import type {
  BedRow,
  BedStateEventRow,
  OpenBedPeriodRow,
  RoomRow,
  WardRow,
} from '../../db/beds/structure.repo';
import { AppError, type FieldError } from '../errors/app-error';

const periodDto = (p: OpenBedPeriodRow): OpenBedPeriod => ({
  id: p.id,
  openBeds: p.openBeds,
  validFrom: p.validFrom,
  validTo: p.validTo,
  source: p.source,
  createdAt: p.createdAt.toISOString(),
});

/**
 * The regular open beds on `day`: of the periods covering it, the one that starts latest (periods come newest
 * start first, as the statistics read them: within a ward the latest validFrom applies, domain/beds/bed-counts.ts).
 */
export function openBedsOn(periods: readonly OpenBedPeriodRow[], day: string): number | null {
  const covering = periods.find(
    (p) => (p.validFrom === null || p.validFrom <= day) && (p.validTo === null || p.validTo >= day),
  );
  return covering?.openBeds ?? null;
}

export const wardDto = (
  w: WardRow,
  periods: OpenBedPeriodRow[],
  occupiedNow: number,
  today: string,
): StructureWard => ({
  id: w.id,
  code: w.code,
  name: w.name,
  nameEn: w.nameEn,
  staffingLimit: w.staffingLimit,
  sortOrder: w.sortOrder,
  openBeds: openBedsOn(periods, today),
  openBedPeriods: periods.map(periodDto),
  occupiedNow,
  version: w.version,
});

export const roomDto = (r: RoomRow): StructureRoom => ({
  id: r.id,
  wardId: r.wardId,
  code: r.code,
  sex: r.sex,
  isolationCapable: r.isolationCapable,
  monitored: r.monitored,
  version: r.version,
});

export const bedDto = (b: BedRow, occupied: boolean): StructureBed => ({
  id: b.id,
  wardId: b.wardId,
  roomId: b.roomId,
  code: b.code,
  extra: b.extra,
  placedOn: b.placedOn,
  removedOn: b.removedOn,
  state: b.state,
  active: b.active,
  occupied,
  version: b.version,
});

/** The fields whose value changed, before and after (the audit entry's detail). */
export function changes<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [k, v] of Object.entries(after)) if (before[k] !== v) out[k] = [before[k], v];
  return out;
}

export const stateEventDto = (e: BedStateEventRow): BedStateEvent => ({
  id: e.id,
  state: e.state,
  closureReason: e.closureReason,
  reopensOn: e.reopensOn,
  note: e.note,
  at: e.at.toISOString(),
  recordedAt: e.recordedAt.toISOString(),
  recordedByName: e.recordedByName,
});

export type Params = Record<string, string | number>;

/** A field problem the structure service finds, in the language given. */
export const fieldProblem = (
  locale: Locale,
  path: string,
  problem: StructureFieldProblem,
  params?: Params,
): FieldError => ({ path, message: format(STRUCTURE_FIELD_TEXT[problem][locale], params) });

/** A code another ward (or another room, bed of the ward) already has: 409, the code field named. */
export const codeTaken = (code: string): AppError =>
  new AppError('beds_code_taken', { code }, [{ path: 'code', message: '' }]);
