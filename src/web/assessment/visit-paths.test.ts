import { describe, expect, it } from 'vitest';
import { flatten, getIn, setIn } from './visit-paths';

describe('visit paths', () => {
  it('sets a nested leaf without touching the original', () => {
    const before = { labs: { hemoglobin: 120 } };
    const after = setIn(before, 'labs.creatinine', 80);
    expect(after).toEqual({ labs: { hemoglobin: 120, creatinine: 80 } });
    expect(before).toEqual({ labs: { hemoglobin: 120 } });
    expect(getIn(after, 'labs.creatinine')).toBe(80);
  });

  it('keeps false and 0 but removes a cleared leaf and its empty parent', () => {
    let t = setIn({}, 'history.dementia', false);
    t = setIn(t, 'phq9.item9', 0);
    expect(getIn(t, 'history.dementia')).toBe(false);
    expect(getIn(t, 'phq9.item9')).toBe(0);
    expect(setIn(t, 'phq9.item9', null)).toEqual({ history: { dementia: false } });
  });

  it('flattens to leaves, arrays included as leaves', () => {
    expect(flatten({ a: { b: 1, c: { d: 'x' } }, m: [1, 2] })).toEqual({ 'a.b': 1, 'a.c.d': 'x', m: [1, 2] });
  });
});
