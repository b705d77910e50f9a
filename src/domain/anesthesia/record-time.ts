// When an entry of the anesthesia record may be said to have happened. Recording after the fact is daily
// practice, so any time in the case's day is accepted; a time in the future, or long before the case,
// is a typing error (and would stretch the printed record's time axis over years).
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
