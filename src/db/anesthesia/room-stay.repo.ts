// Whose a theatre monitor's reading is while two cases' stays in the room overlap (an override let the
// second in): the later entrant's alone (room-stays.ts). The fragments every query that joins a case `c`
// to its room's readings `o` adds, and the later stays a case's basis and chart are cut by.
import { sql } from 'drizzle-orm';
import type { RoomStay } from '../../domain/anesthesia/room-stays';
import type { Db } from '../client';
import { rows } from '../rows';

/**
 * A room reading `o` at its time is not the case `c`'s while a case that entered the room after it was
 * in the room too (room-stays.ts): for the queries that join a case `c` to its room's readings `o`.
 */
export const noLaterStay = sql`not exists (select 1 from surgical_cases n
  where n.or_room = c.or_room and n.id <> c.id and (n.in_room_at, n.id) > (c.in_room_at, c.id)
    and n.in_room_at <= o.observed_at and coalesce(n.out_of_room_at, 'infinity') >= o.observed_at)`;

/** The later entrants' stays overlapping the case's own in its room (as its basis has them). */
export const laterStays = sql`coalesce((select json_agg(json_build_object('caseId', n.id,
      'inRoomAt', floor(date_part('epoch', n.in_room_at) * 1000)::bigint,
      'outOfRoomAt', floor(date_part('epoch', n.out_of_room_at) * 1000)::bigint) order by n.in_room_at, n.id)
    from surgical_cases n
    where n.or_room = c.or_room and n.id <> c.id and n.in_room_at is not null
      and (n.in_room_at, n.id) > (c.in_room_at, c.id)
      and n.in_room_at <= coalesce(c.out_of_room_at, 'infinity')), '[]'::json)`;

type StayJson = { caseId: string; inRoomAt: number | string; outOfRoomAt: number | string | null };
export const toStays = (later: StayJson[] | string): RoomStay[] =>
  (typeof later === 'string' ? (JSON.parse(later) as StayJson[]) : later).map((s) => ({
    caseId: s.caseId,
    inRoomAt: Number(s.inRoomAt),
    outOfRoomAt: s.outOfRoomAt === null ? null : Number(s.outOfRoomAt),
  }));

export async function laterStaysOf(db: Db, caseId: string): Promise<RoomStay[]> {
  const [row] = await rows<{ later: StayJson[] | string }>(
    db,
    sql`select ${laterStays} as later from surgical_cases c where c.id = ${caseId}::uuid`,
  );
  return row ? toStays(row.later) : [];
}
