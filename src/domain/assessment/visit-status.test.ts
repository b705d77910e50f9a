import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../registry/case-status';
import { caseTakesVisit } from './visit-status';

describe('which cases take a visit', () => {
  it('refuses a cancelled case and one that has reached the ward or the ICU, and takes every other', () => {
    const closed = CASE_STATUSES.filter((s) => !caseTakesVisit(s));
    expect(closed.sort()).toEqual(['cancelled', 'icu', 'ward']);
    expect(caseTakesVisit('scheduled')).toBe(true);
    expect(caseTakesVisit('pacu_out')).toBe(true);
  });
});
