// Creating an account: the one path for the users service and for `npm run user -- add`.
import type { Db } from '../../db/client';
import { hashPassword } from '../../db/platform/password';
import { insertUser, type UserRow } from '../../db/platform/user.repo';
import type { Role } from '../../domain/auth/permissions';
import type { WardScope } from '../../domain/auth/scope';
import { serverPasswordProblems } from '../auth/common-passwords';
import { AppError } from '../errors/app-error';

/** Refuses a password that breaks the policy (common list included) with `password_weak`. */
export function requireStrongPassword(password: string, username: string, minLength: number): void {
  if (serverPasswordProblems(password, username, minLength).length > 0)
    throw new AppError('password_weak', {}, [{ path: 'password', message: '' }]);
}

export type NewUser = {
  username: string;
  displayName: string;
  role: Role;
  scope: WardScope;
  password: string;
};

export type CreateOptions = { by: string | null; now: Date; minPasswordLength: number };

/**
 * Inserts an account whose owner must replace the password at first login, since someone else chose
 * it. Throws `password_weak` or `duplicate_username`.
 */
export async function createUser(
  db: Db,
  input: NewUser,
  { by, now, minPasswordLength }: CreateOptions,
): Promise<UserRow> {
  requireStrongPassword(input.password, input.username, minPasswordLength);
  const { password, ...account } = input;
  const row = await insertUser(
    db,
    { ...account, passwordHash: await hashPassword(password), mustChangePassword: true },
    { userId: by, now },
  );
  if (!row) throw new AppError('duplicate_username', { username: input.username });
  return row;
}
