// The contract every clinical instrument implements: a zod input schema (every item optional, so a
// half-filled form validates, but each value range-checked) and a pure compute() that either scores
// or names what is missing. A missing item is never counted as zero or normal.
import type { z } from 'zod';

export type Text = { zh: string; en: string };
export type Severity = 'info' | 'warning' | 'high' | 'critical';
export type Flag = { code: string; severity: Severity; label: Text };
export type Recommendation = { code: string; text: Text; source: string };

export type Complete = {
  status: 'complete';
  /** Null where the answer is not a number (CAM-ICU "unable to assess"): never shown or counted as 0. */
  total: number | null;
  band: string;
  bandLabel: Text;
  subscores: Record<string, number>;
  flags: Flag[];
  recommendations: Recommendation[];
  /** Instrument-specific facts (e.g. NEWS2's monitoring frequency and scale used). */
  details?: Record<string, string | number | boolean | null>;
};
export type Incomplete = { status: 'incomplete'; missing: string[] };
export type ScoreResult = Complete | Incomplete;

export interface Instrument<S extends z.ZodObject = z.ZodObject> {
  readonly id: string;
  readonly names: Text;
  readonly version: string;
  readonly source: string;
  readonly input: S;
  /** Items that must be answered for a result (used by the completeness checks and the property tests). */
  readonly required: readonly (keyof z.infer<S> & string)[];
  /** False where the total is a stage or class rather than the sum of the subscores. */
  readonly additive?: boolean;
  compute(input: z.infer<S>): ScoreResult;
}

export function defineInstrument<S extends z.ZodObject>(instrument: Instrument<S>): Instrument<S> {
  return instrument;
}

/** The required items that are absent (undefined or null), in declaration order. */
export function missingItems<T extends object>(input: T, required: readonly (keyof T & string)[]): string[] {
  return required.filter((k) => input[k] === undefined || input[k] === null);
}

/**
 * Round half-up to `decimals` places using the decimal representation, not binary floating point
 * (38.05 → 38.1, where Math.round(38.05 * 10) gives 380). Decision D1, docs/clinical-decisions.md.
 */
export function roundHalfUp(value: number, decimals = 0): number {
  // Fast path: a value already at the chart's resolution (the usual case) is returned as it is.
  const scale = 10 ** decimals;
  const scaled = value * scale;
  if (Number.isInteger(scaled) || Math.abs(scaled - Math.round(scaled)) < 1e-9)
    return Math.round(scaled) / scale;
  return Number(`${Math.round(Number(`${value}e${decimals}`))}e-${decimals}`);
}

export const sum = (values: Record<string, number>): number =>
  Object.values(values).reduce((a, b) => a + b, 0);
