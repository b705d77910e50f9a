// Detection rules that suggest complications for a clinician to confirm or dismiss (never recorded
// by themselves): KDIGO AKI from the creatinine series, delirium from 4AT or CAM-ICU, PONV from
// rescue antiemetics or recorded vomiting, persistent fever.
import { creatinineCriterion, creatinineStage, urineOutputStage } from '../scores/kdigo';
import type { ComplicationStatus, ComplicationType } from './vocabulary';

export type Suggestion = {
  type: ComplicationType;
  rule: string;
  onsetAt: number;
  evidence: Record<string, string | number>;
};

type Reading = { value: number; at: string };

/**
 * KDIGO 2012 by creatinine: a stage ≥ 1 against the pre-operative baseline (or, without one, by the 48-h rise
 * alone), onset at the reading that reached it.
 */
export function suggestAki(
  baseline: Reading | null,
  series: Reading[],
  surgeryAt: string | null = null,
): Suggestion | null {
  const sorted = [...series].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (let i = 0; i < sorted.length; i++) {
    const stage = creatinineStage(baseline, sorted.slice(0, i + 1), surgeryAt);
    if (stage >= 1) {
      const reached = sorted[i]!;
      // The stage may be a floor (no baseline within 7 days): what was not evaluated is named.
      const final = creatinineCriterion(baseline, sorted, surgeryAt);
      return {
        type: 'aki',
        rule: 'kdigo.creatinine',
        onsetAt: Date.parse(reached.at),
        evidence: {
          stage: final.stage,
          ...(baseline ? { baseline: baseline.value } : {}),
          creatinine: reached.value,
          unit: 'µmol/L',
          ...(final.missing.length > 0 ? { notEvaluated: final.missing.join(',') } : {}),
        },
      };
    }
  }
  return null;
}

/**
 * KDIGO 2012 against the pre-operative baseline: the last creatinine before anesthesia began is the
 * baseline, the values from then on are the series.
 */
export function suggestAkiAroundSurgery(
  readings: { value: number; at: number }[],
  surgeryStart: number,
): Suggestion | null {
  const sorted = [...readings].sort((a, b) => a.at - b.at);
  const iso = (r: { value: number; at: number }): Reading => ({
    value: r.value,
    at: new Date(r.at).toISOString(),
  });
  const base = sorted.filter((r) => r.at < surgeryStart).at(-1);
  return suggestAki(
    base ? iso(base) : null,
    sorted.filter((r) => r.at >= surgeryStart).map(iso),
    new Date(surgeryStart).toISOString(),
  );
}

/** 4AT ≥ 4 (possible delirium) or a positive CAM-ICU. */
export function suggestDelirium(
  assessments: { instrument: '4at' | 'cam-icu'; total: number; positive?: boolean; at: string }[],
): Suggestion | null {
  const hit = assessments.find((a) => (a.instrument === '4at' ? a.total >= 4 : a.positive === true));
  return hit
    ? {
        type: 'delirium',
        rule: hit.instrument === '4at' ? '4at.ge4' : 'cam-icu.positive',
        onsetAt: Date.parse(hit.at),
        evidence: { instrument: hit.instrument, total: hit.total },
      }
    : null;
}

/** Rescue antiemetic after the end of anesthesia, or vomiting recorded. */
export function suggestPonv(
  events: { kind: 'rescue_antiemetic' | 'vomiting'; at: string }[],
  anesthesiaEnd: number,
): Suggestion | null {
  const hit = events
    .filter((e) => Date.parse(e.at) >= anesthesiaEnd)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
  return hit
    ? { type: 'ponv', rule: `ponv.${hit.kind}`, onsetAt: Date.parse(hit.at), evidence: { kind: hit.kind } }
    : null;
}

/** Persistent fever: temperature ≥ 38.0 ℃ in readings at least 24 h apart, without a normal reading between. */
export function suggestFever(temps: Reading[]): Suggestion | null {
  const sorted = [...temps].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let start: Reading | null = null;
  for (const t of sorted) {
    if (t.value >= 38.0) {
      start ??= t;
      if (Date.parse(t.at) - Date.parse(start.at) >= 24 * 3_600_000)
        return {
          type: 'persistent_fever',
          rule: 'fever.ge38_24h',
          onsetAt: Date.parse(start.at),
          evidence: { first: start.value, latest: t.value },
        };
    } else start = null;
  }
  return null;
}

/**
 * Findings of the post-anesthesia visit that suggest a registry entry: awareness; hallucination after
 * ketamine/esketamine; hoarseness still present beyond 72 h; a neurological deficit after a nerve block;
 * vomiting (PONV).
 */
export function suggestFromVisit(
  findings: Record<string, unknown>,
  at: number,
  ctx: { anesthesiaEnd: number; ketamineGiven: boolean; regionalBlock: boolean },
): Suggestion[] {
  const out: Suggestion[] = [];
  const add = (type: ComplicationType, rule: string) =>
    out.push({ type, rule, onsetAt: at, evidence: { source: 'postanesthesia-visit' } });
  if (findings.awareness === true) add('awareness', 'visit72.awareness');
  if (findings.hallucination === true && ctx.ketamineGiven)
    add('ketamine_hallucination', 'visit72.hallucination_after_ketamine');
  if (findings.hoarseness === true && at - ctx.anesthesiaEnd > 72 * 3_600_000)
    add('hoarseness_72h', 'visit72.hoarseness_beyond_72h');
  if (findings.neuroDeficit === true && ctx.regionalBlock)
    add('regional_block_neuro_deficit', 'visit72.deficit_after_block');
  if (findings.vomiting === true) add('ponv', 'visit72.vomiting');
  else if (findings.rescueAntiemetic === true) add('ponv', 'visit72.rescue_antiemetic');
  return out;
}

/** KDIGO 2012 by urine output (< 0.5 mL/kg/h for 6 h → stage 1, 12 h → 2; < 0.3 for 24 h or anuria 12 h → 3). */
export function suggestAkiFromUrine(
  weightKg: number | null,
  hours: { hourStart: string; ml: number }[],
): Suggestion | null {
  if (!weightKg || hours.length === 0) return null;
  const stage = urineOutputStage(weightKg, hours);
  if (stage === 0) return null;
  return {
    type: 'aki',
    rule: 'kdigo.urine_output',
    onsetAt: Date.parse(hours[0]!.hourStart),
    evidence: { stage, weightKg, hours: hours.length, unit: 'mL/kg/h' },
  };
}

/**
 * The suggestions that enter the registry: one per case and type, so a type already suggested or
 * confirmed is not suggested again; a dismissed one may be suggested anew by later evidence.
 */
export function newSuggestions(
  registry: { type: ComplicationType; status: ComplicationStatus }[],
  suggestions: Suggestion[],
): Suggestion[] {
  const present = new Set(registry.filter((x) => x.status !== 'dismissed').map((x) => x.type));
  return suggestions.filter((s) => {
    if (present.has(s.type)) return false;
    present.add(s.type);
    return true;
  });
}
