import { describe, expect, it } from 'vitest';
import { commonScale, decimalPlaces, scaled } from './decimal';

describe('exact decimals', () => {
  it('reads a number as the decimal it prints as', () => {
    expect(decimalPlaces(62.1)).toBe(1);
    expect(decimalPlaces(80)).toBe(0);
    expect(decimalPlaces(1e-7)).toBe(7);
    expect(scaled(62.1, 1)).toBe(621n);
    expect(scaled(88.6, 2)).toBe(8860n);
    expect(scaled(1.5e21, 0)).toBe(1_500_000_000_000_000_000_000n);
    expect(scaled(-0.5, 1)).toBe(-5n);
    expect(scaled(100 / 3, 15)).toBe(33_333_333_333_333_336n); // beyond the floating-point fast path
    expect(scaled(88.6, 1) - scaled(62.1, 1)).toBe(scaled(26.5, 1));
  });
  it('refuses a scale that would drop digits, and non-finite numbers', () => {
    expect(() => scaled(62.15, 1)).toThrow(RangeError);
    expect(() => scaled(Number.NaN, 1)).toThrow(RangeError);
    expect(commonScale([80, 62.1, 33.333])).toBe(3);
    expect(commonScale([])).toBe(0);
  });
});
