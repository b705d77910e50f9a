// Computes every indicator of an edition from the case facts of one period (and the year's staffing, the
// period's deliveries). Counting and missing data: qc-indicator-readings.md D03 (persons), D04 (unknown is never
// "no": out of both terms, listed), D11–D15 (exclusions), D21 (staffing), D24 (ASA shares), D33 (deliveries).
import type { CaseFacts, DeliveryFacts, StaffingFacts } from './facts';
import { isAnesthesiaEpisode } from './groups';
import type {
  AsaShareIndicator,
  CaseIndicator,
  CountingUnit,
  DeliveryIndicator,
  Edition,
  Indicator,
  StaffingIndicator,
  Tri,
  Unit,
} from './types';
import { UNIT_FACTOR } from './types';

export type Term = 'numerator' | 'denominator' | 'missing' | 'unclassifiable' | 'excluded';
export const TERMS: readonly Term[] = ['numerator', 'denominator', 'missing', 'unclassifiable', 'excluded'];

export type QualityInput = {
  /** The case-episodes anchored in the period (D02). */
  cases: readonly CaseFacts[];
  /** The deliveries anchored in the period (D02), for AQI-EPD-26. */
  deliveries?: readonly DeliveryFacts[];
  /** Labour episodes linked from those deliveries but anchored elsewhere; looked up after `cases`. */
  labourEpisodes?: readonly CaseFacts[];
  /** The year's head-counts; staffing indicators are annual only (D21). */
  staffing?: StaffingFacts | null;
};

export type IndicatorResult = {
  code: string;
  edition: Edition;
  unit: Unit;
  counting: CountingUnit | 'staffing';
  /** null only for a staffing indicator whose head-counts are not reported. */
  numerator: number | null;
  denominator: number | null;
  /** In the indicator's own unit (96.18 for 96.18 %); null when the denominator is 0 or unknown. */
  value: number | null;
  missing: number;
  unclassifiable: number;
  excluded: number;
  /** The figure with unknown numerator status counted as non-events (labelled; D04); null when nothing is missing. */
  unknownsAsNonEvents: { numerator: number; denominator: number; value: number | null } | null;
  /** Case ids behind each term, for the drill-down (for person-based indicators, the persons' episodes); null when
   * not asked for (`ComputeOptions.ids`). */
  caseIds: Record<Term, string[]> | null;
  /** Person ids behind each term; null when not asked for. */
  personIds: Record<Term, string[]> | null;
};

/** How one case-episode (or delivery) stands for one indicator. */
export type Outcome =
  | 'numerator'
  | 'denominator'
  | 'excluded_numerator'
  | 'missing'
  | 'unclassifiable'
  | 'excluded'
  | 'out';

export function indicatorValue(numerator: number, denominator: number, unit: Unit): number | null {
  return denominator === 0 ? null : (numerator / denominator) * UNIT_FACTOR[unit];
}

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
  const has = (o: Outcome) => outcomes.includes(o);
  const inDenominator = has('denominator') || has('excluded_numerator');
  if (has('numerator')) return 'numerator';
  if (has('missing') || (has('unclassifiable') && inDenominator)) return 'missing';
  if (has('excluded_numerator')) return 'excluded_numerator';
  if (has('denominator')) return 'denominator';
  if (has('unclassifiable')) return 'unclassifiable';
  if (has('excluded')) return 'excluded';
  return 'out';
}

/** Counted rows in parallel arrays: case-episodes, or deliveries (`caseIds` = their linked labour episodes). */
type Rows = {
  personIds: readonly string[];
  caseIds: readonly (string | null)[];
  outcomes: readonly Outcome[];
};

export type ComputeOptions = {
  /** List the case and person ids behind each term (the drill-down); false for the figures alone. Default true. */
  ids?: boolean;
};

function emptyTerms(): Record<Term, string[]> {
  return { numerator: [], denominator: [], missing: [], unclassifiable: [], excluded: [] };
}

/**
 * One computation: the options, and what every indicator of it shares (person ids, rows by person, ASA classes),
 * worked out once. Made afresh by each `computeAll` / `computeIndicator` call, so nothing outlives the input.
 */
type Run = {
  ids: boolean;
  groups: WeakMap<readonly string[], Map<string, number[]>>;
  personIds: WeakMap<readonly CaseFacts[], string[]>;
  asa: WeakMap<readonly CaseFacts[], AsaRows>;
};
const newRun = (options: ComputeOptions): Run => ({
  ids: options.ids !== false,
  groups: new WeakMap(),
  personIds: new WeakMap(),
  asa: new WeakMap(),
});

