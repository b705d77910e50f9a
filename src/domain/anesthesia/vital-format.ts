// Vital signs at their clinical precision, one rule for the screen and the printed record: stored
// values keep what the monitor sent (31.400006796761057 ℃ from a float32 channel), people read 31.4.
import { PARAMETERS, type ParameterCode } from '../interop/parameters';
import { roundHalfUp } from '../scores/instrument';
import type { AlertKind } from './intraop-alerts';

/** Decimals shown per parameter. */
export const VITAL_DECIMALS: Record<ParameterCode, number> = {
  // clinical-scores.md §0: pulse, SpO2, RR and systolic pressure are charted as integers.
  hr: 0,
  pr: 0,
  spo2: 0,
  rr: 0,
  nibp_sys: 0,
  // Diastolic, mean, invasive and venous pressures: whole mmHg, as monitors display them.
  nibp_dia: 0,
  nibp_mean: 0,
  art_sys: 0,
  art_dia: 0,
  art_mean: 0,
  pa_sys: 0,
  pa_dia: 0,
  pa_mean: 0,
  cvp: 0,
  // clinical-scores.md §0: temperature has one decimal (℃).
  temp: 1,
  // Whole mmHg, as capnographs display it.
  etco2: 0,
};

// A code outside PARAMETERS: two decimals, the precision unit conversion stores (interop/units.ts).
const OTHER_DECIMALS = 2;

const isParameter = (param: string): param is ParameterCode => Object.hasOwn(PARAMETERS, param);

export const vitalDecimals = (param: string): number =>
  isParameter(param) ? VITAL_DECIMALS[param] : OTHER_DECIMALS;

/** The value at the parameter's precision, rounded half-up in decimal (decision D1). */
export const roundVital = (param: string, value: number): number => roundHalfUp(value, vitalDecimals(param));

/** "31.4", "36.0", "98": the value as a clinician reads it. */
export function formatVital(param: string, value: number): string {
  const rounded = roundVital(param, value);
  return isParameter(param) ? rounded.toFixed(VITAL_DECIMALS[param]) : String(rounded);
}

const UNIT_LABELS: Record<string, string> = { Cel: '℃' };

/** The unit as printed: UCUM "Cel" reads ℃; the others are already what a chart shows. */
export const vitalUnit = (param: string): string => {
  const unit = isParameter(param) ? PARAMETERS[param].unit : '';
  return UNIT_LABELS[unit] ?? unit;
};

/** The parameter whose precision an alert's extreme value has. */
export const ALERT_PARAMETER: Record<AlertKind, ParameterCode> = {
  hypotension: 'nibp_mean',
  hypoxaemia: 'spo2',
  bradycardia: 'hr',
  tachycardia: 'hr',
  hypothermia: 'temp',
};

export const formatAlertExtreme = (kind: string, value: number): string =>
  formatVital(ALERT_PARAMETER[kind as AlertKind] ?? kind, value);

/**
 * A dose, rate, volume or total as charted: at most two decimals, trailing zeros dropped ("0.3", "1200",
 * "0.05"), so a sum such as 0.1 + 0.2 never prints as 0.30000000000000004.
 */
export const formatAmount = (value: number): string => String(roundHalfUp(value, 2));

/** A computed total (infusion rate × time plus boluses): whole units from 100 up ("3317"), else as an amount. */
export const formatTotal = (value: number): string =>
  Math.abs(value) >= 100 ? String(roundHalfUp(value, 0)) : formatAmount(value);
