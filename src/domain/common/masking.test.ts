import { describe, expect, it } from 'vitest';
import { maskedMrn, maskedName } from './masking';

describe('masking', () => {
  it('keeps the first character of a name and stars the rest, at least one star', () => {
    expect(maskedName('张三丰')).toBe('张**');
    expect(maskedName('李')).toBe('李*');
    expect(maskedName('')).toBe('');
  });
  it('keeps the last four characters of an MRN', () => {
    expect(maskedMrn('ZY20260001')).toBe('******0001');
    expect(maskedMrn('123')).toBe('123');
  });
});
