import { describe, expect, it } from 'vitest';
import { cfs } from './cfs';

describe('Clinical Frailty Scale (§9 vectors F1–F5)', () => {
  it('F1 level 3 is managing well, not frail', () => {
    expect(cfs.compute({ level: 3 })).toMatchObject({
      band: 'not_frail',
      bandLabel: { en: 'Managing well' },
      flags: [],
    });
  });
  it('F2 level 5 is frail and proposes geriatric assessment', () => {
    expect(cfs.compute({ level: 5 })).toMatchObject({
      band: 'frail',
      flags: [{ code: 'cfs.frail' }],
      recommendations: [{ code: 'cfs.geriatric_assessment' }],
    });
  });
  it('F3 level 4 is very mild frailty, not flagged (decision D14)', () => {
    expect(cfs.compute({ level: 4 })).toMatchObject({ band: 'very_mild', flags: [] });
  });
  it.each([0, 10])('F4 level %d is rejected', (level) =>
    expect(cfs.input.safeParse({ level }).success).toBe(false),
  );
  it('F5 warns under 65', () => {
    expect(cfs.compute({ level: 3, age: 45 })).toMatchObject({ flags: [{ code: 'cfs.under_65' }] });
    expect(cfs.compute({ level: 3, age: 65 })).toMatchObject({ flags: [] });
  });
});
