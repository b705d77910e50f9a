// The hard constraints of a bed for a waiting patient (issue 13 §3: "never violated"): bed free or freeing by
// the admission date, no double booking, room sex, isolation, monitored bed, ward nurse-staffing limit.
import { dateOfDay } from '../quality/bed-days';
import { buildPlan, type Plan, type PlanBed, type StayWindow, stayWindow } from './assignment-plan';
import type { BedRules } from './assignment-rules';
import type {
  Assignment,
  DepartmentSnapshot,
  Sex,
  Violation,
  ViolationFacts,
  WaitingPatient,
} from './assignment-types';
import { violation } from './explain';

/** What stays the same for every bed while one patient is checked: the stay, and per-ward staffing results. */
export type PatientContext = {
  patient: WaitingPatient;
  stay: StayWindow;
  inHorizon: boolean;
  /** Per ward index: the staffing violation (null = none); undefined = not computed yet. */
  staffing: (ViolationFacts | null | undefined)[];
};

export function patientContext(plan: Plan, patient: WaitingPatient): PatientContext {
  const stay = stayWindow(plan, patient);
  const inHorizon = stay.admit >= plan.first && stay.admit < plan.first + plan.days;
  return { patient, stay, inHorizon, staffing: new Array(plan.wards.length) };
}

const overlaps = (aFrom: number, aTo: number, bFrom: number, bTo: number): boolean =>
  aFrom < bTo && bFrom < aTo;

function staffingViolation(plan: Plan, ctx: PatientContext, w: number): ViolationFacts | null {
  const cached = ctx.staffing[w];
  if (cached !== undefined) return cached;
  const ward = plan.wards[w]!;
  const limit = ward.staffingLimit;
  let found: ViolationFacts | null = null;
  if (limit !== null) {
    const row = plan.occupancy[w]!;
    // Predicted occupants on every stay day, this patient included, ≤ the limit (issue 13 §3).
    for (let d = ctx.stay.lo; d < ctx.stay.hi && found === null; d++) {
      const predicted = row[d]! + 1;
      if (predicted > limit) {
        found = {
          kind: 'staffing-limit',
          ward: ward.code,
          limit,
          date: dateOfDay(plan.first + d),
          predicted,
        };
      }
    }
  }
  ctx.staffing[w] = found;
  return found;
}

/** The one sex of everyone in the room during the stay, or null (empty room, or both sexes present). */
function occupantSexDuring(plan: Plan, planBed: PlanBed, stay: StayWindow): Sex | null {
  let seen: Sex | null = null;
  for (const p of plan.roomOccupants.get(planBed.roomKey) ?? []) {
    if (!overlaps(p.from, p.to, stay.admit, stay.end)) continue;
    if (seen !== null && seen !== p.sex) return null;
    seen = p.sex;
  }
  for (const p of plan.roomPlaced.get(planBed.roomKey) ?? []) {
    if (!overlaps(p.stay.admit, p.stay.end, stay.admit, stay.end)) continue;
    if (seen !== null && seen !== p.patient.sex) return null;
    seen = p.patient.sex;
  }
  return seen;
}

/**
 * The constraints the bed breaks, pushed to `out`; with `out` null, stops at the first one without building
 * it (enough to rule a bed out). Cheapest checks first. Returns whether anything is broken.
 */
