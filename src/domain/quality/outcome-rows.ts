// A case-episode as every case indicator of both editions stands for it, in one short string (one character
// per indicator): what the period's figures are counted from, so that a year of episodes is tallied without
// re-reading its facts. Stored with the engine revision; a change of the indicators changes the revision.
import type { AsaClass, CaseFacts } from './facts';
import { isAnesthesiaEpisode } from './groups';
import { INDICATORS } from './indicators';
import type { CaseIndicator, Indicator } from './types';

/** The outcome of one episode for one indicator (compute.ts classifyCase). */
export type Outcome =
  | 'numerator'
  | 'denominator'
  | 'excluded_numerator'
  | 'missing'
  | 'unclassifiable'
  | 'excluded'
  | 'out';

const CHAR: Record<Outcome, string> = {
  numerator: 'N',
  denominator: 'D',
  excluded_numerator: 'X',
  missing: 'M',
  unclassifiable: 'U',
  excluded: 'E',
  out: '.',
};
const OUTCOME_OF = new Map<string, Outcome>(
  Object.entries(CHAR).map(([o, c]) => [c, o as Outcome] satisfies [string, Outcome]),
);

export function decodeOutcome(c: string): Outcome {
  return decodeOutcomeCode(c.charCodeAt(0));
}

/** The outcome of a character code (the hot path of a year's figures: an array, not a map). */
const BY_CODE: (Outcome | undefined)[] = [];
for (const [c, o] of OUTCOME_OF) BY_CODE[c.charCodeAt(0)] = o;
export function decodeOutcomeCode(code: number): Outcome {
  const o = BY_CODE[code];
  if (o === undefined) throw new Error(`not an outcome code: ${String.fromCharCode(code)}`);
  return o;
}

const isCase = (i: Indicator): i is CaseIndicator => i.kind === 'case';
/** Every case indicator of both editions, in the order of the outcome string. */
export const CASE_INDICATORS: readonly CaseIndicator[] = [
  ...INDICATORS['2022'],
  ...INDICATORS['2015'],
].filter(isCase);
const POSITION = new Map(CASE_INDICATORS.map((ind, i) => [`${ind.edition}:${ind.code}`, i]));

/** The position of an indicator in the outcome string; null for one outside both editions' lists. */
export function outcomePosition(ind: CaseIndicator): number | null {
  return POSITION.get(`${ind.edition}:${ind.code}`) ?? null;
}

/** Bump when a predicate changes without a change of the list of codes. */
const ENGINE_REVISION = 1;
/** The revision the stored outcome strings were computed under. */
export const ENGINE = `${ENGINE_REVISION}:${fnv1a(CASE_INDICATORS.map((i) => `${i.edition}:${i.code}`).join(','))}`;

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16);
}

/** What the figures of a period are counted from: one row per case-episode. */
export type OutcomeRow = {
  caseId: string;
  personId: string;
  /** An anesthesia case-episode (D01): the staffing indicators' episode count and the ASA shares. */
  anesthesia: boolean;
  asa: AsaClass | null;
  /** One character per CASE_INDICATORS entry. */
  outcomes: string;
};

/** Classifies the episode against every case indicator (`classify` is compute.ts classifyCase). */
export function outcomeRow(
  f: CaseFacts,
  classify: (ind: CaseIndicator, f: CaseFacts) => Outcome,
): OutcomeRow {
  let outcomes = '';
  for (const ind of CASE_INDICATORS) outcomes += CHAR[classify(ind, f)];
  return {
    caseId: f.caseId,
    personId: f.personId,
    anesthesia: f.recordLevel === 'full' && isAnesthesiaEpisode(f) === 'yes',
    asa: f.asa,
    outcomes,
  };
}
