// Case-fact predicates shared by both editions (china-standards.md §1.2, §1.3; readings D10–D32).
// Each returns 'yes' | 'no' | 'unknown'; unknown is never "no" (D04).
import type { CaseFacts, Instant } from './facts';
import { HOUR_MS } from './facts';
import { inWindow, tri } from './groups';
import type { Exclusion, Tri } from './types';

/** AQI-IUR-19 / 2015-09: re-intubation within 6 h of extubation (§1.2 #19), inclusive (D16). */
export const REINTUBATION_WINDOW_MS = 6 * HOUR_MS;
/** AQI-TPM-25 / 2015-10 / 2015-11: within 24 h (§1.2 #25, §1.3 #10–11), inclusive (D16). */
export const DAY_WINDOW_MS = 24 * HOUR_MS;

export const addMs = (t: Instant | null, ms: number): Instant | null =>
  t === null ? null : ((t + ms) as Instant);

export const monitored = (f: CaseFacts): Tri =>
  f.temperature === null ? 'unknown' : tri(f.temperature.mode !== 'none');

export const inPacu = (f: CaseFacts): Tri => (f.pacu === null ? 'unknown' : tri(f.pacu.kind === 'stay'));

/** D16: PACU stay = out − in, strictly longer than the limit; out time missing → unknown. */
export const pacuLongerThan =
  (ms: number) =>
  (f: CaseFacts): Tri => {
    if (f.pacu === null || f.pacu.kind === 'none' || f.pacu.outAt === null) return 'unknown';
    return tri(f.pacu.outAt - f.pacu.inAt > ms);
  };

/** D10: first PACU temperature strictly below the limit. */
export const pacuFirstTempBelow =
  (celsius: number) =>
  (f: CaseFacts): Tri =>
    f.pacu === null || f.pacu.kind === 'none' || f.pacu.firstTempC === null
      ? 'unknown'
      : tri(f.pacu.firstTempC < celsius);

export const extubated = (f: CaseFacts): Tri =>
  f.extubation === null ? 'unknown' : tri(f.extubation.kind === 'extubated');

/** D16: an unplanned re-intubation after the extubation and at most 6 h after it. */
export function reintubatedWithin6h(f: CaseFacts): Tri {
  if (f.extubation === null || f.extubation.kind === 'none') return 'unknown';
  const r = f.extubation.reintubation;
  if (r === null) return 'unknown';
  if (r.kind === 'none') return 'no';
  if (r.at === null) return 'unknown';
  const dt = r.at - f.extubation.at;
  return tri(dt > 0 && dt <= REINTUBATION_WINDOW_MS);
}

export const admittedToIcu = (f: CaseFacts): Tri =>
  f.icu === null ? 'unknown' : tri(f.icu.kind === 'admitted');

/** D29: ICU admission with the plan flag 0; a missing flag is unknown. */
export function unplannedIcu(f: CaseFacts): Tri {
  if (f.icu === null) return 'unknown';
  if (f.icu.kind === 'none') return 'no';
  return f.icu.plannedBeforeInduction === null ? 'unknown' : tri(!f.icu.plannedBeforeInduction);
}

export const anyArrest = (f: CaseFacts): Tri =>
  f.cardiacArrest === null ? 'unknown' : tri(f.cardiacArrest.kind === 'arrest');

/**
 * D18: every recorded arrest lies outside [anesthesia start, end(f)] — listed as excluded from the numerator.
 * Arrest times unknown, or an arrest after the start with no known end, → unknown.
 */
export const arrestOutside =
  (end: (f: CaseFacts) => Instant | null) =>
  (f: CaseFacts): Tri => {
    const a = f.cardiacArrest;
    const start = f.times.anesthesiaStartAt;
    if (a === null || a.kind === 'none') return 'no';
    if (a.times === null || a.times.length === 0 || start === null) return 'unknown';
    const to = end(f);
    if (to === null && a.times.some((t) => t >= start)) return 'unknown';
    return tri(!a.times.some((t) => inWindow(t, start, to)));
  };

/** Transfused during anesthesia: autologous or allogeneic ml > 0, no threshold (D22). */
export function transfused(f: CaseFacts): Tri {
  const a = f.autologousMl;
  const b = f.allogeneicMl;
  if ((a !== null && a > 0) || (b !== null && b > 0)) return 'yes';
  return a === null || b === null ? 'unknown' : 'no';
}

/** 2015-12: the episode's total ≥ 400 ml, never summed across episodes (D22). */
export function transfusedAtLeast(f: CaseFacts, ml: number): Tri {
  const a = f.autologousMl;
  const b = f.allogeneicMl;
  if (a !== null && b !== null) return tri(a + b >= ml);
  const known = a ?? b ?? 0;
  return known >= ml ? 'yes' : 'unknown';
}

export const vasMovementAtMost =
  (max: number) =>
  (f: CaseFacts): Tri =>
    f.postopAnalgesia?.kind !== 'service' || f.postopAnalgesia.vasMovement === null
      ? 'unknown'
      : tri(f.postopAnalgesia.vasMovement <= max);

export const underAnalgesia = (f: CaseFacts): Tri =>
  f.postopAnalgesia === null ? 'unknown' : tri(f.postopAnalgesia.kind === 'service');

export const cancelledAt =
  (stage: 'after_room_before_anesthesia' | 'after_anesthesia_before_incision') =>
  (f: CaseFacts): Tri =>
    tri(f.status.kind === 'cancelled' && f.status.stage === stage);

export const coolingExclusion: Exclusion = {
  flag: 'therapeutic_cooling',
  scope: 'numerator',
  applies: (f) => tri(f.therapeuticCooling),
};

export const neckThoracicExclusion: Exclusion = {
  flag: 'laryngeal_neck_thoracic_surgery',
  scope: 'numerator',
  applies: (f) => tri(f.laryngealNeckThoracicSurgery),
};

export const sedationExclusion: Exclusion = {
  flag: 'deliberate_sedation',
  scope: 'numerator',
  applies: (f) => tri(f.comaDeliberateSedation),
};

export const cranialExclusion: Exclusion = {
  flag: 'cranial_surgery',
  scope: 'both',
  applies: (f) => tri(f.cranialSurgery),
};

/** D15: the re-intubation was for an unplanned return to theatre. */
export const reoperationExclusion: Exclusion = {
  flag: 'reintubation_for_reoperation',
  scope: 'numerator',
  applies: (f) => {
    const r = f.extubation?.kind === 'extubated' ? f.extubation.reintubation : null;
    if (r === null) return 'unknown';
    return r.kind === 'none' ? 'no' : tri(r.dueToReoperation);
  },
};

export const arrestOutsideExclusion = (end: (f: CaseFacts) => Instant | null): Exclusion => ({
  flag: 'cardiac_arrest_outside_window',
  scope: 'numerator',
  applies: arrestOutside(end),
});
