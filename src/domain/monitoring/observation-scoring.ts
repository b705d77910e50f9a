// A set as it is stored: scored with NEWS2 under the SpO2 scale in force when it was entered, with the
// response the score calls for (escalation.ts) and the time the next set is due from when it was taken.
// The same function scores a set entered and a set corrected, so a correction recomputes all of it.
import type { ScoreResult } from '../scores/instrument';
import { type News2Band, type News2Input, news2 } from '../scores/news2';
import { type Response, responseToSet } from './escalation';

export type ScoredSet = {
  values: News2Input & { spo2Scale: 1 | 2 };
  result: ScoreResult;
  complete: boolean;
  total: number | null;
  band: News2Band | null;
  redScore: boolean;
  /** When the next set is due (ms); null for an incomplete set, which sets no due time. */
  nextDueAt: number | null;
  /** The response the set calls for; null when incomplete (never scored as normal). */
  response: Response | null;
};

export function scoreSet(values: News2Input, scale: 1 | 2, takenAt: number): ScoredSet {
  const scaled = { ...values, spo2Scale: scale };
  const result = news2.compute(scaled);
  const complete = result.status === 'complete';
  const response = responseToSet(result);
  return {
    values: scaled,
    result,
    complete,
    total: complete ? result.total : null,
    band: complete ? (result.band as News2Band) : null,
    redScore: complete ? result.details?.redScore === true : false,
    nextDueAt: response ? takenAt + response.dueMinutes * 60_000 : null,
    response,
  };
}
