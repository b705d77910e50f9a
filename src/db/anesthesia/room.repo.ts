// The operating rooms as the big screen shows them: each with the case in it now, if any.
import { sql } from 'drizzle-orm';
import type { WardScope } from '../../domain/auth/scope';
import { CASE_STATUSES, isActiveInRoom } from '../../domain/registry/case-status';
import type { Db } from '../client';
import { rows } from '../rows';
import { wardCondition } from '../scope';

export type RoomNow = {
  room: string;
  caseId: string | null;
  patientId: string | null;
  status: string | null;
  inRoomAt: Date | null;
  patientName: string | null;
  patientMrn: string | null;
  procedureText: string | null;
  wardId: string | null;
};

const IN_ROOM = CASE_STATUSES.filter(isActiveInRoom);

/**
 * Each OR room with the case in it now (入室 … 出室), if any — of two, the one that entered later, to
 * which the room's readings belong —; a room whose patient is outside the scope's wards is left out.
 */
export const roomsNow = (db: Db, scope: WardScope): Promise<RoomNow[]> => {
  const inScope = wardCondition(scope, sql`c.ward_id`);
  return rows<RoomNow>(
    db,
    sql`
      select r.code as room, c.id as "caseId", c.patient_id as "patientId", c.ward_id as "wardId", c.status,
        c.in_room_at as "inRoomAt", p.name as "patientName", p.mrn as "patientMrn", c.procedure_text as "procedureText"
      from or_rooms r
      left join lateral (
        select * from surgical_cases s
        where s.or_room = r.code and s.status = any(${sql.param(IN_ROOM)}::text[])
        -- The later entrant while an override let two stays overlap: its readings are the room's (room-stays.ts).
        order by s.in_room_at desc nulls last, s.id desc limit 1
      ) c on true
      left join patients p on p.id = c.patient_id
      ${inScope ? sql`where c.id is null or ${inScope}` : sql``}
      order by r.sort_order, r.code`,
  );
};
