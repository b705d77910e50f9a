// The best bed for one patient in a plan: every bed of the department checked against the hard constraints,
// the ones that pass scored by the objective (assignment-score.ts); ties go to the board order (ward code,
// then bed code), so the result never depends on the order of the input.
import { bedIsUsable, bedViolationFacts, type PatientContext, patientContext } from './assignment-check';
import type { Plan, PlanBed } from './assignment-plan';
import { scoreBed, wardBalance } from './assignment-score';
import type {
  BedProposal,
  NoBedProposal,
  Proposal,
  ScoreBreakdown,
  ViolationKind,
  WaitingPatient,
} from './assignment-types';
import { explainNoBed, explainProposal } from './explain';

/** Scores closer than this are a tie (floating-point noise, far below a hundredth of a percentage point). */
export const SCORE_EPSILON = 1e-9;

/** The proposal of a bed with its score, explained. */
export function bedProposal(
  plan: Plan,
  patient: WaitingPatient,
  planBed: PlanBed,
  score: ScoreBreakdown,
): BedProposal {
  const homeIndex = patient.homeWard === null ? undefined : plan.wardIndex.get(patient.homeWard);
  return {
    kind: 'bed',
    patientId: patient.id,
    bedId: planBed.bed.id,
    ward: planBed.ward.code,
    room: planBed.room.code,
    bedCode: planBed.bed.code,
    score,
    explanation: explainProposal({
      ward: planBed.ward,
      bedCode: planBed.bed.code,
      score,
      homeWard: homeIndex === undefined ? null : plan.wards[homeIndex]!,
      homeWardCode: patient.homeWard,
    }),
  };
}

/** Beds breaking each constraint (a bed breaking several counts under each). */
function violationCounts(plan: Plan, ctx: PatientContext): Partial<Record<ViolationKind, number>> {
  const counts: Partial<Record<ViolationKind, number>> = {};
  for (const planBed of plan.beds) {
    for (const kind of new Set(bedViolationFacts(plan, ctx, planBed).map((f) => f.kind))) {
      counts[kind] = (counts[kind] ?? 0) + 1;
    }
  }
  return counts;
}

/** The best bed for the patient in the plan as it stands (the patient must not be placed in it). */
export function bestBed(plan: Plan, patient: WaitingPatient): Proposal {
  const ctx = patientContext(plan, patient);
  const balance = wardBalance(plan, ctx.stay);
  let best: { planBed: PlanBed; score: ScoreBreakdown } | null = null;
  for (const planBed of plan.beds) {
    if (!bedIsUsable(plan, ctx, planBed)) continue;
    const score = scoreBed(plan, patient, ctx.stay, planBed, balance);
    if (best === null || score.total < best.score.total - SCORE_EPSILON) best = { planBed, score };
  }
  if (best !== null) return bedProposal(plan, patient, best.planBed, best.score);
  // No bed: only now is every constraint of every bed worth listing.
  const counts = violationCounts(plan, ctx);
  const none: NoBedProposal = {
    kind: 'no-bed',
    patientId: patient.id,
    bedsChecked: plan.beds.length,
    violationCounts: counts,
    explanation: explainNoBed(counts, plan.beds.length),
  };
  return none;
}
