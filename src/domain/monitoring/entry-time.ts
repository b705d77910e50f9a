// When a bedside entry (a set, a lab result, an assessment, an I/O entry) may be said to have been
// taken: recording after the fact is daily practice; a time in the future is a typing error.
import { FUTURE_TOLERANCE_MS } from '../registry/case-status';

/** Later than now by more than the clock-skew allowance (5 min). */
export const takenInFuture = (at: number, now: number): boolean => at > now + FUTURE_TOLERANCE_MS;
