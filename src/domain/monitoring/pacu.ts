// The PACU and post-op quality points of a case (china-standards.md §1), pure so each cut point is tested.
const MINUTE = 60_000;

/** The airway events recorded in PACU and on the ward after surgery. */
export const PACU_EVENT_CODES = ['extubation', 'reintubation_unplanned'] as const;
export type PacuEventCode = (typeof PACU_EVENT_CODES)[number];

/** AQI-IDP-18: a PACU stay over 2 h (strictly more than 120 min); a stay still open counts up to now. */
export function pacuDelayed(pacuIn: number | null, pacuOut: number | null, now: number): boolean {
  if (pacuIn === null) return false;
  return (pacuOut ?? now) - pacuIn > 120 * MINUTE;
}

/** AQI-IHP-17: the first temperature on PACU admission below 36 ℃ (36.0 is not hypothermia). */
export const pacuHypothermia = (firstTemperature: number | null): boolean | null =>
  firstTemperature === null ? null : firstTemperature < 36;

/** Discharge readiness: modified Aldrete ≥ 9 (Aldrete 1995); unknown without a complete score. */
export const readyForDischarge = (aldreteTotal: number | null): boolean | null =>
  aldreteTotal === null ? null : aldreteTotal >= 9;

/** AQI-IUR-19: an unplanned re-intubation within 6 h (inclusive) after extubation. */
export const reintubatedWithin6h = (extubatedAt: number | null, reintubations: number[]): boolean =>
  extubatedAt !== null && reintubations.some((t) => t >= extubatedAt && t - extubatedAt <= 360 * MINUTE);

/** AQI-IUI-20: to ICU without an ICU plan recorded before induction. */
export const unplannedIcu = (destination: string | null, plannedIcu: boolean): boolean =>
  destination === 'icu' && !plannedIcu;

/** Issue 5 §5: PHQ-9/GAD-7 repeated after surgery for a patient they flagged before it. */
const PSYCH_FLAGS = ['phq9.high', 'phq9.item9', 'gad7.high'];
export const psychRepeatDue = (preopFlags: string[], repeatedAfterSurgery: boolean): boolean =>
  !repeatedAfterSurgery && preopFlags.some((f) => PSYCH_FLAGS.includes(f));
