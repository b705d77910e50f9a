// When a ward observation set may be said to have been taken. Charting after the fact is daily ward
// practice (a round of sets written up at the station), so the nurse gives the time the set was taken and
// the time it was entered is kept beside it. The rule (issue 11):
// - not in the future: later than now by more than a tablet's clock skew (2 min) is a typing error;
// - not while the patient was in theatre (入室 to 出室): the vital signs of that time are the anesthesia
//   record's, and a set there is a time typed on the wrong day. Sets before 入室 (the ward's pre-operative
//   baseline) and after 出室 (PACU, the ward) are the ward's;
// - not more than 7 days before the case is scheduled: a pre-operative stay is days, not weeks, and an
//   earlier time is a mistyped date.
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
export const OBSERVATION_CLOCK_SKEW_MS = 2 * MINUTE;
export const OBSERVATION_DAYS_BEFORE_CASE = 7;

export type ObservationTimeProblem =
  | { problem: 'in_future' }
  | { problem: 'in_theatre'; from: number; to: number | null }
  | { problem: 'before_case' };

export type ObservationCase = {
  inRoomAt: number | null;
  outOfRoomAt: number | null;
  scheduledStart: number;
};

export function observationTimeProblem(
  at: number,
  c: ObservationCase,
  now: number,
): ObservationTimeProblem | null {
  if (at > now + OBSERVATION_CLOCK_SKEW_MS) return { problem: 'in_future' };
  if (c.inRoomAt !== null && at >= c.inRoomAt && (c.outOfRoomAt === null || at < c.outOfRoomAt))
    return { problem: 'in_theatre', from: c.inRoomAt, to: c.outOfRoomAt };
  const earliest = Math.min(c.scheduledStart, c.inRoomAt ?? c.scheduledStart);
  if (at < earliest - OBSERVATION_DAYS_BEFORE_CASE * DAY) return { problem: 'before_case' };
  return null;
}

/** Entered this long after it was taken or more, a set is marked as charted later (补记). */
export const OBSERVATION_LATE_MS = 5 * MINUTE;
export const enteredLate = (takenAt: number, enteredAt: number): boolean =>
  enteredAt - takenAt >= OBSERVATION_LATE_MS;
