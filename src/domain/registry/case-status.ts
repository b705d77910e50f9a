// The surgical case status machine. Each transition's time is the raw material of the national
// anesthesia QC indicators (china-standards.md §1), so it is kept exactly as entered.
import { type CancelReasonCode, cancelTextRequired } from './cancel-reasons';

export const CASE_STATUSES = [
  'scheduled',
  'in_room',
  'anesthesia_start',
  'surgery_start',
  'surgery_end',
  'anesthesia_end',
  'out_of_room',
  'pacu_in',
  'pacu_out',
  'ward',
  'icu',
  'cancelled',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The status a case enters by a transition; `scheduled` is only ever the initial status. */
export type TargetStatus = Exclude<CaseStatus, 'scheduled'>;

export const CANCEL_STAGES = [
  'before_room',
  'after_room_before_anesthesia',
  'after_anesthesia_before_incision',
] as const;
export type CancelStage = (typeof CANCEL_STAGES)[number];

// out_of_room may go straight to the ward or ICU: many thoracic patients bypass PACU
// (docs/clinical-decisions.md, "Direct transfer from the OR").
export const NEXT_STATUSES: Record<CaseStatus, readonly TargetStatus[]> = {
  scheduled: ['in_room', 'cancelled'],
  in_room: ['anesthesia_start', 'cancelled'],
  anesthesia_start: ['surgery_start', 'cancelled'],
  surgery_start: ['surgery_end'],
  surgery_end: ['anesthesia_end'],
  anesthesia_end: ['out_of_room'],
  out_of_room: ['pacu_in', 'ward', 'icu'],
  pacu_in: ['pacu_out'],
  pacu_out: ['ward', 'icu'],
  ward: [],
  icu: [],
  cancelled: [],
};

const CANCEL_STAGE_BY_STATUS: Partial<Record<CaseStatus, CancelStage>> = {
  scheduled: 'before_room',
  in_room: 'after_room_before_anesthesia',
  anesthesia_start: 'after_anesthesia_before_incision',
};

export const STATUS_LABELS: Record<CaseStatus, { zh: string; en: string }> = {
  scheduled: { zh: '已排程', en: 'Scheduled' },
  in_room: { zh: '入室', en: 'In room' },
  anesthesia_start: { zh: '麻醉开始', en: 'Anesthesia started' },
  surgery_start: { zh: '手术开始', en: 'Surgery started' },
  surgery_end: { zh: '手术结束', en: 'Surgery ended' },
  anesthesia_end: { zh: '麻醉结束', en: 'Anesthesia ended' },
  out_of_room: { zh: '出室', en: 'Out of room' },
  pacu_in: { zh: '入PACU', en: 'In PACU' },
  pacu_out: { zh: '出PACU', en: 'Out of PACU' },
  ward: { zh: '返回病房', en: 'To ward' },
  icu: { zh: '转入ICU', en: 'To ICU' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

export const CANCEL_STAGE_LABELS: Record<CancelStage, { zh: string; en: string }> = {
  before_room: { zh: '入室前取消', en: 'Cancelled before room entry' },
  after_room_before_anesthesia: {
    zh: '入室后麻醉前取消',
    en: 'Cancelled after room entry, before anesthesia',
  },
  after_anesthesia_before_incision: {
    zh: '麻醉后切皮前取消',
    en: 'Cancelled after anesthesia, before incision',
  },
};

/** A clock skew allowance: an event may be recorded as happening slightly after the server's now. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export type TransitionRequest = {
  to: TargetStatus;
  at: Date;
  reason?: string | undefined;
  /** Why a case is cancelled, from the list (cancel-reasons.ts); `reason` is then its free text. */
  reasonCode?: CancelReasonCode | undefined;
};
export type CaseState = { status: CaseStatus; lastEventAt: Date | null };

export type TransitionPlan =
  | {
      ok: true;
      to: TargetStatus;
      at: Date;
      cancelStage: CancelStage | null;
      /** The coded reason of a cancellation (null for any other transition). */
      cancelReasonCode: CancelReasonCode | null;
      reason: string | null;
      /** Cancelled while in the theatre: the patient leaves it then (its 出室 time, which ends the room's stay). */
      leavesRoom?: true;
    }
  | { ok: false; problem: 'illegal'; allowed: readonly TargetStatus[] }
  | { ok: false; problem: 'before_previous'; previous: Date }
  | { ok: false; problem: 'in_future' }
  /** A cancellation without its coded reason, or "other" without the text that says it. */
  | { ok: false; problem: 'reason_required'; field: 'reasonCode' | 'reason' };

export function allowedTransitions(status: CaseStatus): readonly TargetStatus[] {
  return NEXT_STATUSES[status];
}

export function isActiveInRoom(status: CaseStatus): boolean {
  const order = CASE_STATUSES.indexOf(status);
  return order >= CASE_STATUSES.indexOf('in_room') && order < CASE_STATUSES.indexOf('out_of_room');
}

/** Decides whether a transition may happen; pure, the caller supplies `now`. */
export function planTransition(state: CaseState, request: TransitionRequest, now: Date): TransitionPlan {
  const allowed = NEXT_STATUSES[state.status];
  if (!allowed.includes(request.to)) return { ok: false, problem: 'illegal', allowed };
  if (request.at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return { ok: false, problem: 'in_future' };
  if (state.lastEventAt && request.at.getTime() < state.lastEventAt.getTime()) {
    return { ok: false, problem: 'before_previous', previous: state.lastEventAt };
  }
  if (request.to === 'cancelled') {
    const reason = request.reason?.trim() ?? '';
    const code = request.reasonCode;
    if (!code) return { ok: false, problem: 'reason_required', field: 'reasonCode' };
    if (!reason && cancelTextRequired(code))
      return { ok: false, problem: 'reason_required', field: 'reason' };
    return {
      ok: true,
      to: 'cancelled',
      at: request.at,
      cancelStage: CANCEL_STAGE_BY_STATUS[state.status] ?? null,
      cancelReasonCode: code,
      reason: reason || null,
      ...(isActiveInRoom(state.status) ? { leavesRoom: true as const } : {}),
    };
  }
  return {
    ok: true,
    to: request.to,
    at: request.at,
    cancelStage: null,
    cancelReasonCode: null,
    reason: request.reason?.trim() || null,
  };
}
