// Which case a theatre monitor's reading belongs to when two cases' stays in the room overlap. One
// patient per theatre is a gate (domain/registry/case-gates.ts), but an anesthesiologist may let a
// second case in with a reason (the first one's 出室 not yet recorded, say). A reading is then the case's
// that entered the room last among those in it at the reading's time: never both cases'. The readings'
// SQL (src/db/anesthesia/) and the derivation's basis (case-readings.ts) follow this rule.

/** A case's stay in its theatre as recorded: 入室, and 出室 (null while it is still in). */
export type RoomStay = { caseId: string; inRoomAt: number; outOfRoomAt: number | null };

const covers = (s: RoomStay, t: number): boolean =>
  t >= s.inRoomAt && t <= (s.outOfRoomAt ?? Number.POSITIVE_INFINITY);

/** Entered after `other` (at the same instant, the greater case id counts as later: a total order). */
const enteredAfter = (s: RoomStay, other: RoomStay): boolean =>
  s.inRoomAt > other.inRoomAt || (s.inRoomAt === other.inRoomAt && s.caseId > other.caseId);

/** Whether a reading of the room's monitor at `t` is this stay's: in the room then, and no later entrant was. */
export function ownsRoomReading(stay: RoomStay, roomStays: readonly RoomStay[], t: number): boolean {
  return (
    covers(stay, t) &&
    !roomStays.some((o) => o.caseId !== stay.caseId && enteredAfter(o, stay) && covers(o, t))
  );
}

/** The case a reading of the room's monitor at `t` belongs to, if any case was in the room. */
export function roomCaseAt(roomStays: readonly RoomStay[], t: number): string | null {
  return roomStays.find((s) => ownsRoomReading(s, roomStays, t))?.caseId ?? null;
}
