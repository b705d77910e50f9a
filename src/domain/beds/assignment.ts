// Balanced bed assignment for the department's one bed pool (全科一张床, issue 13 §3): the public entry point.
// Pure: no I/O, the same answer for the same input, the caller's snapshot never modified.
import { checkAllBeds, checkBed } from './assignment-check';
import { buildPlan } from './assignment-plan';
import { bestBed } from './assignment-propose';
import type { BedRules } from './assignment-rules';
import type { Assignment, DepartmentSnapshot, Proposal, WaitingPatient } from './assignment-types';

export { type JointResult, planningOrder, proposeJoint } from './assignment-joint';
export { compareCodes } from './assignment-plan';
export {
  type BedConstraintRules,
  type BedRules,
  type BedRulesOverrides,
  type BedWeights,
  DEFAULT_BED_RULES,
  resolveBedRules,
} from './assignment-rules';
export type * from './assignment-types';
export { explainNoBed, explainProposal, VIOLATION_LABELS, VIOLATION_ORDER } from './explain';
export { checkAllBeds, checkBed };

/**
 * The best bed for one waiting patient given the assignments already made (an entry for this same patient is
 * ignored), with its score and explanation — or, when every bed breaks a hard constraint, a no-bed result
 * with the number of beds breaking each constraint.
 */
export function proposeBed(
  snapshot: DepartmentSnapshot,
  rules: BedRules,
  patient: WaitingPatient,
  alreadyAssigned: readonly Assignment[] = [],
): Proposal {
  return bestBed(buildPlan(snapshot, rules, alreadyAssigned, new Set([patient.id])), patient);
}
