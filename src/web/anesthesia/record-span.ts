// The case's time in the room, which a typed time of day is placed within (time-of-day.ts).
import type { AnesthesiaRecord } from '../../api/anesthesia';
import type { TimeSpan } from '../../domain/common/time-of-day';

export const caseSpan = (rec: AnesthesiaRecord): TimeSpan => ({
  from: rec.case.inRoomAt ? Date.parse(rec.case.inRoomAt) : null,
  to: rec.case.outOfRoomAt ? Date.parse(rec.case.outOfRoomAt) : null,
});
