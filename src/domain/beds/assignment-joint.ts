// The joint proposal for a day's whole waiting list (issue 13 §3): urgent patients first, then by planned
// admission date (then id); each patient gets the best bed with the occupancy predicted from everyone placed
// before; then, optionally, pairwise swaps that lower the objective without breaking any hard constraint.
import { dayNumber } from '../quality/bed-days';
import { bedIsUsable, patientContext } from './assignment-check';
import { buildPlan, compareCodes, type PlacedStay, type Plan, place, unplace } from './assignment-plan';
import { bedProposal, bestBed, SCORE_EPSILON } from './assignment-propose';
import type { BedRules } from './assignment-rules';
import { penalties, scoreBed, spreadOn, wardBalance } from './assignment-score';
import type { Assignment, DepartmentSnapshot, Proposal, WaitingPatient } from './assignment-types';

export type JointResult = {
  /** One proposal per waiting patient, in the order they were planned (urgent first, then by date). */
  proposals: Proposal[];
  /** The beds given, in the same order. */
  assignments: Assignment[];
  /** Swaps made by the improvement pass. */
  swaps: number;
  /** Σ of the placed patients' score totals in the final plan (lower = better). */
  objective: number;
};

/** The planning order: urgent first, then planned admission date, then patient id. */
export function planningOrder(waiting: readonly WaitingPatient[]): WaitingPatient[] {
  const rank = (p: WaitingPatient): number => (p.priority === 'urgent' ? 0 : 1);
  const day = new Map(waiting.map((p) => [p.id, dayNumber(p.admissionDate)]));
  return [...waiting].sort(
    (a, b) => rank(a) - rank(b) || day.get(a.id)! - day.get(b.id)! || compareCodes(a.id, b.id),
  );
}

function penaltyOf(plan: Plan, s: PlacedStay, bedId: string): number {
  const p = penalties(plan, s.patient, s.stay, plan.bedById.get(bedId)!);
  return p.homeWardTerm + p.futureTransferTerm + p.reservationTerm;
}

/**
 * Change of Σ balance terms if a and b traded wards. Σ_p weight × mean_{d∈stay p} spread(d) =
 * weight × Σ_d coeff(d) × spread(d), coeff(d) = Σ over placed patients present on d of 1 / their stay days.
 * `spreads` holds today's spread per horizon day.
 */
function balanceDelta(
  plan: Plan,
  coeff: readonly number[],
  spreads: readonly number[],
  a: PlacedStay,
  b: PlacedStay,
): number {
  const wa = plan.bedById.get(a.bedId)!.w;
  const wb = plan.bedById.get(b.bedId)!.w;
  if (wa === wb) return 0;
  let delta = 0;
  const from = Math.min(a.stay.lo, b.stay.lo);
  const to = Math.max(a.stay.hi, b.stay.hi);
  for (let d = from; d < to; d++) {
    const inA = d >= a.stay.lo && d < a.stay.hi ? 1 : 0;
    const inB = d >= b.stay.lo && d < b.stay.hi ? 1 : 0;
    if (inA === inB) continue; // both or neither present: the two wards keep their counts that day
    delta += coeff[d]! * (spreadOn(plan, d, wa, inB - inA, wb, inA - inB) - spreads[d]!);
  }
  return plan.rules.weights.balance * 100 * delta;
}

/** Tries to give a the bed of b and b the bed of a; keeps it only when neither breaks a hard constraint. */
function trySwap(plan: Plan, a: PlacedStay, b: PlacedStay): boolean {
  const bedA = a.bedId;
  const bedB = b.bedId;
  unplace(plan, a.patient.id);
  unplace(plan, b.patient.id);
  const aOk = bedIsUsable(plan, patientContext(plan, a.patient), plan.bedById.get(bedB)!);
  if (aOk) {
    place(plan, a.patient, bedB);
    if (bedIsUsable(plan, patientContext(plan, b.patient), plan.bedById.get(bedA)!)) {
      place(plan, b.patient, bedA);
      return true;
    }
    unplace(plan, a.patient.id);
  }
  place(plan, a.patient, bedA);
  place(plan, b.patient, bedB);
  return false;
}

