// Correcting the record before it is signed: every entry — event, drug, fluid, checklist answer, vital
// sign entered by hand — may be edited or voided with a reason; what it was before is kept with who
// changed it and when, and a voided entry stays, struck through, never deleted. Two entries cannot be
// undone this way: an event that moved the case (its status time stands on it: correct its time
// instead), and a checklist answer whose phase let the case through its gate.
import { CHECKLIST_GATES } from '../registry/case-gates';
import type { TargetStatus } from '../registry/case-status';
import type { StatusTimes } from './record-time';
import type { ChecklistPhase } from './record-vocabulary';
import { eventDef } from './record-vocabulary';

export const ENTRY_KINDS = ['event', 'drug', 'fluid', 'checklist', 'vital'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const CORRECTION_ACTIONS = ['edit', 'void'] as const;
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number];

type Value = string | number | boolean | null | undefined | Date;
const same = (a: Value, b: Value): boolean =>
  a instanceof Date || b instanceof Date
    ? (a instanceof Date ? a.getTime() : a) === (b instanceof Date ? b.getTime() : b)
    : (a ?? null) === (b ?? null);

/** The fields given in `after` whose value differs from `before`'s (times compared by instant). */
export function changedFields<T extends Record<string, Value>>(before: T, after: Partial<T>): (keyof T)[] {
  return (Object.keys(after) as (keyof T)[]).filter(
    (k) => after[k] !== undefined && !same(before[k], after[k] as Value),
  );
}

/** The status an event moved the case into: such an event is corrected, not voided. */
export const movedCase = (code: string): TargetStatus | null => eventDef(code)?.transition ?? null;

/** The transition a checklist phase gated, if the case has gone through it (its answers then stand). */
export function gatePassed(phase: ChecklistPhase, times: StatusTimes): TargetStatus | null {
  const gated = (Object.entries(CHECKLIST_GATES) as [TargetStatus, ChecklistPhase][]).find(
    ([, p]) => p === phase,
  )?.[0];
  return gated && times[gated] != null ? gated : null;
}

/** An infusion segment's end cannot precede its start. */
export const endsBeforeStart = (startAt: number, endAt: number | null): boolean =>
  endAt !== null && endAt < startAt;
