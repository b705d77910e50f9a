// The department's bed-assignment rules as data (issue 13 §3: "the rules and weights are data, configurable
// per department"). Bed availability (closed, occupied, reserved for someone else, double booking) is physical
// and always enforced; the clinical hard constraints below can be switched per department.

export type BedConstraintRules = {
  /** A male or female room takes only that sex (issue 13 §3 "room sex compatible"). */
  roomSex: boolean;
  /** A mixed room whose occupants during the stay are all of one sex counts as that sex. */
  occupantSex: boolean;
  /** An isolation need requires an isolation-capable room (issue 13 §3). */
  isolation: boolean;
  /** A monitored need requires a monitored bed (issue 13 §3, e.g. grade-4 esophagectomy day 0–1). */
  monitored: boolean;
  /** Predicted occupants of the ward on every stay day ≤ its nurse-staffing limit, when one is set. */
  staffingLimit: boolean;
};

/**
 * Weights of the objective; every term is a penalty, lower total = better bed. The balance term is the
 * weight × the mean daily spread of ward occupancy in percentage points, so the other weights read as
 * "worth this many percentage points of spread".
 */
export type BedWeights = {
  balance: number;
  /** Penalty when the bed is not in the patient's home (requested / surgical team's) ward. */
  homeWard: number;
  /** Penalty per implied future transfer (e.g. a monitored bed for a patient who needs it only day 0–1). */
  futureTransfer: number;
  /** Penalty for leaving the bed reserved for this very patient unused. */
  reservationElsewhere: number;
};

export type BedRules = {
  constraints: BedConstraintRules;
  weights: BedWeights;
  /** Run the pairwise-swap improvement pass after the greedy joint assignment. */
  improveJoint: boolean;
  /** Upper bound on the improvement passes (each pass tries every pair once). */
  maxSwapPasses: number;
};

export type BedRulesOverrides = {
  constraints?: Partial<BedConstraintRules>;
  weights?: Partial<BedWeights>;
  improveJoint?: boolean;
  maxSwapPasses?: number;
};

/**
 * Defaults: balance first (1 per percentage point), then the home ward (worth 5 points of spread), then
 * future transfers (3 points each) — the order of issue 13 §3. A reservation is honoured unless it breaks a
 * hard constraint (100 points).
 */
export const DEFAULT_BED_RULES: BedRules = {
  constraints: { roomSex: true, occupantSex: true, isolation: true, monitored: true, staffingLimit: true },
  weights: { balance: 1, homeWard: 5, futureTransfer: 3, reservationElsewhere: 100 },
  improveJoint: true,
  maxSwapPasses: 10,
};

function checkWeight(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`权重须为非负有限数 / weight must be a finite number ≥ 0: ${name} = ${value}`);
  }
  return value;
}

/** The department's rules: the defaults with its overrides applied; throws on a negative or non-finite weight. */
export function resolveBedRules(overrides: BedRulesOverrides = {}): BedRules {
  const weights: BedWeights = { ...DEFAULT_BED_RULES.weights, ...overrides.weights };
  for (const [name, value] of Object.entries(weights)) checkWeight(name, value);
  const maxSwapPasses = overrides.maxSwapPasses ?? DEFAULT_BED_RULES.maxSwapPasses;
  if (!Number.isInteger(maxSwapPasses) || maxSwapPasses < 0) {
    throw new RangeError(
      `优化轮数须为非负整数 / maxSwapPasses must be an integer ≥ 0: ${String(maxSwapPasses)}`,
    );
  }
  return {
    constraints: { ...DEFAULT_BED_RULES.constraints, ...overrides.constraints },
    weights,
    improveJoint: overrides.improveJoint ?? DEFAULT_BED_RULES.improveJoint,
    maxSwapPasses,
  };
}
