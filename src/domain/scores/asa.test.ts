import { describe, expect, it } from 'vitest';
import { asa } from './asa';

describe('ASA physical status (§2 vectors A1–A5)', () => {
  it('A1 class 3 emergency → ASA III E, flagged high', () => {
    expect(asa.compute({ asaClass: 3, emergency: true })).toMatchObject({
      band: 'ASA III E',
      total: 3,
      flags: [{ code: 'asa.high' }],
    });
  });
  it('A2 class 1 → ASA I; class 2 is below the high-risk flag', () => {
    expect(asa.compute({ asaClass: 1, emergency: false })).toMatchObject({ band: 'ASA I', flags: [] });
    expect(asa.compute({ asaClass: 2, emergency: false })).toMatchObject({ band: 'ASA II', flags: [] });
  });
  it('A3 VI E is rejected (decision D6)', () => {
    const r = asa.input.safeParse({ asaClass: 6, emergency: true });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['emergency'], message: 'asa.vi_e' });
    expect(asa.input.safeParse({ asaClass: 6, emergency: false }).success).toBe(true);
  });
  it.each([0, 7, 2.5])('A4 class %s is rejected', (c) =>
    expect(asa.input.safeParse({ asaClass: c, emergency: false }).success).toBe(false),
  );
  it('A5 not recorded is incomplete, never defaulted to I', () => {
    expect(asa.compute({})).toEqual({ status: 'incomplete', missing: ['asaClass', 'emergency'] });
  });
});
