// What a case's safety gates read (domain/registry/case-gates.ts): the WHO checklist answers the
// anesthesia record keeps, and the case still in the theatre another case would enter — under a lock on
// that theatre, so that of two cases entering one room at once exactly one gets in.
import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { ChecklistAnswers, RoomOccupant } from '../../domain/registry/case-gates';
import { ROOM_HOLDING_STATUSES } from '../../domain/registry/case-gates';
import type { Db } from '../client';
import { checklistAnswers, patients, surgicalCases } from '../schema';

/** The case's checklist answers, keyed `${phase}.${item}`. */
export async function checklistAnswersOf(db: Db, caseId: string): Promise<ChecklistAnswers> {
  const list = await db
    .select({ phase: checklistAnswers.phase, item: checklistAnswers.item, answer: checklistAnswers.answer })
    .from(checklistAnswers)
    .where(eq(checklistAnswers.caseId, caseId));
  return new Map(list.map((a) => [`${a.phase}.${a.item}`, a.answer]));
}

// Advisory locks on entering a theatre, in a key space of their own (the anesthesia record's reading
// locks on a room are another: intraop.repo.ts).
const ROOM_ENTRY_LOCKS = sql`hashtext('registry.room-entry')`;

/** Who enters the room is decided one at a time until the transaction ends. */
export async function lockRoomEntry(db: Db, room: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${ROOM_ENTRY_LOCKS}, hashtext(${room}))`);
}

/** The case other than `caseId` that is in the room (entered, not yet out, not cancelled); the latest to enter. */
export async function roomOccupant(db: Db, room: string, caseId: string): Promise<RoomOccupant | null> {
  const [row] = await db
    .select({
      caseId: surgicalCases.id,
      room: surgicalCases.orRoom,
      patientName: patients.name,
      procedureText: surgicalCases.procedureText,
    })
    .from(surgicalCases)
    .innerJoin(patients, eq(patients.id, surgicalCases.patientId))
    .where(
      and(
        eq(surgicalCases.orRoom, room),
        inArray(surgicalCases.status, [...ROOM_HOLDING_STATUSES]),
        ne(surgicalCases.id, caseId),
      ),
    )
    .orderBy(desc(surgicalCases.inRoomAt))
    .limit(1);
  return row ?? null;
}
