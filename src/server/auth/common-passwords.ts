// The common-password list of zxcvbn-ts (about 49 000 passwords seen most often in leaks), on the
// server only: the web app gives the other hints without downloading it.
import { dictionary } from '@zxcvbn-ts/language-common';
import {
  type CommonPasswords,
  normalizePassword,
  type PasswordProblem,
  passwordProblems,
} from '../../domain/auth/password-policy';

let list: ReadonlySet<string> | null = null;

/** Built on first use (about 50 ms), then kept. */
export const commonPasswords = (): CommonPasswords => {
  list ??= new Set(dictionary['passwords-common'].map(normalizePassword));
  return list;
};

/** The whole policy, common list included: what the server enforces. */
export const serverPasswordProblems = (
  password: string,
  username: string,
  minLength?: number,
): PasswordProblem[] => passwordProblems(password, username, commonPasswords(), minLength);
