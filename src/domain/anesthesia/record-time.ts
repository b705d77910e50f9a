// When an entry of the anesthesia record may be said to have happened. Recording after the fact is daily
// practice, so any time in the case's day is accepted; a time in the future, or long before the case,
// is a typing error (and would stretch the printed record's time axis over years). An intra-op event
// cannot precede 入室; an event that moved the case keeps the order of the case's status times
// (case-status.ts), whether it is recorded or its time corrected later.
import { CASE_STATUSES, type TargetStatus } from '../registry/case-status';
import { eventDef } from './record-vocabulary';

const MINUTE = 60_000;
const CLOCK_TOLERANCE_MS = MINUTE; // a tablet's clock may run a little ahead of the server's
const BEFORE_CASE_MS = 24 * 60 * MINUTE; // premedication, a pre-induction line, the evening before

export type RecordTimeProblem = 'in_future' | 'before_case';

export function recordTimeProblem(
  at: number,
  c: { inRoomAt: number | null; scheduledStart: number },
  now: number,
): RecordTimeProblem | null {
  if (at > now + CLOCK_TOLERANCE_MS) return 'in_future';
  if (at < Math.min(c.inRoomAt ?? c.scheduledStart, c.scheduledStart) - BEFORE_CASE_MS) return 'before_case';
  return null;
}

/** The case's status times as recorded (ms), by the status each began. */
export type StatusTimes = Partial<Record<TargetStatus, number | null>>;

/** A status time out of order: before an earlier step's time, or after a later one's. */
export type OrderProblem = { problem: 'before_status' | 'after_status'; status: TargetStatus; at: number };

// ward and icu are the one destination; cancelled may follow any step before incision.
const rank = (s: TargetStatus): number =>
  s === 'icu' ? CASE_STATUSES.indexOf('ward') : CASE_STATUSES.indexOf(s);

/**
 * Whether `status` may be said to have begun at `at` among the case's other status times: not before
 * any earlier step's (equal is allowed, as the state machine allows it), not after any later one's.
 */
export function statusOrderProblem(
  status: TargetStatus,
  at: number,
  times: StatusTimes,
): OrderProblem | null {
  let before: OrderProblem | null = null;
  let after: OrderProblem | null = null;
  for (const [s, t] of Object.entries(times) as [TargetStatus, number | null | undefined][]) {
    if (t === null || t === undefined || s === status) continue;
    if (rank(s) < rank(status) && t > at && (!before || t > before.at))
      before = { problem: 'before_status', status: s, at: t };
    if (rank(s) > rank(status) && t < at && (!after || t < after.at))
      after = { problem: 'after_status', status: s, at: t };
  }
  return before ?? after;
}

/** An event's time against the case: before 入室, out of the status order, or 入室 after an event. */
export type EventTimeProblem =
  | OrderProblem
  | { problem: 'before_room_entry'; at: number }
  | { problem: 'after_event'; code: string; at: number };

/**
 * Whether an event (`code`) may be said to have happened at `at`, given the case's status times and the
 * times of its other events still standing: an event that moves the case keeps the status order; any
 * other cannot precede 入室; and 入室 cannot follow an event recorded in the room.
 */
export function eventTimeProblem(
  code: string,
  at: number,
  times: StatusTimes,
  otherEvents: readonly { code: string; at: number }[] = [],
): EventTimeProblem | null {
  const transition = eventDef(code)?.transition;
  if (transition) {
    const order = statusOrderProblem(transition, at, times);
    if (order) return order;
    if (transition === 'in_room') {
      const first = otherEvents
        .filter((e) => !eventDef(e.code)?.transition && e.at < at)
        .sort((a, b) => a.at - b.at)[0];
      if (first) return { problem: 'after_event', code: first.code, at: first.at };
    }
    return null;
  }
  const inRoom = times.in_room ?? null;
  if (inRoom !== null && at < inRoom) return { problem: 'before_room_entry', at: inRoom };
  return null;
}
