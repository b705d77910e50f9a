// Follow-up tasks and what a call finds: the day-28 call is made when the hospital's own data leave
// the 28-day outcome unknown (china-standards.md §1: 28-day mortality).
import type { OutcomeStatus } from '../complications/outcome';

export const FOLLOWUP_TASK_KINDS = ['day28_call'] as const;
export type FollowupTaskKind = (typeof FOLLOWUP_TASK_KINDS)[number];

export const FOLLOWUP_TASK_STATUSES = ['open', 'done'] as const;
export type FollowupTaskStatus = (typeof FOLLOWUP_TASK_STATUSES)[number];

/** What the caller learnt: the patient is alive, died (when, of what), or could not be reached. */
export type CallResult =
  | { status: 'alive' }
  | { status: 'died'; deathAt: number; cause: string }
  | { status: 'unreachable'; note: string };

/** The task's result as recorded on it. */
export const callResultText = (call: CallResult): string =>
  call.status === 'unreachable' ? `unreachable: ${call.note}` : call.status;

/** The outcome a call establishes; an unreachable patient leaves it as it was. */
export function outcomeOfCall(
  call: CallResult,
): { status: Extract<OutcomeStatus, 'alive' | 'died'>; deathAt: number | null; cause: string | null } | null {
  if (call.status === 'unreachable') return null;
  return call.status === 'died'
    ? { status: 'died', deathAt: call.deathAt, cause: call.cause }
    : { status: 'alive', deathAt: null, cause: null };
}
