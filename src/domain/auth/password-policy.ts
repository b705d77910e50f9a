// The password policy of GB/T 22239-2019 (等保 2.0) level 3, 8.1.4.1 a) (口令复杂度) and OWASP ASVS 4.0.3
// level 2, V2.1.1 (at least 12 characters, runs of spaces counted as one) and V2.1.7 (not a known
// common password). Pure: the list of common passwords is passed in by the server, so the web app
// can give the same hints without shipping the list.
export type PasswordProblem = 'too_short' | 'too_few_classes' | 'common' | 'same_as_username';

export const MIN_PASSWORD_LENGTH = 12;
/** Of the four classes: lowercase letters, uppercase letters, digits, anything else. */
export const MIN_CHARACTER_CLASSES = 3;

/** Membership in a list of common passwords, asked with the password in `normalizePassword` form. */
export type CommonPasswords = { has(normalized: string): boolean };

/** The form in which a password is compared with the common list: NFKC, lower case. */
export const normalizePassword = (password: string): string => password.normalize('NFKC').toLowerCase();

const CLASSES = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];

export const characterClasses = (password: string): number => CLASSES.filter((c) => c.test(password)).length;

/** Returns the problems with a proposed password; an empty list means it is acceptable. */
export function passwordProblems(
  password: string,
  username: string,
  common?: CommonPasswords,
  minLength: number = MIN_PASSWORD_LENGTH,
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const required = Math.max(minLength, MIN_PASSWORD_LENGTH);
  if ([...password.replace(/ {2,}/g, ' ')].length < required) problems.push('too_short');
  if (characterClasses(password) < MIN_CHARACTER_CLASSES) problems.push('too_few_classes');
  if (common?.has(normalizePassword(password))) problems.push('common');
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) problems.push('same_as_username');
  return problems;
}
