// The words of an imported episode: the file's coded values (sex, record level, procedure type, location …)
// in the user's language, and how the episode stands in an indicator with the drill-down list it is in.
import type { Outcome, Term } from '../../domain/quality/compute';
import { isMessageKey, type Translate } from '../shared/i18n';

/** The vocabularies of the file (history-import.md §3) that the episode page shows. */
export type Vocabulary =
  | 'sex'
  | 'recordLevel'
  | 'procedureType'
  | 'urgency'
  | 'location'
  | 'caseStatus'
  | 'outcome';

/** A coded value's words; a value outside the vocabulary as it is (the server sent it, so it is data). */
export function codeText(t: Translate, vocabulary: Vocabulary, value: string): string {
  const key = `qc.ep.${vocabulary}.${value}`;
  return isMessageKey(key) ? t(key) : value;
}

const TERM_OF: Record<Outcome, Term | null> = {
  numerator: 'numerator',
  denominator: 'denominator',
  excluded_numerator: 'excluded',
  missing: 'missing',
  unclassifiable: 'unclassifiable',
  excluded: 'excluded',
  out: null,
};

/** The drill-down list an outcome is found in (null: in none of them). */
export const termOfOutcome = (outcome: string): Term | null =>
  Object.hasOwn(TERM_OF, outcome) ? TERM_OF[outcome as Outcome] : null;
