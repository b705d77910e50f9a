import { describe, expect, it } from 'vitest';
import { gad7 } from './gad7';
import { phq9 } from './phq9';

const items = (values: number[]) => Object.fromEntries(values.map((v, k) => [`item${k + 1}`, v]));

describe('PHQ-9 (§10 vectors Q1–Q9)', () => {
  it.each([
    ['Q1', [0, 0, 0, 0, 0, 0, 0, 0, 0], 0, 'minimal', false],
    ['Q2', [1, 1, 1, 1, 0, 0, 0, 0, 0], 4, 'minimal', false],
    ['Q3', [1, 1, 1, 1, 1, 0, 0, 0, 0], 5, 'mild', false],
    ['Q4', [1, 1, 1, 1, 1, 1, 1, 1, 1], 9, 'mild', true],
    ['Q5', [2, 2, 2, 2, 2, 0, 0, 0, 0], 10, 'moderate', false],
    ['Q6', [3, 3, 3, 3, 2, 0, 0, 0, 0], 14, 'moderate', false],
    ['Q7', [3, 3, 3, 3, 3, 0, 0, 0, 0], 15, 'moderately_severe', false],
    ['Q8', [3, 3, 3, 3, 3, 3, 2, 0, 0], 20, 'severe', false],
    ['Q9', [3, 3, 3, 3, 3, 3, 3, 3, 3], 27, 'severe', true],
  ] as [string, number[], number, string, boolean][])('%s', (_id, values, total, band, item9) => {
    const r = phq9.compute(items(values));
    if (r.status !== 'complete') throw new Error('expected a score');
    expect(r.total).toBe(total);
    expect(r.band).toBe(band);
    expect(r.flags.some((f) => f.code === 'phq9.item9' && f.severity === 'critical')).toBe(item9);
  });
  it('19 is moderately severe, 9 vs 10 crosses the referral cut', () => {
    expect(phq9.compute(items([3, 3, 3, 3, 3, 3, 1, 0, 0]))).toMatchObject({
      total: 19,
      band: 'moderately_severe',
    });
    const nine = phq9.compute(items([1, 1, 1, 1, 1, 1, 1, 2, 0]));
    expect(nine.status === 'complete' && nine.recommendations).toEqual([]);
    const ten = phq9.compute(items([2, 1, 1, 1, 1, 1, 1, 2, 0]));
    expect(ten.status === 'complete' && ten.recommendations.map((r) => r.code)).toEqual(['phq9.referral']);
  });
  it('does not pro-rate unanswered items (decision D15)', () => {
    expect(phq9.compute(items([3, 3, 3, 3, 3, 3, 3, 3]))).toEqual({
      status: 'incomplete',
      missing: ['item9'],
    });
  });
});

describe('GAD-7 (§10 vectors G1–G7)', () => {
  it.each([
    ['G1', [1, 1, 1, 1, 0, 0, 0], 4, 'minimal'],
    ['G2', [1, 1, 1, 1, 1, 0, 0], 5, 'mild'],
    ['G3', [2, 2, 2, 2, 1, 0, 0], 9, 'mild'],
    ['G4', [2, 2, 2, 2, 2, 0, 0], 10, 'moderate'],
    ['G5', [3, 3, 3, 3, 2, 0, 0], 14, 'moderate'],
    ['G6', [3, 3, 3, 3, 3, 0, 0], 15, 'severe'],
    ['G7', [3, 3, 3, 3, 3, 3, 3], 21, 'severe'],
  ] as [string, number[], number, string][])('%s', (_id, values, total, band) => {
    expect(gad7.compute(items(values))).toMatchObject({ status: 'complete', total, band });
  });
});
