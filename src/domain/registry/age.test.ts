import { describe, expect, it } from 'vitest';
import { completedYears } from './age';

describe('completed years', () => {
  it('turns a year older on the birthday, not before', () => {
    expect(completedYears('1960-05-01', '2026-04-30')).toBe(65);
    expect(completedYears('1960-05-01', '2026-05-01')).toBe(66);
    expect(completedYears('1960-02-29', '2026-02-28')).toBe(65);
  });
});