function scan(plan: Plan, ctx: PatientContext, planBed: PlanBed, out: ViolationFacts[] | null): boolean {
  const { patient, stay } = ctx;
  const c: BedRules['constraints'] = plan.rules.constraints;
  const s = planBed.bed.status;
  const room = planBed.room;
  if (!ctx.inHorizon) {
    if (out === null) return true;
    out.push({ kind: 'outside-horizon', admissionDate: patient.admissionDate, horizon: plan.horizon });
  }
  // Free, or freeing at the occupant's expected discharge no later than the admission date (issue 13 §3).
  if ((s.kind === 'closed' || s.kind === 'occupied') && stay.admit < planBed.takenBefore) {
    if (out === null) return true;
    if (s.kind === 'closed') out.push({ kind: 'bed-closed', reopens: s.reopens });
    else out.push({ kind: 'bed-occupied', freeFrom: s.expectedDischarge });
  }
  // A bed reserved for someone else is held for them through `until`.
  if (s.kind === 'reserved' && s.patientId !== patient.id && stay.admit <= planBed.reservedThrough) {
    if (out === null) return true;
    out.push({ kind: 'bed-reserved', reservedFor: s.patientId, until: s.until });
  }
  // Issue 13 §3: room sex, isolation, monitored bed, ward nurse-staffing limit.
  const roomSexBroken = c.roomSex && room.sex !== 'mixed' && room.sex !== patient.sex;
  if (roomSexBroken) {
    if (out === null) return true;
    // The room is neither mixed nor of the patient's sex, so it is of the other sex.
    out.push({
      kind: 'room-sex',
      roomSex: patient.sex === 'male' ? 'female' : 'male',
      patientSex: patient.sex,
    });
  }
  if (c.isolation && patient.isolation && !room.isolationCapable) {
    if (out === null) return true;
    out.push({ kind: 'isolation' });
  }
  if (c.monitored && patient.needsMonitored && !room.monitored) {
    if (out === null) return true;
    out.push({ kind: 'monitored' });
  }
  const staffing = c.staffingLimit ? staffingViolation(plan, ctx, planBed.w) : null;
  if (staffing !== null) {
    if (out === null) return true;
    out.push(staffing);
  }
  for (const other of plan.bedPlaced.get(planBed.bed.id) ?? []) {
    if (
      other.patient.id === patient.id ||
      !overlaps(other.stay.admit, other.stay.end, stay.admit, stay.end)
    ) {
      continue;
    }
    if (out === null) return true;
    const from = dateOfDay(other.stay.admit);
    out.push({
      kind: 'double-booking',
      otherPatientId: other.patient.id,
      from,
      to: dateOfDay(other.stay.end),
    });
  }
  if (c.occupantSex && !roomSexBroken) {
    const occupantSex = occupantSexDuring(plan, planBed, stay);
    if (occupantSex !== null && occupantSex !== patient.sex) {
      if (out === null) return true;
      out.push({ kind: 'occupant-sex', occupantSex, patientSex: patient.sex });
    }
  }
  return out !== null && out.length > 0;
}

/** Every hard constraint the bed breaks for the patient, in the plan as it stands (the patient not placed). */
export function bedViolationFacts(plan: Plan, ctx: PatientContext, planBed: PlanBed): ViolationFacts[] {
  const out: ViolationFacts[] = [];
  scan(plan, ctx, planBed, out);
  return out;
}

/** Whether the bed breaks no hard constraint for the patient (stops at the first broken one). */
export function bedIsUsable(plan: Plan, ctx: PatientContext, planBed: PlanBed): boolean {
  return !scan(plan, ctx, planBed, null);
}

/** Assignments other than the patient's own (re-proposing a patient ignores where they were put before). */
const skipSelf = (patient: WaitingPatient): ReadonlySet<string> => new Set([patient.id]);

/**
 * The hard constraints `bedId` would break for `patient`, given the assignments already made — so the board
 * can show what another bed than the proposed one would break. Empty = the bed may be given.
 */
export function checkBed(
  snapshot: DepartmentSnapshot,
  rules: BedRules,
  patient: WaitingPatient,
  bedId: string,
  alreadyAssigned: readonly Assignment[] = [],
): Violation[] {
  const plan = buildPlan(snapshot, rules, alreadyAssigned, skipSelf(patient));
  const planBed = plan.bedById.get(bedId);
  if (planBed === undefined) return [violation({ kind: 'unknown-bed', bedId })];
  return bedViolationFacts(plan, patientContext(plan, patient), planBed).map(violation);
}

/** checkBed for every bed of the department at once, in board order (ward code, then bed code). */
export function checkAllBeds(
  snapshot: DepartmentSnapshot,
  rules: BedRules,
  patient: WaitingPatient,
  alreadyAssigned: readonly Assignment[] = [],
): { bedId: string; violations: Violation[] }[] {
  const plan = buildPlan(snapshot, rules, alreadyAssigned, skipSelf(patient));
  const ctx = patientContext(plan, patient);
  return plan.beds.map((b) => ({
    bedId: b.bed.id,
    violations: bedViolationFacts(plan, ctx, b).map(violation),
  }));
}
