// One case-episode against one case indicator: denominator membership, the exclusions, then the event, where
// unknown is never "no" (qc-indicator-readings.md D04, D11–D15).
import type { CaseFacts } from './facts';
import type { Outcome } from './outcome-rows';
import type { CaseIndicator, Tri } from './types';

/** Any exclusion of the scope applies → yes; else any unknown → unknown; else no. */
function exclusionStatus(ind: CaseIndicator, f: CaseFacts, scope: 'both' | 'numerator'): Tri {
  let unknown = false;
  for (const e of ind.exclusions) {
    if (e.scope !== scope) continue;
    const v = e.applies(f);
    if (v === 'yes') return 'yes';
    if (v === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'no';
}

/** One episode against a case indicator (D04, D11–D15). */
export function classifyCase(ind: CaseIndicator, f: CaseFacts): Outcome {
  if (f.recordLevel !== 'full') return 'out';
  const den = ind.denominator(f);
  if (den === 'no') return 'out';
  if (den === 'unknown') return 'unclassifiable';
  const both = exclusionStatus(ind, f, 'both');
  if (both === 'yes') return 'excluded';
  if (both === 'unknown') return 'unclassifiable';
  const ev = ind.numerator(f);
  if (ev === 'no') return 'denominator';
  const num = exclusionStatus(ind, f, 'numerator');
  if (num === 'yes') return 'excluded_numerator';
  if (num === 'unknown' || ev === 'unknown') return 'missing';
  return 'numerator';
}

/** D04 for persons: yes if any episode is yes; else unknown if any is unknown; else no. */
export function personOutcome(outcomes: readonly Outcome[]): Outcome {
  return personOutcomeOf(outcomes, outcomes.keys());
}

/** personOutcome over the outcomes at some indices (one person's rows), without gathering them. */
export function personOutcomeOf(outcomes: readonly Outcome[], at: Iterable<number>): Outcome {
  let numerator = false;
  let denominator = false;
  let excludedNumerator = false;
  let missing = false;
  let unclassifiable = false;
  let excluded = false;
  for (const i of at) {
    switch (outcomes[i]) {
      case 'numerator':
        numerator = true;
        break;
      case 'denominator':
        denominator = true;
        break;
      case 'excluded_numerator':
        excludedNumerator = true;
        break;
      case 'missing':
        missing = true;
        break;
      case 'unclassifiable':
        unclassifiable = true;
        break;
      case 'excluded':
        excluded = true;
        break;
    }
  }
  if (numerator) return 'numerator';
  if (missing || (unclassifiable && (denominator || excludedNumerator))) return 'missing';
  if (excludedNumerator) return 'excluded_numerator';
  if (denominator) return 'denominator';
  if (unclassifiable) return 'unclassifiable';
  if (excluded) return 'excluded';
  return 'out';
}
