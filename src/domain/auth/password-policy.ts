export type PasswordProblem = 'too_short' | 'same_as_username';

export const MIN_PASSWORD_LENGTH = 10;

/** Returns the problems with a proposed password; an empty list means it is acceptable. */
export function passwordProblems(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) problems.push('too_short');
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) problems.push('same_as_username');
  return problems;
}
