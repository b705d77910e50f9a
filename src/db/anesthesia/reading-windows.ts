// The windows of a case's time in the room that its minute spans cover: whole minutes, the edges read
// reading by reading, and the pieces no later entrant's stay covers (room-stays.ts).
import type { RoomStay } from '../../domain/anesthesia/room-stays';

const MINUTE = 60_000;

export type Window = { from: number; to: number };
export type Piece = { from: number; to: number; afterStay: boolean };

/** Whole minutes within [lo, hi] and the parts at either end that are not (read reading by reading). */
export function minutesOf(lo: number, hi: number): { whole: Window; edges: Window[] } {
  const first = Math.ceil(lo / MINUTE) * MINUTE;
  const end = Number.isFinite(hi) ? Math.floor(hi / MINUTE) * MINUTE : hi;
  if (first >= end) return { whole: { from: first, to: first }, edges: [{ from: lo, to: hi }] };
  const edges: Window[] = [];
  if (lo < first) edges.push({ from: lo, to: first - 1 });
  if (Number.isFinite(hi)) edges.push({ from: end, to: hi });
  return { whole: { from: first, to: end }, edges };
}

/**
 * The pieces of the case's time in the room within [lo, hi] that no later entrant's stay covers
 * (room-stays.ts), closed at both ends: a piece ends at a later stay's entry and begins again at its
 * exit, those instants included — the readings there are told apart by `noLaterStay`.
 */
export function ownedPieces(lo: number, hi: number, later: readonly RoomStay[]): Piece[] {
  let pieces: Piece[] = lo <= hi ? [{ from: lo, to: hi, afterStay: false }] : [];
  for (const n of later) {
    const out = n.outOfRoomAt ?? Number.POSITIVE_INFINITY;
    pieces = pieces.flatMap((p) => {
      if (out < p.from || n.inRoomAt > p.to) return [p];
      return [
        ...(n.inRoomAt > p.from ? [{ ...p, to: n.inRoomAt }] : []),
        ...(out < p.to ? [{ from: out, to: p.to, afterStay: true }] : []),
      ];
    });
  }
  return pieces;
}

/** A piece's whole minutes and its edges; a minute holding a later stay's last instant is not whole. */
export function pieceMinutes(p: Piece): { whole: Window; edges: Window[] } {
  const m = minutesOf(p.afterStay ? p.from + 1 : p.from, p.to);
  if (!p.afterStay) return m;
  const [first, ...rest] = m.edges;
  const edges =
    first && first.from === p.from + 1
      ? [{ ...first, from: p.from }, ...rest]
      : [{ from: p.from, to: p.from }, ...m.edges];
  return { whole: m.whole, edges };
}
