// The objective of the balanced assignment (issue 13 §3): even out the predicted occupancy of the department's
// wards over the patient's expected stay, then prefer the home ward, then fewer future transfers.
//
// Measure of balance: on each day, the spread = max − min of the wards' occupancy fractions (patients present at
// midnight / beds not closed, china-standards.md §3 midnight census); the objective takes the MEAN of the daily
// spread over the stay days inside the horizon. The mean (not the max) is chosen because it rewards evening out
// every day of the stay: the max lets one peak day decide alone and leaves most candidate wards tied.
import type { Plan, PlanBed, StayWindow } from './assignment-plan';
import type { ScoreBreakdown, TransferReason, WaitingPatient } from './assignment-types';

/** Mean daily spread over a stay without the patient, and with the patient in each ward (by ward index). */
export type WardBalance = { before: number; after: number[]; stayDays: number };

/**
 * Balance for every ward at once in O(stay days × wards): per day the largest two and smallest two fractions
 * give the spread after adding one patient to any ward without rescanning the others.
 */
export function wardBalance(plan: Plan, stay: StayWindow): WardBalance {
  const count = plan.wards.length;
  const sumAfter = new Array<number>(count).fill(0);
  const fraction = new Array<number>(count).fill(0);
  let sumBefore = 0;
  for (let d = stay.lo; d < stay.hi; d++) {
    let max1 = Number.NEGATIVE_INFINITY;
    let max2 = Number.NEGATIVE_INFINITY;
    let min1 = Number.POSITIVE_INFINITY;
    let min2 = Number.POSITIVE_INFINITY;
    let max1w = -1;
    let min1w = -1;
    for (let w = 0; w < count; w++) {
      const cap = plan.capacity[w]![d]!;
      if (cap <= 0) continue; // a ward with every bed closed that day has no occupancy to balance
      const v = plan.occupancy[w]![d]! / cap;
      fraction[w] = v;
      if (v > max1) {
        max2 = max1;
        max1 = v;
        max1w = w;
      } else if (v > max2) max2 = v;
      if (v < min1) {
        min2 = min1;
        min1 = v;
        min1w = w;
      } else if (v < min2) min2 = v;
    }
    const before = max1w < 0 ? 0 : max1 - min1;
    sumBefore += before;
    for (let w = 0; w < count; w++) {
      const cap = plan.capacity[w]![d]!;
      if (cap <= 0) {
        sumAfter[w]! += before;
        continue;
      }
      const v = fraction[w]! + 1 / cap;
      const max = Math.max(v, w === max1w ? max2 : max1);
      const min = w === min1w ? Math.min(v, min2) : min1;
      sumAfter[w]! += max - min;
    }
  }
  const n = stay.hi - stay.lo;
  return {
    before: n > 0 ? sumBefore / n : 0,
    after: sumAfter.map((s) => (n > 0 ? s / n : 0)),
    stayDays: n,
  };
}

/** The spread of ward occupancy on horizon day d, with `da` patients added to ward `wa` and `db` to `wb`. */
export function spreadOn(plan: Plan, d: number, wa = -1, da = 0, wb = -1, db = 0): number {
  let max = Number.NEGATIVE_INFINITY;
  let min = Number.POSITIVE_INFINITY;
  for (let w = 0; w < plan.wards.length; w++) {
    const cap = plan.capacity[w]![d]!;
    if (cap <= 0) continue;
    const v = (plan.occupancy[w]![d]! + (w === wa ? da : 0) + (w === wb ? db : 0)) / cap;
    if (v > max) max = v;
    if (v < min) min = v;
  }
  return max >= min ? max - min : 0;
}

/**
 * A monitored bed implies a later transfer when the patient needs monitoring for only part of the stay
 * (e.g. grade-4 esophagectomy day 0–1, issue 13 §3), or not at all (the bed is given up when a monitored
 * patient needs it).
 */
export function futureTransfer(
  patient: WaitingPatient,
  stay: StayWindow,
  planBed: PlanBed,
): TransferReason | null {
  if (!planBed.room.monitored) return null;
  if (!patient.needsMonitored) return 'monitored-not-needed';
  const days = patient.monitoredDays ?? null;
  return days !== null && days < stay.end - stay.admit ? 'monitored-step-down' : null;
}

export type Penalties = Pick<ScoreBreakdown, 'homeWard' | 'futureTransfers' | 'transferReason'> & {
  reservationElsewhere: boolean;
  homeWardTerm: number;
  futureTransferTerm: number;
  reservationTerm: number;
};

/** The terms of the objective that do not depend on the occupancy: home ward, transfers, reservation. */
export function penalties(
  plan: Plan,
  patient: WaitingPatient,
  stay: StayWindow,
  planBed: PlanBed,
): Penalties {
  const weights = plan.rules.weights;
  const homeWard =
    patient.homeWard === null ? 'none' : planBed.ward.code === patient.homeWard ? 'home' : 'other';
  const transferReason = futureTransfer(patient, stay, planBed);
  const futureTransfers = transferReason === null ? 0 : 1;
  const reserved = plan.reservationOf.get(patient.id);
  const reservationElsewhere = reserved !== undefined && reserved !== planBed.bed.id;
  return {
    homeWard,
    futureTransfers,
    transferReason,
    reservationElsewhere,
    homeWardTerm: homeWard === 'other' ? weights.homeWard : 0,
    futureTransferTerm: weights.futureTransfer * futureTransfers,
    reservationTerm: reservationElsewhere ? weights.reservationElsewhere : 0,
  };
}

/** The score of a bed that breaks no hard constraint (lower = better), term by term. */
export function scoreBed(
  plan: Plan,
  patient: WaitingPatient,
  stay: StayWindow,
  planBed: PlanBed,
  balance: WardBalance,
): ScoreBreakdown {
  const p = penalties(plan, patient, stay, planBed);
  const spreadAfter = balance.after[planBed.w]!;
  // Balance in percentage points of mean daily spread × its weight (assignment-rules.ts BedWeights).
  const balanceTerm = plan.rules.weights.balance * spreadAfter * 100;
  return {
    spreadBefore: balance.before,
    spreadAfter,
    stayDays: balance.stayDays,
    homeWard: p.homeWard,
    futureTransfers: p.futureTransfers,
    transferReason: p.transferReason,
    reservationElsewhere: p.reservationElsewhere,
    terms: {
      balance: balanceTerm,
      homeWard: p.homeWardTerm,
      futureTransfer: p.futureTransferTerm,
      reservation: p.reservationTerm,
    },
    total: balanceTerm + p.homeWardTerm + p.futureTransferTerm + p.reservationTerm,
  };
}
