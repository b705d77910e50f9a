// The ward board's order: the most urgent bed first. A bed's standing is its most severe open alert by
// RCP 2017 clinical risk (Charts 3–4, clinical-scores.md §1.2): NEWS2 ≥ 7 (high, emergency response),
// 5–6 (medium, urgent response), a single parameter scoring 3 (low–medium, decision D5), then a set past
// due, then an acknowledged alert whose story the next set has not ended, then every other bed.
import type { AlertType } from './escalation';

export const BED_STANDINGS = [
  'emergency',
  'urgent',
  'red_score',
  'overdue',
  'acknowledged',
  'quiet',
] as const;
export type BedStanding = (typeof BED_STANDINGS)[number];

export type StandingInput = {
  /** The types of the bed's open (unacknowledged) alerts. */
  openAlerts: readonly AlertType[];
  /** When the next set was due (ms), null when none is due. */
  nextDueAt: number | null;
  /** Whether an acknowledged alert is still the bed's story (the next set has not cleared it). */
  acknowledged: boolean;
};

const rankOf = (s: BedStanding): number => BED_STANDINGS.indexOf(s);

/** The bed's standing at `now`: a set is overdue from its due time, before the "overdue" alert's grace. */
export function bedStanding(bed: StandingInput, now: number): BedStanding {
  const worst = bed.openAlerts.filter((a) => a !== 'overdue').sort((a, b) => rankOf(a) - rankOf(b))[0];
  if (worst) return worst;
  if (bed.openAlerts.includes('overdue') || (bed.nextDueAt !== null && bed.nextDueAt <= now))
    return 'overdue';
  return bed.acknowledged ? 'acknowledged' : 'quiet';
}

export type RankInput = {
  standing: BedStanding;
  /** The latest complete NEWS2 total, null when none. */
  total: number | null;
  nextDueAt: number | null;
};

/**
 * The beds most urgent first: by standing; within one standing the higher NEWS2 first, and among
 * overdue beds the longest overdue first; quiet beds, and ties, keep the order they came in (bed code).
 */
export function rankBeds<T>(beds: readonly T[], of: (bed: T) => RankInput): T[] {
  const keyed = beds.map((bed, i) => ({ bed, i, k: of(bed) }));
  const score = (k: RankInput) => (k.standing === 'quiet' ? 0 : (k.total ?? -1));
  keyed.sort(
    (a, b) =>
      rankOf(a.k.standing) - rankOf(b.k.standing) ||
      score(b.k) - score(a.k) ||
      (a.k.standing === 'overdue' ? (a.k.nextDueAt ?? Infinity) - (b.k.nextDueAt ?? Infinity) : 0) ||
      a.i - b.i,
  );
  return keyed.map((x) => x.bed);
}
