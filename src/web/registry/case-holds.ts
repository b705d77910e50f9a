// What holds a case back from a status on the case page, read from the case detail the server sent:
// an incomplete WHO checklist phase, or (入室) the case still in the room — the same gates the server
// enforces (domain/registry/case-gates.ts).
import type { CaseDetail, RoomOccupantInfo } from '../../api/registry';
import { CHECKLIST, type ChecklistPhase } from '../../domain/anesthesia/record-vocabulary';
import type { TargetStatus } from '../../domain/registry/case-status';
import type { Locale, Translate } from '../shared/i18n';

export type CaseHold =
  | { kind: 'checklist'; checklist: ChecklistPhase }
  | { kind: 'room_occupied'; occupant: RoomOccupantInfo };

export function holdsOf(c: Pick<CaseDetail, 'gates' | 'roomOccupant'>, to: TargetStatus): CaseHold[] {
  const holds: CaseHold[] = c.gates
    .filter((g) => g.to === to && !g.complete)
    .map((g) => ({ kind: 'checklist', checklist: g.checklist }));
  if (to === 'in_room' && c.roomOccupant) holds.push({ kind: 'room_occupied', occupant: c.roomOccupant });
  return holds;
}

/** The hold in a sentence: 手术开始前核查尚未完成; OR-08 中患者 张三（…）尚未出室. */
export function holdText(hold: CaseHold, t: Translate, locale: Locale): string {
  return hold.kind === 'checklist'
    ? t('case.gate.checklist', { checklist: CHECKLIST[hold.checklist].label[locale] })
    : t('case.gate.occupied', {
        room: hold.occupant.room,
        patient: hold.occupant.patientName,
        procedure: hold.occupant.procedureText,
      });
}
