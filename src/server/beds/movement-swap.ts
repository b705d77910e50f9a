// Two patients exchange beds in one step (issue 13 §4): both admissions and both beds locked, each patient
// checked against the other's bed, both stays closed and only then both new ones opened — one registered bed
// holds one open stay at a time (bed_stays_bed_open_idx). Runs in BedMovementService's transaction.
import type { SwapResult } from '../../api/beds';
import { type StayRow, setStayEnd, updateAdmission } from '../../db/beds/bed-stays.repo';
import {
  announce,
  applyRules,
  auditStay,
  claimBed,
  type Held,
  invalid,
  lockedForMove,
  type MovementSource,
  NO_RULES,
  type OverrideInput,
  overrideDetail,
  patientOf,
  type RuleOutcome,
  resultOf,
  type Step,
  siteDay,
  subjectOfAdmission,
  waitingPatientOf,
  writeStays,
} from './movement-steps';

export type SwapSide = { admissionId: string; stayVersion?: number };
export type SwapInput = {
  first: SwapSide;
  second: SwapSide;
  at: Date;
  reason: string;
  override?: OverrideInput;
  /** 'adt' = the HIS's fact: no rule check (default 'periop'). */
  source?: MovementSource;
};

/** Each patient against the other's bed, the first already placed when the second is checked. */
async function swapRules(s: Step, input: SwapInput, a: Held, b: Held): Promise<[RuleOutcome, RuleOutcome]> {
  const source = input.source ?? 'periop';
  if (source === 'adt') return [NO_RULES, NO_RULES];
  const day = siteDay(s.ctx, input.at);
  const moving = new Set([a.admission.id, b.admission.id]);
  const subjectOf = async (x: Held) =>
    subjectOfAdmission(s, x.admission, await patientOf(s, x.admission.patientId), day);
  const sa = await subjectOf(a);
  const sb = await subjectOf(b);
  const first = b.open.bedId
    ? await applyRules(s, source, { subject: sa, bedId: b.open.bedId, moving }, input.override)
    : NO_RULES;
  const placed = b.open.bedId ? [{ patient: waitingPatientOf(sa, day), bedId: b.open.bedId }] : [];
  const second = a.open.bedId
    ? await applyRules(s, source, { subject: sb, bedId: a.open.bedId, moving, placed }, input.override)
    : NO_RULES;
  return [first, second];
}

export async function swapBeds(s: Step, input: SwapInput): Promise<SwapResult> {
  if (input.first.admissionId === input.second.admissionId) {
    throw invalid(s.actor, 'second.admissionId', 'beds.swap.same');
  }
  // Both admissions locked in id order, so two swaps of the same pair cannot deadlock.
  const sides = [input.first, input.second];
  const held = new Map<string, Held>();
  for (const side of [...sides].sort((x, y) => (x.admissionId < y.admissionId ? -1 : 1))) {
    held.set(side.admissionId, await lockedForMove(s, side.admissionId, side.stayVersion));
  }
  const a = held.get(input.first.admissionId)!;
  const b = held.get(input.second.admissionId)!;
  for (const x of [a, b]) if (input.at < x.open.fromAt) throw invalid(s.actor, 'at', 'beds.at.beforeStay');
  const ids = [a.admission.id, b.admission.id];
  for (const bedId of [a.open.bedId, b.open.bedId].filter((x): x is string => !!x).sort()) {
    await claimBed(s, bedId, { whenTaken: 'invalid', except: ids, at: input.at });
  }
  const outcomes = await swapRules(s, input, a, b);
  for (const x of [a, b]) await setStayEnd(s.tx, x.open.id, input.at);
  const moves: [Held, StayRow, RuleOutcome][] = [
    [a, b.open, outcomes[0]],
    [b, a.open, outcomes[1]],
  ];
  const opened = await writeStays(
    s,
    moves.map(([x, place, rules]) => ({
      admissionId: x.admission.id,
      patientId: x.admission.patientId,
      wardId: place.wardId,
      bedId: place.bedId,
      temporary: place.temporary,
      fromAt: input.at,
      cause: 'swap',
      reason: input.reason,
      overridden: rules.overridden,
      overrideReason: rules.overrideReason,
    })),
  );
  for (const [i, [x, place, rules]] of moves.entries()) {
    await updateAdmission(
      s.tx,
      x.admission.id,
      { wardId: place.wardId, bedId: place.bedId },
      { userId: s.actor.id, now: s.now },
    );
    await auditStay(s, 'swap', opened[i]!, {
      at: input.at.toISOString(),
      from: { wardId: x.open.wardId, bedId: x.open.bedId, stayId: x.open.id },
      to: { wardId: place.wardId, bedId: place.bedId },
      with: moves[1 - i]![0].admission.id,
      reason: input.reason,
      ...overrideDetail(rules),
    });
  }
  await announce(s, [a.open.wardId, b.open.wardId]);
  return { first: await resultOf(s.tx, a.admission.id), second: await resultOf(s.tx, b.admission.id) };
}
