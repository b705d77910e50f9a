// Accounts: the users table. Who may do what to an account is the users service's to decide.
import { and, asc, eq, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { Role } from '../../domain/auth/permissions';
import type { WardScope } from '../../domain/auth/scope';
import type { Locale } from '../../domain/common/field-messages';
import type { Db } from '../client';
import { newId } from '../ids';
import { users } from '../schema';
import { type Actor, updateVersioned } from '../versioned';

export type UserRow = typeof users.$inferSelect;

/** The columns that store a ward scope. */
export const scopeColumns = (scope: WardScope) => ({
  allWards: scope.kind === 'department',
  wardIds: scope.kind === 'wards' ? [...scope.ids] : [],
});

export const listUsers = (db: Db): Promise<UserRow[]> => db.select().from(users).orderBy(asc(users.username));

export async function getUser(db: Db, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return row ?? null;
}

export type NewUserRow = {
  username: string;
  displayName: string;
  role: Role;
  scope: WardScope;
  passwordHash: string;
  mustChangePassword: boolean;
};

/** Inserts an account; null when the user name is taken. */
export async function insertUser(
  db: Db,
  values: NewUserRow,
  by: { userId: string | null; now: Date },
): Promise<UserRow | null> {
  const { scope, ...rest } = values;
  const [row] = await db
    .insert(users)
    .values({
      id: newId(),
      ...rest,
      ...scopeColumns(scope),
      createdAt: by.now,
      createdBy: by.userId,
      updatedAt: by.now,
      updatedBy: by.userId,
    })
    .onConflictDoNothing({ target: users.username })
    .returning();
  return row ?? null;
}

export type UserChanges = Partial<
  Pick<
    UserRow,
    | 'displayName'
    | 'disabled'
    | 'role'
    | 'allWards'
    | 'wardIds'
    | 'passwordHash'
    | 'mustChangePassword'
    | 'failedLogins'
    | 'lockedUntil'
    | 'surgicalGrade'
  >
>;

/** Applies over the version read; null when the account is gone or someone changed it first. */
export const updateUser = (
  db: Db,
  id: string,
  version: number,
  changes: UserChanges,
  actor: Actor,
): Promise<UserRow | null> => updateVersioned(db, users, id, version, changes, actor);

/** The surgeons and every account holding an authorised surgical grade, for the accounts page. */
export const listSurgicalGrades = (
  db: Db,
): Promise<{ id: string; displayName: string; surgicalGrade: number | null; version: number }[]> =>
  db
    .select({
      id: users.id,
      displayName: users.displayName,
      surgicalGrade: users.surgicalGrade,
      version: users.version,
    })
    .from(users)
    .where(or(eq(users.role, 'surgeon'), isNotNull(users.surgicalGrade)))
    .orderBy(asc(users.username));

/**
 * A successful login: the failure count and any lock cleared, the time noted — unless a lock is in
 * force (set by a concurrent failure), when null is returned and the login is refused.
 */
export async function admitLogin(db: Db, id: string, now: Date): Promise<UserRow | null> {
  const [row] = await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
    .where(and(eq(users.id, id), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
    .returning();
  return row ?? null;
}

/** The owner's own new password, whatever the version (the owner's change wins). */
export async function setOwnPassword(db: Db, id: string, passwordHash: string, now: Date): Promise<void> {
  await db
    .update(users)
    .set({
      passwordHash,
      mustChangePassword: false,
      version: sql`${users.version} + 1`,
      updatedAt: now,
      updatedBy: id,
    })
    .where(eq(users.id, id));
}

export async function setLocale(db: Db, id: string, locale: Locale): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, id));
}
