// Units as devices send them (OBX-6: full MDC, bare REFID, plain text, MDIL, or nothing) →
// conversion to the parameter's canonical unit. Factors are exact definitions, never rounded thresholds.
import { PARAMETERS, type ParameterCode } from './parameters';

type Unit = 'mmHg' | 'kPa' | 'cmH2O' | 'Cel' | 'degF' | '%' | '/min';

// Recognised by the REFID (component 2 of an MDC unit), the code, or the plain text.
const UNIT_ALIASES: Readonly<Record<string, Unit>> = {
  MDC_DIM_MMHG: 'mmHg',
  '266016': 'mmHg',
  mmhg: 'mmHg',
  MDC_DIM_KILO_PASCAL: 'kPa',
  '268842': 'kPa',
  kpa: 'kPa',
  MDC_DIM_CM_H2O: 'cmH2O',
  '266048': 'cmH2O',
  cmh2o: 'cmH2O',
  MDC_DIM_DEGC: 'Cel',
  '268192': 'Cel',
  cel: 'Cel',
  c: 'Cel',
  '°c': 'Cel',
  '℃': 'Cel',
  MDC_DIM_FAHR: 'degF',
  '268224': 'degF',
  degf: 'degF',
  f: 'degF',
  '°f': 'degF',
  MDC_DIM_PERCENT: '%',
  '262688': '%',
  '%': '%',
  MDC_DIM_BEAT_PER_MIN: '/min',
  '264864': '/min',
  bpm: '/min',
  '/min': '/min',
  MDC_DIM_RESP_PER_MIN: '/min',
  '264928': '/min',
  rpm: '/min',
  brpm: '/min',
};

const CANONICAL: Record<string, Unit> = { mmHg: 'mmHg', Cel: 'Cel', '%': '%', '/min': '/min' };

// 1 kPa = 1000 Pa; 1 mmHg = 133.322387415 Pa (exact by definition: 13.5951 g/cm³ × 9.80665 m/s² × 1 mm).
const PA_PER_MMHG = 133.322387415;
const PA_PER_CMH2O = 98.0665;

const CONVERT: Partial<Record<Unit, Partial<Record<Unit, (v: number) => number>>>> = {
  kPa: { mmHg: (v) => (v * 1000) / PA_PER_MMHG },
  cmH2O: { mmHg: (v) => (v * PA_PER_CMH2O) / PA_PER_MMHG },
  degF: { Cel: (v) => ((v - 32) * 5) / 9 },
};

/** Recognises a unit from the OBX-6 components (code, text); null when absent or unknown. */
export function recogniseUnit(code: string, text: string): Unit | null | 'unknown' {
  const candidates = [text, code].map((s) => s.trim()).filter(Boolean);
  if (candidates.length === 0) return null;
  for (const c of candidates) {
    const unit = UNIT_ALIASES[c] ?? UNIT_ALIASES[c.toLowerCase()];
    if (unit) return unit;
  }
  return 'unknown';
}

export type Converted =
  | { ok: true; value: number; unit: string }
  | { ok: false; problem: 'unit_unknown' | 'unit_incompatible' };

/** Converts a value to the parameter's canonical unit; an absent unit means the canonical one (Mindray PDS). */
export function toCanonical(param: ParameterCode, value: number, unit: Unit | null | 'unknown'): Converted {
  const target = CANONICAL[PARAMETERS[param].unit]!;
  if (unit === 'unknown') return { ok: false, problem: 'unit_unknown' };
  if (unit === null || unit === target) return { ok: true, value, unit: PARAMETERS[param].unit };
  const f = CONVERT[unit]?.[target];
  if (!f) return { ok: false, problem: 'unit_incompatible' };
  return { ok: true, value: Math.round(f(value) * 100) / 100, unit: PARAMETERS[param].unit };
}