/** Pairwise-swap local improvement of the placed waiting patients; returns the number of swaps made. */
function improve(plan: Plan, ids: readonly string[], maxPasses: number): number {
  const coeff = new Array<number>(plan.days).fill(0);
  for (const id of ids) {
    const s = plan.placed.get(id)!;
    for (let d = s.stay.lo; d < s.stay.hi; d++) coeff[d]! += 1 / (s.stay.hi - s.stay.lo);
  }
  const spreads = Array.from({ length: plan.days }, (_, d) => spreadOn(plan, d));
  let swaps = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    let changed = false;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = plan.placed.get(ids[i]!)!;
        const b = plan.placed.get(ids[j]!)!;
        if (plan.bedById.get(a.bedId)!.roomKey === plan.bedById.get(b.bedId)!.roomKey) continue;
        const delta =
          penaltyOf(plan, a, b.bedId) +
          penaltyOf(plan, b, a.bedId) -
          penaltyOf(plan, a, a.bedId) -
          penaltyOf(plan, b, b.bedId) +
          balanceDelta(plan, coeff, spreads, a, b);
        if (delta < -SCORE_EPSILON && trySwap(plan, a, b)) {
          swaps++;
          changed = true;
          const from = Math.min(a.stay.lo, b.stay.lo);
          for (let d = from; d < Math.max(a.stay.hi, b.stay.hi); d++) spreads[d] = spreadOn(plan, d);
        }
      }
    }
    if (!changed) break;
  }
  return swaps;
}

/** The final proposal of a placed patient: scored with everyone else in place ("before" = without them). */
function finalProposal(plan: Plan, patient: WaitingPatient): Proposal {
  const { bedId } = unplace(plan, patient.id);
  const ctx = patientContext(plan, patient);
  const planBed = plan.bedById.get(bedId)!;
  const score = scoreBed(plan, patient, ctx.stay, planBed, wardBalance(plan, ctx.stay));
  place(plan, patient, bedId);
  return bedProposal(plan, patient, planBed, score);
}

/**
 * Beds for the whole waiting list. `alreadyAssigned` are fixed (accepted earlier) and never moved; an entry
 * for a patient who is also on the waiting list is ignored (that patient is planned again). Throws when a
 * patient id appears twice on the list.
 */
export function proposeJoint(
  snapshot: DepartmentSnapshot,
  rules: BedRules,
  waiting: readonly WaitingPatient[],
  alreadyAssigned: readonly Assignment[] = [],
): JointResult {
  const ids = new Set<string>();
  for (const p of waiting) {
    if (ids.has(p.id)) {
      throw new RangeError(`待分床名单中患者重复 / patient listed twice on the waiting list: ${p.id}`);
    }
    ids.add(p.id);
  }
  const plan = buildPlan(snapshot, rules, alreadyAssigned, ids);
  const order = planningOrder(waiting);
  const greedy = (patients: readonly WaitingPatient[]): Map<string, Proposal> => {
    const out = new Map<string, Proposal>();
    for (const p of patients) {
      const proposal = bestBed(plan, p);
      if (proposal.kind === 'bed') place(plan, p, proposal.bedId);
      out.set(p.id, proposal);
    }
    return out;
  };
  let proposals = greedy(order);
  let swaps = 0;
  if (rules.improveJoint) {
    const placedIds = order.filter((p) => plan.placed.has(p.id)).map((p) => p.id);
    swaps = improve(plan, placedIds, rules.maxSwapPasses);
    // Swaps move stays between beds, which may open a bed to a patient left without one: try those again.
    const retried = greedy(order.filter((p) => !plan.placed.has(p.id)));
    proposals = new Map([...proposals, ...retried]);
  }
  const result: JointResult = { proposals: [], assignments: [], swaps, objective: 0 };
  for (const p of order) {
    const proposal = plan.placed.has(p.id) ? finalProposal(plan, p) : proposals.get(p.id)!;
    result.proposals.push(proposal);
    if (proposal.kind === 'bed') {
      result.assignments.push({ patient: p, bedId: proposal.bedId });
      result.objective += proposal.score.total;
    }
  }
  return result;
}
