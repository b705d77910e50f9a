import { describe, expect, it } from 'vitest';
import { coversAnyWard, coversWard, DEPARTMENT, scopeOf, wardsScope } from './scope';

describe('ward scope', () => {
  it('the department covers every ward and data of no ward', () => {
    expect(coversWard(DEPARTMENT, 'w1')).toBe(true);
    expect(coversWard(DEPARTMENT, null)).toBe(true);
  });

  it('a ward list covers only its wards; an empty list covers nothing, never everything', () => {
    expect(coversWard(wardsScope(['w1']), 'w1')).toBe(true);
    expect(coversWard(wardsScope(['w1']), 'w2')).toBe(false);
    expect(coversWard(wardsScope(['w1']), null)).toBe(false);
    expect(coversWard(wardsScope([]), 'w1')).toBe(false);
    expect(coversAnyWard(wardsScope([]), ['w1', null])).toBe(false);
    expect(coversAnyWard(wardsScope(['w2']), ['w1', 'w2'])).toBe(true);
  });

  it('reads the stored flag, not the emptiness of the list', () => {
    expect(scopeOf({ allWards: false, wardIds: [] })).toEqual({ kind: 'wards', ids: [] });
    expect(scopeOf({ allWards: true, wardIds: ['w1'] })).toEqual(DEPARTMENT);
  });
});
