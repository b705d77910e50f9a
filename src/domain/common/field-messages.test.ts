import { describe, expect, it } from 'vitest';
import { isMissingValue, isRequiredMiss, valueAt } from './field-messages';

describe('a value left out', () => {
  it('is nothing, null or only blanks', () => {
    for (const v of [undefined, null, '', '  \t']) expect(isMissingValue(v)).toBe(true);
    for (const v of [0, false, 'a', [], {}]) expect(isMissingValue(v)).toBe(false);
  });
  it('is found at its path', () => {
    const data = { a: { b: [{ c: 'x' }] } };
    expect(valueAt(data, ['a', 'b', 0, 'c'])).toBe('x');
    expect(valueAt(data, ['a', 'b', '0', 'c'])).toBe('x');
    expect(valueAt(data, ['a', 'x', 'c'])).toBeUndefined();
    expect(valueAt('text', [])).toBe('text');
  });
  it('makes a type or format refusal a required miss, but not a refinement', () => {
    expect(isRequiredMiss({ code: 'invalid_type', path: ['name'] }, {})).toBe(true);
    expect(isRequiredMiss({ code: 'invalid_format', path: ['mrn'] }, { mrn: ' ' })).toBe(true);
    expect(isRequiredMiss({ code: 'invalid_type', path: ['name'] }, { name: 3 })).toBe(false);
    expect(isRequiredMiss({ code: 'custom', path: ['reason'] }, { reason: '' })).toBe(false);
  });
});
