import { describe, expect, it } from 'vitest';
import { characterClasses, normalizePassword, passwordProblems } from './password-policy';

const common = new Set(['password1234', 'qwerty123456'].map(normalizePassword));

describe('password policy (等保 level 3, ASVS L2)', () => {
  it('refuses the passwords the tester found accepted', () => {
    for (const p of ['aaaaaaaaaa', '1234567890', 'password12']) {
      expect(passwordProblems(p, 'nurse', common)).toEqual(
        expect.arrayContaining(['too_short', 'too_few_classes']),
      );
    }
  });

  it('needs 12 characters: 11 is too short, 12 is enough', () => {
    expect(passwordProblems('Abcdefgh12!', 'nurse')).toEqual(['too_short']);
    expect(passwordProblems('Abcdefgh123!', 'nurse')).toEqual([]);
  });

  it('counts characters, not UTF-16 units, and a run of spaces as one (ASVS V2.1.1)', () => {
    expect(passwordProblems('麻醉科手术室护士站2026', 'nurse')).toEqual(['too_few_classes']);
    expect(passwordProblems('麻醉科手术室Ab2026', 'nurse')).toEqual([]);
    expect(passwordProblems('Ab1 x    yz', 'nurse')).toEqual(['too_short']);
    expect(passwordProblems('Ab1 x y z w v', 'nurse')).toEqual([]);
  });

  it('needs three of the four classes: two are not enough', () => {
    expect(characterClasses('abcdefghijkl')).toBe(1);
    expect(passwordProblems('abcdefgh1234', 'nurse')).toEqual(['too_few_classes']);
    expect(passwordProblems('abcdefghIJKL', 'nurse')).toEqual(['too_few_classes']);
    expect(passwordProblems('abcdefgh-._!', 'nurse')).toEqual(['too_few_classes']);
    expect(passwordProblems('abcdefgH1234', 'nurse')).toEqual([]);
    expect(passwordProblems('abcdefgh123!', 'nurse')).toEqual([]);
    expect(passwordProblems('ABCDEFGH123!', 'nurse')).toEqual([]);
    expect(characterClasses('Abcdefgh123!')).toBe(4);
  });

  it('refuses a common password in any letter case, only when the list is given', () => {
    expect(passwordProblems('Password1234', 'nurse', common)).toEqual(['common']);
    expect(passwordProblems('QWERTY123456', 'nurse', common)).toEqual(['too_few_classes', 'common']);
    expect(passwordProblems('Password1234', 'nurse')).toEqual([]);
    expect(passwordProblems('Password12345', 'nurse', common)).toEqual([]);
  });

  it('refuses the user name, whatever its case', () => {
    expect(passwordProblems('Nurse_2026ab', 'nurse_2026ab')).toEqual(['same_as_username']);
    expect(passwordProblems('Nurse_2026ab', 'nurse_2026ac')).toEqual([]);
  });
});
