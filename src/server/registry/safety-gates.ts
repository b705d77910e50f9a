// The safety gates of a transition as the server meets them (domain/registry/case-gates.ts): what holds
// a case back, read in the caller's transaction, and the error a refused transition gives.
import type { Db } from '../../db/client';
import type { CaseRow } from '../../db/registry/case.repo';
import { checklistAnswersOf, lockRoomEntry, roomOccupant } from '../../db/registry/case-gate.repo';
import { CHECKLIST } from '../../domain/anesthesia/record-vocabulary';
import { hasPermission } from '../../domain/auth/permissions';
import {
  checklistGate,
  type GateDecision,
  type Hold,
  holdsOn,
  type RoomOccupant,
} from '../../domain/registry/case-gates';
import { STATUS_LABELS, type TargetStatus } from '../../domain/registry/case-status';
import { AppError } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import { maskedName } from './dto';

/**
 * What holds `current` back from `to`: its checklist phase, and for 入室 the case still in its room —
 * read under the room's entry lock, held until the transaction ends, so two cases never both get in.
 */
export async function holdsOnTransition(tx: Db, current: CaseRow, to: TargetStatus): Promise<Hold[]> {
  const answers = checklistGate(to) ? await checklistAnswersOf(tx, current.id) : new Map();
  let occupant: RoomOccupant | null = null;
  if (to === 'in_room') {
    await lockRoomEntry(tx, current.orRoom);
    occupant = await roomOccupant(tx, current.orRoom, current.id);
  }
  return holdsOn(to, answers, occupant);
}

/** The occupant as this actor may see them: the patient's name masked without patient.read. */
export const occupantFor = (actor: Actor, occupant: RoomOccupant): RoomOccupant =>
  hasPermission(actor.role, 'patient.read')
    ? occupant
    : { ...occupant, patientName: maskedName(occupant.patientName) };

export function roomOccupiedError(actor: Actor, occupant: RoomOccupant): AppError {
  const shown = occupantFor(actor, occupant);
  return new AppError(
    'room_occupied',
    { room: shown.room, patient: shown.patientName, procedure: shown.procedureText },
    [],
    { occupant: { caseId: shown.caseId, room: shown.room } },
  );
}

/** The error for a transition its gates refused. */
export function gateRefusal(
  actor: Actor,
  to: TargetStatus,
  decision: Extract<GateDecision, { ok: false }>,
): AppError {
  if (decision.problem === 'override_forbidden') return new AppError('gate_override_forbidden');
  const hold = decision.hold;
  if (hold.gate === 'room_occupied') return roomOccupiedError(actor, hold.occupant);
  const en = actor.locale === 'en-US';
  return new AppError(
    'transition_checklist_incomplete',
    { checklistName: CHECKLIST[hold.checklist].label[actor.locale], to: STATUS_LABELS[to][en ? 'en' : 'zh'] },
    [{ path: 'override.reason', message: '' }],
    { checklist: hold.checklist, to },
  );
}

/** How an overridden gate is written in the audit row. */
export const overriddenGates = (holds: readonly Hold[]) =>
  holds.map((h) =>
    h.gate === 'checklist'
      ? { gate: 'checklist', checklist: h.checklist }
      : { gate: 'room_occupied', occupant: h.occupant.caseId },
  );