/** Row indices by person (one grouping for every person-based indicator of the run). */
function groupByPerson(run: Run, personIds: readonly string[]): Map<string, number[]> {
  const cached = run.groups.get(personIds);
  if (cached) return cached;
  const groups = new Map<string, number[]>();
  personIds.forEach((p, i) => {
    const own = groups.get(p);
    if (own) own.push(i);
    else groups.set(p, [i]);
  });
  run.groups.set(personIds, groups);
  return groups;
}

function personIdsOf(run: Run, cases: readonly CaseFacts[]): string[] {
  let ids = run.personIds.get(cases);
  if (!ids) {
    ids = cases.map((f) => f.personId);
    run.personIds.set(cases, ids);
  }
  return ids;
}

/** The terms an outcome is listed under. */
const TERMS_OF: Record<Outcome, readonly Term[]> = {
  numerator: ['numerator', 'denominator'],
  denominator: ['denominator'],
  excluded_numerator: ['denominator', 'excluded'],
  missing: ['missing'],
  unclassifiable: ['unclassifiable'],
  excluded: ['excluded'],
  out: [],
};

function tally(ind: Indicator, counting: CountingUnit, rows: Rows, run: Run): IndicatorResult {
  const withIds = run.ids;
  const caseIds = emptyTerms();
  const personIds = emptyTerms();
  const counts: Record<Term, number> = {
    numerator: 0,
    denominator: 0,
    missing: 0,
    unclassifiable: 0,
    excluded: 0,
  };
  if (counting === 'episode') {
    const seen = {
      numerator: new Set(),
      denominator: new Set(),
      missing: new Set(),
      unclassifiable: new Set(),
      excluded: new Set(),
    };
    for (let i = 0; i < rows.outcomes.length; i++) {
      for (const t of TERMS_OF[rows.outcomes[i]!]) {
        counts[t]++;
        if (!withIds) continue;
        const caseId = rows.caseIds[i] ?? null;
        const personId = rows.personIds[i]!;
        if (caseId !== null) caseIds[t].push(caseId);
        if (!seen[t].has(personId)) {
          seen[t].add(personId);
          personIds[t].push(personId);
        }
      }
    }
  } else {
    for (const [personId, own] of groupByPerson(run, rows.personIds)) {
      const outcome = personOutcome(own.map((i) => rows.outcomes[i]!));
      for (const t of TERMS_OF[outcome]) {
        counts[t]++;
        if (!withIds) continue;
        personIds[t].push(personId);
        for (const i of own) {
          const caseId = rows.caseIds[i] ?? null;
          if (caseId !== null && listsCase(t, rows.outcomes[i]!)) caseIds[t].push(caseId);
        }
      }
    }
  }
  return result(ind, counting, counts, withIds ? { caseIds, personIds } : null);
}

/** Which of a listed person's episodes appear under a term. */
function listsCase(t: Term, o: Outcome): boolean {
  if (o === 'out') return false;
  if (t === 'numerator') return o === 'numerator';
  if (t === 'denominator') return o === 'numerator' || o === 'denominator' || o === 'excluded_numerator';
  if (t === 'excluded') return o === 'excluded' || o === 'excluded_numerator';
  return o === 'missing' || o === 'unclassifiable';
}

function result(
  ind: Indicator,
  counting: CountingUnit,
  counts: Record<Term, number>,
  ids: { caseIds: Record<Term, string[]>; personIds: Record<Term, string[]> } | null,
): IndicatorResult {
  const withUnknowns = counts.denominator + counts.missing;
  return {
    code: ind.code,
    edition: ind.edition,
    unit: ind.unit,
    counting,
    numerator: counts.numerator,
    denominator: counts.denominator,
    value: indicatorValue(counts.numerator, counts.denominator, ind.unit),
    missing: counts.missing,
    unclassifiable: counts.unclassifiable,
    excluded: counts.excluded,
    unknownsAsNonEvents:
      counts.missing === 0
        ? null
        : {
            numerator: counts.numerator,
            denominator: withUnknowns,
            value: indicatorValue(counts.numerator, withUnknowns, ind.unit),
          },
    caseIds: ids?.caseIds ?? null,
    personIds: ids?.personIds ?? null,
  };
}

function computeCase(ind: CaseIndicator, input: QualityInput, run: Run): IndicatorResult {
  const rows: Rows = {
    personIds: personIdsOf(run, input.cases),
    caseIds: input.cases.map((f) => f.caseId),
    outcomes: input.cases.map((f) => classifyCase(ind, f)),
  };
  return tally(ind, ind.counting, rows, run);
}

