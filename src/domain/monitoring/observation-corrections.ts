// Correcting a ward observation set: a mistyped value or time is edited, a set entered on the wrong
// patient or twice is voided — each with a reason, what it was before kept with who and when; a voided
// set stays, struck through, and counts nowhere (the board's latest set, the overdue clock, alerts).
// A correction rescores the set (observation-scoring.ts) and answers to the corrected score: an alert the
// set raised that the corrected set no longer calls for is withdrawn (it would otherwise escalate a
// typing error to the team leader), and an alert it now calls for is raised — the same response an
// entered set gets (escalation.ts; RCP 2017 Charts 3–4, clinical-scores.md §1.2).
import type { News2Input } from '../scores/news2';
import {
  type AlertType,
  DEFAULT_ESCALATION,
  type EscalationConfig,
  isOverdue,
  type Response,
} from './escalation';

/** The values of a set a correction may change, in the order the history names them. */
export const SET_VALUE_FIELDS = [
  'respirationRate',
  'spo2',
  'onOxygen',
  'systolicBp',
  'pulse',
  'consciousness',
  'temperature',
] as const satisfies readonly (keyof News2Input)[];
export type SetValueField = (typeof SET_VALUE_FIELDS)[number];

type Value = string | number | boolean | null;
export type SetValues = Partial<Record<SetValueField, Value | undefined>>;
export type SetState = { takenAt: number; values: SetValues };

/** What a correction changes: the values given that differ, and the time if it moved. */
export function setChanges(
  before: SetState,
  after: { takenAt?: number; values?: SetValues },
): (SetValueField | 'takenAt')[] {
  const values = SET_VALUE_FIELDS.filter(
    (f) =>
      after.values !== undefined &&
      after.values[f] !== undefined &&
      (after.values[f] ?? null) !== (before.values[f] ?? null),
  );
  const moved = after.takenAt !== undefined && after.takenAt !== before.takenAt;
  return [...(moved ? (['takenAt'] as const) : []), ...values];
}

/** An alert the set stands behind (not withdrawn), open or acknowledged. */
export type SetAlert = { id: string; type: AlertType };
export type AlertPlan = {
  /** Alerts the corrected set no longer calls for. */
  withdraw: string[];
  /** The alert the corrected set calls for and has not raised. */
  raise: Exclude<AlertType, 'overdue'> | null;
};

/**
 * The set's alerts after its correction; `corrected` is null when the set is voided (it calls for
 * nothing). An overdue alert on the set stands while the corrected set is still past its due time and
 * grace; the escalation job raises one again when a due time falls past it later.
 */
export function alertsAfterCorrection(
  alerts: readonly SetAlert[],
  corrected: { response: Response | null; nextDueAt: number | null } | null,
  now: number,
  cfg: EscalationConfig = DEFAULT_ESCALATION,
): AlertPlan {
  const called = corrected?.response?.alert ?? null;
  const stands = (a: SetAlert) =>
    a.type === 'overdue'
      ? corrected !== null && corrected.nextDueAt !== null && isOverdue(corrected.nextDueAt, now, cfg)
      : a.type === called;
  return {
    withdraw: alerts.filter((a) => !stands(a)).map((a) => a.id),
    raise: called && !alerts.some((a) => a.type === called) ? called : null,
  };
}
