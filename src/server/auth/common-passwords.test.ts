import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/demo/accounts';
import { serverPasswordProblems } from './common-passwords';

describe('the server password policy, with the shipped common-password list', () => {
  it('refuses passwords on the list that meet length and classes', () => {
    expect(serverPasswordProblems('Password1234', 'nurse')).toEqual(['common']);
    expect(serverPasswordProblems('1qaz2wsx3EDC', 'nurse')).toEqual(['common']);
  });

  it('accepts the demo password', () => {
    expect(serverPasswordProblems(DEMO_PASSWORD, 'admin')).toEqual([]);
  });
});
