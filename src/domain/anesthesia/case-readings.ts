// Which readings are a case's: those bound to it (manual entries, a monitor bound by hand) and those
// of its room's monitors from 入室 to 出室 (open while the case is in the room). What is derived from a
// case's readings records the basis it was derived on; a different basis (入室 recorded, a monitor
// moved or bound elsewhere) means deriving again.
export type ReadingBasis = {
  room: string;
  inRoomAt: number | null;
  outOfRoomAt: number | null;
  /** The room's monitors not bound to a case, sorted. */
  devices: string[];
};

export const sameBasis = (a: ReadingBasis, b: ReadingBasis): boolean =>
  a.room === b.room &&
  a.inRoomAt === b.inRoomAt &&
  a.outOfRoomAt === b.outOfRoomAt &&
  a.devices.length === b.devices.length &&
  a.devices.every((d, i) => d === b.devices[i]);

/** Whether a reading of a room monitor (not bound to a case) at `t` is the case's. */
export const roomReadingOfCase = (basis: ReadingBasis, deviceId: string, t: number): boolean =>
  basis.inRoomAt !== null &&
  t >= basis.inRoomAt &&
  t <= (basis.outOfRoomAt ?? Number.POSITIVE_INFINITY) &&
  basis.devices.includes(deviceId);
