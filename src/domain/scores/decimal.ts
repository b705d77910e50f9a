// Exact arithmetic on clinical inputs: a number is taken as the decimal it prints as (62.1 is 621/10,
// not the binary 62.0999…), so that differences and small multiples compare without rounding error
// (88.6 − 62.1 is exactly 26.5 here, 26.499999999999993 in floating point).

/** The number of decimal places `value` prints with (62.1 → 1, 80 → 0, 1e-7 → 7). */
export function decimalPlaces(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (Number.isInteger(value)) return 0;
  const s = String(value);
  const e = s.indexOf('e');
  const dot = s.indexOf('.');
  const fraction = dot < 0 ? 0 : (e < 0 ? s.length : e) - dot - 1;
  return Math.max(0, fraction - (e < 0 ? 0 : Number(s.slice(e + 1))));
}

// Below 2^50, value × 10^scale is within 1/4 of the exact integer in binary floating point.
const SAFE = 2 ** 50;

/** `value` × 10^scale as an exact integer; `scale` must be at least `decimalPlaces(value)`. */
export function scaled(value: number, scale: number): bigint {
  if (decimalPlaces(value) > scale) throw new RangeError(`${value} has more than ${scale} decimal places`);
  const approx = value * 10 ** scale;
  if (Math.abs(approx) < SAFE && scale <= 22) return BigInt(Math.round(approx));
  const [mantissa = '', exponent = '0'] = String(value).split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  return BigInt(whole + fraction) * 10n ** BigInt(Number(exponent) - fraction.length + scale);
}

/** The scale at which every one of `values` is an exact integer. */
export const commonScale = (values: number[]): number =>
  values.reduce((scale, v) => Math.max(scale, decimalPlaces(v)), 0);