/** D24: a person's class is the highest known ASA among their anesthesia episodes of the period. */
type AsaRows = { personIds: string[]; caseIds: string[]; highest: (number | null)[] };
function asaRows(run: Run, cases: readonly CaseFacts[]): AsaRows {
  const cached = run.asa.get(cases);
  if (cached) return cached;
  const anesthetized = cases.filter((f) => isAnesthesiaEpisode(f) === 'yes');
  const byPerson = new Map<string, number | null>();
  for (const f of anesthetized) {
    const prev = byPerson.get(f.personId) ?? null;
    byPerson.set(f.personId, f.asa === null ? prev : Math.max(prev ?? 0, f.asa));
  }
  const rows = {
    personIds: anesthetized.map((f) => f.personId),
    caseIds: anesthetized.map((f) => f.caseId),
    highest: anesthetized.map((f) => byPerson.get(f.personId) ?? null),
  };
  run.asa.set(cases, rows);
  return rows;
}

function computeAsa(ind: AsaShareIndicator, input: QualityInput, run: Run): IndicatorResult {
  const { personIds, caseIds, highest } = asaRows(run, input.cases);
  const outcomes = highest.map(
    (top): Outcome => (top === null ? 'unclassifiable' : top === ind.asa ? 'numerator' : 'denominator'),
  );
  return tally(ind, 'person', { personIds, caseIds, outcomes }, run);
}

function computeDelivery(ind: DeliveryIndicator, input: QualityInput, run: Run): IndicatorResult {
  const episodes = new Map<string, CaseFacts>();
  for (const f of [...(input.labourEpisodes ?? []), ...input.cases]) episodes.set(f.caseId, f);
  const deliveries = input.deliveries ?? [];
  const linked = deliveries.map((d) =>
    d.labourEpisodeId === null ? null : (episodes.get(d.labourEpisodeId) ?? null),
  );
  const outcomes = deliveries.map((d, i): Outcome => {
    const episode = linked[i] ?? null;
    // D14: a caesarean conversion during labour leaves both terms.
    if (d.mode === 'caesarean_in_labour' || episode?.labourConvertedToCaesarean === true) return 'excluded';
    if (d.mode !== 'vaginal') return 'out';
    if (d.labourEpisodeId !== null && episode === null) return 'missing';
    const ev = ind.numerator(d, episode);
    return ev === 'yes' ? 'numerator' : ev === 'no' ? 'denominator' : 'missing';
  });
  const rows = {
    personIds: deliveries.map((d) => d.personId),
    caseIds: linked.map((e) => e?.caseId ?? null),
    outcomes,
  };
  return tally(ind, 'person', rows, run);
}

function computeStaffing(ind: StaffingIndicator, input: QualityInput, run: Run): IndicatorResult {
  const episodes = input.cases.filter((f) => isAnesthesiaEpisode(f) === 'yes').length;
  const s = input.staffing ?? null;
  const numerator = s === null ? null : ind.numerator(s, episodes);
  const denominator = s === null ? null : ind.denominator(s, episodes);
  const value =
    numerator === null || denominator === null ? null : indicatorValue(numerator, denominator, ind.unit);
  const withIds = run.ids;
  return {
    code: ind.code,
    edition: ind.edition,
    unit: ind.unit,
    counting: 'staffing',
    numerator,
    denominator,
    value,
    missing: 0,
    unclassifiable: 0,
    excluded: 0,
    unknownsAsNonEvents: null,
    caseIds: withIds ? emptyTerms() : null,
    personIds: withIds ? emptyTerms() : null,
  };
}

export function computeIndicator(
  ind: Indicator,
  input: QualityInput,
  options: ComputeOptions = {},
): IndicatorResult {
  return computeWith(ind, input, newRun(options));
}

function computeWith(ind: Indicator, input: QualityInput, run: Run): IndicatorResult {
  switch (ind.kind) {
    case 'case':
      return computeCase(ind, input, run);
    case 'asa_share':
      return computeAsa(ind, input, run);
    case 'delivery':
      return computeDelivery(ind, input, run);
    case 'staffing':
      return computeStaffing(ind, input, run);
  }
}

export function computeAll(
  indicators: readonly Indicator[],
  input: QualityInput,
  options: ComputeOptions = {},
): IndicatorResult[] {
  const run = newRun(options);
  return indicators.map((ind) => computeWith(ind, input, run));
}
