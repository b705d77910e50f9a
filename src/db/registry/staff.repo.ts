// The department's staff as a case names them: active accounts of the clinical roles, with the
// surgeon's authorised surgical grade (users.surgical_grade).
import { and, asc, eq, like, or } from 'drizzle-orm';
import type { Role } from '../../domain/auth/permissions';
import type { Db } from '../client';
import { users } from '../schema';

export type StaffRow = { id: string; displayName: string; role: Role; surgicalGrade: number | null };
export type StaffAccount = StaffRow & { disabled: boolean };

const staffColumns = {
  id: users.id,
  displayName: users.displayName,
  role: users.role,
  surgicalGrade: users.surgicalGrade,
};

/** Active accounts of a role, by name; `q` finds a part of the name or the start of the user name. */
export async function listStaff(db: Db, role: Role, q?: string): Promise<StaffRow[]> {
  const text = q?.trim();
  const escaped = text?.replace(/[\\%_]/g, (c) => `\\${c}`);
  return db
    .select(staffColumns)
    .from(users)
    .where(
      and(
        eq(users.role, role),
        eq(users.disabled, false),
        escaped
          ? or(like(users.displayName, `%${escaped}%`), like(users.username, `${escaped.toLowerCase()}%`))
          : undefined,
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(200);
}

export async function getStaffAccount(db: Db, id: string): Promise<StaffAccount | null> {
  const [row] = await db
    .select({ ...staffColumns, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
}
