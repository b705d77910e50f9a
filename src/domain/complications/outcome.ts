// The 28-day outcome of every surgical case (china-standards.md §1: 28-day mortality; AQI-TPM-25 for
// deaths within 24 h of anesthesia). Day 0 is the day of the operation (end of anesthesia).
export const OUTCOME_STATUSES = ['alive', 'died', 'unknown'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];
/** Where the outcome was learnt: the hospital's own data on day 28, or a follow-up call. */
export const OUTCOME_SOURCES = ['hospital', 'followup'] as const;
export type OutcomeSource = (typeof OUTCOME_SOURCES)[number];

const DAY = 86_400_000;

export type OutcomeFacts = {
  anesthesiaEnd: number;
  /** Recorded death, if any. */
  deathAt: number | null;
  /** The admission's discharge time; null while still in hospital. */
  dischargedAt: number | null;
};

/**
 * On day 28: died if a death is recorded by then; alive if still in hospital on day 28; otherwise
 * unknown (discharged earlier and not followed up) — which creates a follow-up call task.
 */
export function outcomeOnDay28(f: OutcomeFacts): OutcomeStatus {
  const day28 = f.anesthesiaEnd + 28 * DAY;
  if (f.deathAt !== null && f.deathAt <= day28) return 'died';
  if (f.dischargedAt === null || f.dischargedAt >= day28) return 'alive';
  return 'unknown';
}

export const isDay28Due = (anesthesiaEnd: number, now: number): boolean => now >= anesthesiaEnd + 28 * DAY;

/** AQI-TPM-25: a death within 24 h after the end of anesthesia. */
export const diedWithin24h = (anesthesiaEnd: number, deathAt: number | null): boolean =>
  deathAt !== null && deathAt >= anesthesiaEnd && deathAt - anesthesiaEnd <= DAY;

/** The day-28 window a sweep looks at: operations that ended 28 days ago, back `lookbackDays` more. */
export function day28Window(now: number, lookbackDays: number): { endedFrom: number; endedUntil: number } {
  return { endedFrom: now - (28 + lookbackDays) * DAY, endedUntil: now - 28 * DAY };
}
