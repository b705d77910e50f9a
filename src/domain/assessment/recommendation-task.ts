// A recommendation from the risk summary is followed as a task until someone acts on it.
import type { Recommendation } from '../scores/instrument';
import type { InstrumentOutcome } from './visit';

export const TASK_STATUSES = ['open', 'accepted', 'declined', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export type TaskAction =
  | { kind: 'accept'; by: string; at: Date }
  | { kind: 'decline'; by: string; at: Date; reason: string }
  | { kind: 'complete'; by: string; at: Date; note?: string };

export type TaskState = { status: TaskStatus };

export type TaskOutcome =
  | { ok: true; status: TaskStatus; reason: string | null }
  | { ok: false; problem: 'reason_required' | 'already_closed' | 'not_accepted_or_open' };

/** open → accepted → done; open → done; open|accepted → declined (with a reason). Declined and done are final. */
export function applyTaskAction(state: TaskState, action: TaskAction): TaskOutcome {
  if (state.status === 'declined' || state.status === 'done') return { ok: false, problem: 'already_closed' };
  switch (action.kind) {
    case 'accept':
      if (state.status !== 'open') return { ok: false, problem: 'not_accepted_or_open' };
      return { ok: true, status: 'accepted', reason: null };
    case 'decline': {
      const reason = action.reason.trim();
      if (!reason) return { ok: false, problem: 'reason_required' };
      return { ok: true, status: 'declined', reason };
    }
    case 'complete':
      return { ok: true, status: 'done', reason: action.note?.trim() || null };
  }
}

export const isOpenTask = (status: TaskStatus): boolean => status === 'open' || status === 'accepted';

/** The recommendations of the complete scores: what signing a visit opens as tasks, and what it prints. */
export const recommendationsOf = (outcomes: readonly InstrumentOutcome[]): Recommendation[] =>
  outcomes.flatMap((o) => ('result' in o && o.result.status === 'complete' ? o.result.recommendations : []));
