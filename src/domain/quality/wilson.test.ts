import { describe, expect, it } from 'vitest';
import { normalQuantile, proportion, wilsonInterval } from './wilson';

// Reference values from R 4 (printed with %.17g):
//   prop.test(x, n, correct = FALSE)$conf.int   and   qnorm(p)
const R_95: readonly (readonly [number, number, number, number])[] = [
  [0, 10, 0, 0.27753279986288915],
  [10, 10, 0.72246720013711085, 1],
  [1, 3, 0.061491944720396291, 0.79234039919795229],
  [37, 1234, 0.02183055737637905, 0.041054279987894224],
  [5, 100000, 2.1357194468385747e-5, 0.0001170520768033956],
  [1, 1, 0.2065493143772375, 1],
  [0, 1, 0, 0.79345068562276255],
  [50, 100, 0.40383153036599567, 0.59616846963400427],
  [999, 1000, 0.99435744140204207, 0.99982345362937386],
  [3, 7, 0.1582198552514697, 0.74954163547234265],
  [12, 400, 0.01724302096514305, 0.051698535709095661],
  [123456, 1000000, 0.12281269653142285, 0.12410219641400438],
];

const R_LEVELS: readonly (readonly [number, number, number, number, number])[] = [
  [7, 40, 0.097760443089117244, 0.29341929853043053, 0.9],
  [7, 40, 0.070644235036730202, 0.3718333537431997, 0.99],
  [7, 40, 0.13819582272004965, 0.21911375927842128, 0.5],
];

const R_QNORM: readonly (readonly [number, number])[] = [
  [0.975, 1.9599639845400536],
  [0.995, 2.5758293035488999],
  [0.95, 1.6448536269514715],
  [0.75, 0.67448975019608171],
  [0.5, 0],
  [1e-10, -6.3613409024040557],
  [0.999999, 4.7534243088170891],
  [0.02425, -1.9729610513118845],
  [0.97575, 1.9729610513118847],
  [0.3, -0.52440051270804067],
];

describe('normalQuantile (AS 241, as R qnorm)', () => {
  it.each(R_QNORM)('qnorm(%s) = %s', (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1e-13);
  });

  it('z for 95 % is 1.959963984540054', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
  });

  it('rejects p outside (0, 1)', () => {
    for (const p of [0, 1, -0.1, 1.5, Number.NaN]) expect(() => normalQuantile(p)).toThrow(RangeError);
  });
});

describe('wilsonInterval = R prop.test(x, n, correct = FALSE)$conf.int', () => {
  it.each(R_95)('x=%i n=%i → [%s, %s]', (x, n, lower, upper) => {
    const ci = wilsonInterval(x, n);
    expect(ci).not.toBeNull();
    expect(Math.abs(ci!.lower - lower)).toBeLessThan(1e-9);
    expect(Math.abs(ci!.upper - upper)).toBeLessThan(1e-9);
  });

  it.each(R_LEVELS)('x=%i n=%i → [%s, %s] at confidence %s', (x, n, lower, upper, level) => {
    const ci = wilsonInterval(x, n, level);
    expect(Math.abs(ci!.lower - lower)).toBeLessThan(1e-9);
    expect(Math.abs(ci!.upper - upper)).toBeLessThan(1e-9);
  });

  it('bounds are exactly 0 at x = 0 and exactly 1 at x = n', () => {
    expect(wilsonInterval(0, 10)!.lower).toBe(0);
    expect(wilsonInterval(10, 10)!.upper).toBe(1);
  });

  it('is null for n = 0', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('rejects impossible counts and confidence levels', () => {
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 2, 1)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 2, 0)).toThrow(RangeError);
  });
});

describe('proportion', () => {
  it('carries the fraction and the 95 % Wilson bounds', () => {
    const p = proportion(37, 1234);
    expect(p.numerator).toBe(37);
    expect(p.denominator).toBe(1234);
    expect(p.value).toBeCloseTo(37 / 1234, 15);
    expect(Math.abs(p.lower! - 0.02183055737637905)).toBeLessThan(1e-9);
    expect(Math.abs(p.upper! - 0.041054279987894224)).toBeLessThan(1e-9);
  });

  it('has null value and bounds for a zero denominator', () => {
    expect(proportion(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null, lower: null, upper: null });
  });
});
