// The indicator as data: a discriminated union of kinds, each with its code, edition, names, unit, counting unit,
// source and readings. Definitions: china-standards.md §1.2 (2022), §1.3 (2015); readings D01–D34 in
// qc-indicator-readings.md.
import type { LocalText } from '../common/field-messages';
import type { AsaClass, CaseFacts, DeliveryFacts, StaffingFacts } from './facts';

export type Tri = 'yes' | 'no' | 'unknown';
export type Edition = '2022' | '2015';

/** The multiplier of each unit; a ratio is shown as X:1, a count as cases per head. */
export const UNIT_FACTOR = {
  '%': 100,
  '‰': 1000,
  '‱': 10000,
  ratio: 1,
  count: 1,
  per_10000_cases: 10000,
} as const;
export type Unit = keyof typeof UNIT_FACTOR;

export type CountingUnit = 'episode' | 'person';

export type ExclusionFlag =
  | 'therapeutic_cooling'
  | 'laryngeal_neck_thoracic_surgery'
  | 'cranial_surgery'
  | 'reintubation_for_reoperation'
  | 'caesarean_conversion'
  | 'deliberate_sedation'
  | 'cardiac_arrest_outside_window';

/**
 * An explicit, reviewable exclusion. `both`: an episode it applies to leaves both terms (listed as excluded);
 * unknown → unclassifiable. `numerator`: it stays in the denominator and leaves the numerator (listed as excluded
 * when the event is yes or unknown); unknown with the event yes → missing.
 */
export type Exclusion = { flag: ExclusionFlag; scope: 'both' | 'numerator'; applies: (f: CaseFacts) => Tri };

type Common = {
  code: string;
  edition: Edition;
  name: LocalText;
  unit: Unit;
  /** The definition this indicator follows, one line. */
  source: string;
  /** Readings of qc-indicator-readings.md (and clinical-decisions.md) it relies on. */
  readings: readonly string[];
};

/** Numerator and denominator as predicates over the case facts of the period. */
export type CaseIndicator = Common & {
  kind: 'case';
  counting: CountingUnit;
  /** Denominator membership before exclusions; unknown → unclassifiable. */
  denominator: (f: CaseFacts) => Tri;
  /** Numerator condition of a denominator member; unknown → missing. */
  numerator: (f: CaseFacts) => Tri;
  exclusions: readonly Exclusion[];
};

/** 2015-02: share of persons whose highest known ASA class in the period is `asa` (D24). */
export type AsaShareIndicator = Common & { kind: 'asa_share'; counting: 'person'; asa: AsaClass };

/** Ratio of head-counts (and the year's anesthesia case-episodes), annual only (D21). */
export type StaffingIndicator = Common & {
  kind: 'staffing';
  numerator: (s: StaffingFacts, anesthesiaEpisodes: number) => number | null;
  denominator: (s: StaffingFacts, anesthesiaEpisodes: number) => number | null;
};

/** AQI-EPD-26, from the delivery register and the linked labour episodes (D14, D33). */
export type DeliveryIndicator = Common & {
  kind: 'delivery';
  counting: 'person';
  /** Numerator condition of a vaginal delivery, given its linked labour episode (null = none linked). */
  numerator: (d: DeliveryFacts, episode: CaseFacts | null) => Tri;
};

export type Indicator = CaseIndicator | AsaShareIndicator | StaffingIndicator | DeliveryIndicator;
