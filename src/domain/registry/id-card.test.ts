import { describe, expect, it } from 'vitest';
import { isValidIdCard, maskIdCard, maskPhone } from './id-card';

describe('ID card', () => {
  it('accepts the GB 11643 example and rejects a wrong check digit', () => {
    expect(isValidIdCard('11010519491231002X')).toBe(true);
    expect(isValidIdCard('11010519491231002x')).toBe(true);
    expect(isValidIdCard('110105194912310021')).toBe(false);
    expect(isValidIdCard('1101051949123100')).toBe(false);
  });
  it('masks all but region and last four', () => {
    expect(maskIdCard('11010519491231002X')).toBe('1101**********002X');
    expect(maskIdCard(null)).toBeNull();
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
