// The safety gates on the case status machine, for every path that moves a case (the case page, the
// anesthesia record, the API):
// - the WHO Surgical Safety Checklist: Sign In before induction, Time Out before skin incision, Sign
//   Out before the patient leaves the operating room (WHO Guidelines for Safe Surgery 2009), the three
//   checks of 《手术安全核查制度》 (卫生部 2010; china-standards.md feature 19): 麻醉实施前、手术开始前、
//   患者离开手术室前;
// - one patient per theatre: a case enters a room only when no other case is in it.
// A gate holds the transition unless a user who may override it (an anesthesiologist) gives a reason,
// which is kept on the case event (docs/clinical-decisions.md).
import { type ChecklistAnswer, type ChecklistPhase, phaseComplete } from '../anesthesia/record-vocabulary';
import {
  allowedTransitions,
  CASE_STATUSES,
  type CaseStatus,
  isActiveInRoom,
  type TargetStatus,
} from './case-status';

/** The checklist phase that must be complete before a case enters each gated status. */
export const CHECKLIST_GATES = {
  anesthesia_start: 'sign_in',
  surgery_start: 'time_out',
  out_of_room: 'sign_out',
} as const satisfies Partial<Record<TargetStatus, ChecklistPhase>>;

/** The checklist phase a transition to `to` needs, if any. */
export function checklistGate(to: TargetStatus): ChecklistPhase | null {
  return (CHECKLIST_GATES as Partial<Record<TargetStatus, ChecklistPhase>>)[to] ?? null;
}

/** Answers keyed `${phase}.${item}`, as the anesthesia record keeps them. */
export type ChecklistAnswers = ReadonlyMap<string, ChecklistAnswer>;

export type Gate = { to: TargetStatus; checklist: ChecklistPhase; complete: boolean };

/** The checklist gate of each transition allowed from `status`, with whether its phase is complete. */
export function gatesFrom(status: CaseStatus, answers: ChecklistAnswers): Gate[] {
  return allowedTransitions(status).flatMap((to) => {
    const checklist = checklistGate(to);
    return checklist ? [{ to, checklist, complete: phaseComplete(checklist, answers) }] : [];
  });
}

/** The statuses in which a case holds its theatre: from 入室 until 出室 (a cancelled case has left it). */
export const ROOM_HOLDING_STATUSES: readonly CaseStatus[] = CASE_STATUSES.filter(isActiveInRoom);

/** The case still in the room another case would enter. */
export type RoomOccupant = { caseId: string; room: string; patientName: string; procedureText: string };

/** What holds a transition back. */
export type Hold =
  | { gate: 'checklist'; checklist: ChecklistPhase }
  | { gate: 'room_occupied'; occupant: RoomOccupant };

/** The holds on a transition: its checklist phase when incomplete, the room's occupant when entering one. */
export function holdsOn(to: TargetStatus, answers: ChecklistAnswers, occupant: RoomOccupant | null): Hold[] {
  const holds: Hold[] = [];
  const checklist = checklistGate(to);
  if (checklist && !phaseComplete(checklist, answers)) holds.push({ gate: 'checklist', checklist });
  if (to === 'in_room' && occupant) holds.push({ gate: 'room_occupied', occupant });
  return holds;
}

export type GateOverride = { reason: string };

export type GateDecision =
  | { ok: true; overridden: Hold[]; reason: string | null }
  | { ok: false; problem: 'held'; hold: Hold }
  | { ok: false; problem: 'override_forbidden'; hold: Hold };

/**
 * Whether a transition with these holds may go ahead: with none, always; otherwise only with a
 * non-empty reason from a user who may override. An override given where nothing holds is not one.
 */
export function passGates(
  holds: readonly Hold[],
  override: GateOverride | undefined,
  mayOverride: boolean,
): GateDecision {
  const first = holds[0];
  if (!first) return { ok: true, overridden: [], reason: null };
  const reason = override?.reason.trim() ?? '';
  if (!reason) return { ok: false, problem: 'held', hold: first };
  if (!mayOverride) return { ok: false, problem: 'override_forbidden', hold: first };
  return { ok: true, overridden: [...holds], reason };
}
