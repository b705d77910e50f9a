// Creating an account: the one path for the users API and for `npm run user -- add`.
import { z } from 'zod';
import type { Db } from '../../db/client';
import { newId } from '../../db/ids';
import { users } from '../../db/schema';
import type { Role } from '../../domain/auth/permissions';
import type { WardScope } from '../../domain/auth/scope';
import { serverPasswordProblems } from '../auth/common-passwords';
import { hashPassword } from '../auth/password';
import { AppError } from '../errors/app-error';

export const usernameSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_.-]{2,31}$/, { message: 'user.username.format' });

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
): Promise<typeof users.$inferSelect> {
  requireStrongPassword(input.password, input.username, minPasswordLength);
  const [row] = await db
    .insert(users)
    .values({
      id: newId(),
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      allWards: input.scope.kind === 'department',
      wardIds: input.scope.kind === 'wards' ? [...input.scope.ids] : [],
      passwordHash: await hashPassword(input.password),
      mustChangePassword: true,
      createdAt: now,
      createdBy: by,
      updatedAt: now,
      updatedBy: by,
    })
    .onConflictDoNothing({ target: users.username })
    .returning();
  if (!row) throw new AppError('duplicate_username', { username: input.username });
  return row;
}
