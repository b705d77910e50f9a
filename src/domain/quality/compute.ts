// Computes every indicator of an edition from the case facts of one period (and the year's staffing, the
// period's deliveries). Counting and missing data: qc-indicator-readings.md D03 (persons), D04 (unknown is never
// "no": out of both terms, listed), D11–D15 (exclusions), D21 (staffing), D24 (ASA shares), D33 (deliveries).

import { classifyCase, personOutcome, personOutcomeOf } from './classify';
import type { CaseFacts, DeliveryFacts, StaffingFacts } from './facts';
import {
  decodeOutcomeCode,
  type Outcome,
  type OutcomeRow,
  outcomePosition,
  outcomeRow,
} from './outcome-rows';

export type { Outcome };
export { classifyCase, personOutcome };

import type {
  AsaShareIndicator,
  CaseIndicator,
  CountingUnit,
  DeliveryIndicator,
  Edition,
  Indicator,
  StaffingIndicator,
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

export function indicatorValue(numerator: number, denominator: number, unit: Unit): number | null {
  return denominator === 0 ? null : (numerator / denominator) * UNIT_FACTOR[unit];
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

/** What the figures of a period are counted from: the episodes as outcome rows (outcome-rows.ts). */
export type RowsInput = {
  rows: readonly OutcomeRow[];
  deliveries?: readonly DeliveryFacts[];
  /** The facts of every labour episode the deliveries link to, wherever it is anchored. */
  labourEpisodes?: readonly CaseFacts[];
  staffing?: StaffingFacts | null;
  /** The facts of the period's episodes, for an indicator outside both editions' lists (tests). */
  cases?: readonly CaseFacts[];
};

function emptyTerms(): Record<Term, string[]> {
  return { numerator: [], denominator: [], missing: [], unclassifiable: [], excluded: [] };
}

/**
 * One computation: the options and the rows' person ids, rows by person and ASA rows, worked out once for
 * every indicator of the run. Made afresh by each call, so nothing outlives the input.
 */
type Run = {
  ids: boolean;
  input: RowsInput;
  personIds: string[];
  caseIds: string[];
  byPerson: Map<string, number[]> | null;
  asa: AsaRows | null;
};
function newRun(input: RowsInput, options: ComputeOptions): Run {
  return {
    ids: options.ids !== false,
    input,
    personIds: input.rows.map((r) => r.personId),
    caseIds: input.rows.map((r) => r.caseId),
    byPerson: null,
    asa: null,
  };
}

/** Row indices by person (one grouping for every person-based indicator of the run). */
function groupByPerson(personIds: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  personIds.forEach((p, i) => {
    const own = groups.get(p);
    if (own) own.push(i);
    else groups.set(p, [i]);
  });
  return groups;
}

function groupsOf(run: Run, rows: Rows): Map<string, number[]> {
  if (rows.personIds !== run.personIds) return groupByPerson(rows.personIds);
  run.byPerson ??= groupByPerson(run.personIds);
  return run.byPerson;
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
    for (const [personId, own] of groupsOf(run, rows)) {
      const outcome = personOutcomeOf(rows.outcomes, own);
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

function computeCase(ind: CaseIndicator, run: Run): IndicatorResult {
  const k = outcomePosition(ind);
  const facts = run.input.cases;
  let outcomes: Outcome[];
  if (k !== null) outcomes = run.input.rows.map((r) => decodeOutcomeCode(r.outcomes.charCodeAt(k)));
  else if (facts) outcomes = facts.map((f) => classifyCase(ind, f));
  else throw new Error(`${ind.code} is in neither edition's list and no facts were given`);
  return tally(ind, ind.counting, { personIds: run.personIds, caseIds: run.caseIds, outcomes }, run);
}

/** D24: a person's class is the highest known ASA among their anesthesia episodes of the period. */
type AsaRows = { personIds: string[]; caseIds: string[]; highest: (number | null)[] };
function asaRows(run: Run): AsaRows {
  if (run.asa) return run.asa;
  const anesthetized = run.input.rows.filter((r) => r.anesthesia);
  const byPerson = new Map<string, number | null>();
  for (const r of anesthetized) {
    const prev = byPerson.get(r.personId) ?? null;
    byPerson.set(r.personId, r.asa === null ? prev : Math.max(prev ?? 0, r.asa));
  }
  run.asa = {
    personIds: anesthetized.map((r) => r.personId),
    caseIds: anesthetized.map((r) => r.caseId),
    highest: anesthetized.map((r) => byPerson.get(r.personId) ?? null),
  };
  return run.asa;
}

function computeAsa(ind: AsaShareIndicator, run: Run): IndicatorResult {
  const { personIds, caseIds, highest } = asaRows(run);
  const outcomes = highest.map(
    (top): Outcome => (top === null ? 'unclassifiable' : top === ind.asa ? 'numerator' : 'denominator'),
  );
  return tally(ind, 'person', { personIds, caseIds, outcomes }, run);
}

function computeDelivery(ind: DeliveryIndicator, run: Run): IndicatorResult {
  const episodes = new Map<string, CaseFacts>();
  for (const f of run.input.labourEpisodes ?? []) episodes.set(f.caseId, f);
  const deliveries = run.input.deliveries ?? [];
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

function computeStaffing(ind: StaffingIndicator, run: Run): IndicatorResult {
  const episodes = run.input.rows.filter((r) => r.anesthesia).length;
  const s = run.input.staffing ?? null;
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

function computeWith(ind: Indicator, run: Run): IndicatorResult {
  switch (ind.kind) {
    case 'case':
      return computeCase(ind, run);
    case 'asa_share':
      return computeAsa(ind, run);
    case 'delivery':
      return computeDelivery(ind, run);
    case 'staffing':
      return computeStaffing(ind, run);
  }
}

/** The figures of the indicators from the period's outcome rows (the stored path). */
export function computeRows(
  indicators: readonly Indicator[],
  input: RowsInput,
  options: ComputeOptions = {},
): IndicatorResult[] {
  const run = newRun(input, options);
  return indicators.map((ind) => computeWith(ind, run));
}

/** The period's facts as outcome rows, with the labour episodes looked up among them too. */
export function rowsInput(input: QualityInput): RowsInput {
  return {
    rows: input.cases.map((f) => outcomeRow(f, classifyCase)),
    deliveries: input.deliveries ?? [],
    labourEpisodes: [...(input.labourEpisodes ?? []), ...input.cases],
    staffing: input.staffing ?? null,
    cases: input.cases,
  };
}

export function computeIndicator(
  ind: Indicator,
  input: QualityInput,
  options: ComputeOptions = {},
): IndicatorResult {
  return computeRows([ind], rowsInput(input), options)[0]!;
}

export function computeAll(
  indicators: readonly Indicator[],
  input: QualityInput,
  options: ComputeOptions = {},
): IndicatorResult[] {
  return computeRows(indicators, rowsInput(input), options);
}
