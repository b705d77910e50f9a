// The users service on a real database, without HTTP: 三员分立 — the system administrator makes an
// account, which holds no role until the security administrator gives it one; nobody changes their own.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { wardsScope } from '../../domain/auth/scope';
import type { UserId } from '../../domain/common/ids';
import { AppError } from '../errors/app-error';
import { createTestContext, type TestContext } from '../testing/test-context';
import { UserService } from './user.service';

let t: TestContext;
let users: UserService;
beforeAll(async () => {
  t = await createTestContext();
  users = new UserService(t.ctx);
});
afterAll(async () => t?.close());

const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
};
const account = (username: string) => ({ username, displayName: '新同事', password: 'Install#Nurse2026' });

describe('UserService', () => {
  it('creates an account as the system administrator, with no role and no wards, audited', async () => {
    const admin = t.actor('admin');
    const created = await users.create(admin, account('new_nurse'));
    expect(created).toMatchObject({
      username: 'new_nurse',
      role: 'unassigned',
      scope: { kind: 'wards', ids: [] },
      mustChangePassword: true,
      version: 1,
    });
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.resourceId, created.id));
    expect(audit.map((a) => [a.action, a.userId])).toEqual([['create', admin.id]]);
    expect(await code(users.create(admin, account('new_nurse')))).toBe('duplicate_username');
    expect(await code(users.create(admin, { ...account('weak_one'), password: 'short' }))).toBe(
      'password_weak',
    );
  });

  it('lets only the security administrator give a role, and the system administrator only make accounts', async () => {
    const created = await users.create(t.actor('admin'), account('to_assign'));
    const assignment = { role: 'nurse' as const, scope: wardsScope([t.wardId]), version: created.version };
    expect(await code(users.create(t.actor('secadmin'), account('by_secadmin')))).toBe('forbidden');
    expect(await code(users.assignRole(t.actor('admin'), created.id, assignment))).toBe('forbidden');
    expect(await code(users.assignRole(t.actor('auditor'), created.id, assignment))).toBe('forbidden');
    const assigned = await users.assignRole(t.actor('secadmin'), created.id, assignment);
    expect(assigned).toMatchObject({ role: 'nurse', scope: { kind: 'wards', ids: [t.wardId] }, version: 2 });
    // Over the version read: a second assignment from the stale version is refused.
    expect(await code(users.assignRole(t.actor('secadmin'), created.id, assignment))).toBe(
      'version_conflict',
    );
  });

  it('refuses to change one’s own role or disable one’s own account', async () => {
    const created = await users.create(t.actor('admin'), account('second_sec'));
    const promoted = await users.assignRole(t.actor('secadmin'), created.id, {
      role: 'secadmin',
      scope: wardsScope([]),
      version: created.version,
    });
    const self = { ...t.actor('secadmin'), id: promoted.id as UserId };
    expect(
      await code(
        users.assignRole(self, promoted.id, {
          role: 'admin',
          scope: wardsScope([]),
          version: promoted.version,
        }),
      ),
    ).toBe('own_account');
    const admin = await users.create(t.actor('admin'), account('second_admin'));
    const adminSelf = { ...t.actor('admin'), id: admin.id as UserId };
    expect(
      await code(
        users.update(adminSelf, admin.id, { displayName: '自己', disabled: true, version: admin.version }),
      ),
    ).toBe('own_account');
  });

  it('lets the security administrator record a surgeon’s authorised grade, and only a surgeon’s', async () => {
    const made = await users.create(t.actor('admin'), account('new_surgeon'));
    const surgeon = await users.assignRole(t.actor('secadmin'), made.id, {
      role: 'surgeon',
      scope: wardsScope([t.wardId]),
      version: made.version,
    });
    const grant = { surgicalGrade: 3 as const, version: surgeon.version };
    expect(await code(users.setSurgicalGrade(t.actor('admin'), surgeon.id, grant))).toBe('forbidden');
    const secadmin = t.actor('secadmin');
    const granted = await users.setSurgicalGrade(secadmin, surgeon.id, grant);
    expect(granted).toMatchObject({ id: surgeon.id, surgicalGrade: 3, version: surgeon.version + 1 });
    expect(await code(users.setSurgicalGrade(secadmin, surgeon.id, grant))).toBe('version_conflict');
    const listed = await users.surgicalGrades(t.actor('admin'));
    expect(listed.items.find((i) => i.id === surgeon.id)).toMatchObject({ surgicalGrade: 3 });
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.resourceId, surgeon.id));
    expect(audit.at(-1)).toMatchObject({ action: 'update', detail: { surgicalGrade: 3, before: null } });
    // Withdrawn: not authorised to operate.
    expect(
      (await users.setSurgicalGrade(secadmin, surgeon.id, { surgicalGrade: null, version: granted.version }))
        .surgicalGrade,
    ).toBeNull();
    const nurse = await users.create(t.actor('admin'), account('grade_nurse'));
    expect(
      await code(users.setSurgicalGrade(secadmin, nurse.id, { surgicalGrade: 2, version: nurse.version })),
    ).toBe('validation_failed');
  });
});
