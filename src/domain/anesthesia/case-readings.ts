// Which readings are a case's: those bound to it (manual entries, a monitor bound by hand) and those
// of its room's monitors from 入室 to 出室 (open while the case is in the room) — except while a case
// that entered the room later is in it too (an override let the stays overlap): a room reading is then
// the later entrant's alone (room-stays.ts). What is derived from a case's readings records the basis
// it was derived on; a different basis (入室 or 出室 recorded or corrected, a monitor moved or bound
// elsewhere, a later case's stay in the room begun or ended) means deriving again.
import { ownsRoomReading, type RoomStay } from './room-stays';

export type ReadingBasis = {
  room: string;
  inRoomAt: number | null;
  outOfRoomAt: number | null;
  /** The room's monitors not bound to a case, sorted. */
  devices: string[];
  /**
   * The stays of the cases that entered the room after this one while it was in it, in entry order.
   * Absent in bases stored before it was kept: the same as none.
   */
  later?: RoomStay[];
};

const sameStays = (a: readonly RoomStay[], b: readonly RoomStay[]): boolean =>
  a.length === b.length &&
  a.every(
    (s, i) =>
      s.caseId === b[i]!.caseId && s.inRoomAt === b[i]!.inRoomAt && s.outOfRoomAt === b[i]!.outOfRoomAt,
  );

export const sameBasis = (a: ReadingBasis, b: ReadingBasis): boolean =>
  a.room === b.room &&
  a.inRoomAt === b.inRoomAt &&
  a.outOfRoomAt === b.outOfRoomAt &&
  a.devices.length === b.devices.length &&
  a.devices.every((d, i) => d === b.devices[i]) &&
  sameStays(a.later ?? [], b.later ?? []);

/** The case's own stay in its room as the basis records it; null before 入室. */
export const stayOf = (caseId: string, basis: ReadingBasis): RoomStay | null =>
  basis.inRoomAt === null ? null : { caseId, inRoomAt: basis.inRoomAt, outOfRoomAt: basis.outOfRoomAt };

/** Whether a reading of a room monitor (not bound to a case) at `t` is the case's. */
export function roomReadingOfCase(caseId: string, basis: ReadingBasis, deviceId: string, t: number): boolean {
  const stay = stayOf(caseId, basis);
  return (
    stay !== null &&
    basis.devices.includes(deviceId) &&
    ownsRoomReading(stay, [stay, ...(basis.later ?? [])], t)
  );
}
