// Accounts under 三员分立: the system administrator makes, renames, disables and resets accounts; the
// security administrator gives them a role and wards; neither can change their own role. Each method
// begins with the access check, then one transaction: repositories → audit → the sessions announcement.
import type {
  PasswordResetInput,
  RoleAssignInput,
  User,
  UserCreateInput,
  UserList,
  UserUpdateInput,
} from '../../api/platform';
import type { SurgicalGradeInput, SurgicalGradeList } from '../../api/registry';
import type { Db } from '../../db/client';
import { hashPassword } from '../../db/platform/password';
import { deleteSessionsOfUser } from '../../db/platform/session.repo';
import {
  getUser,
  listSurgicalGrades,
  listUsers,
  scopeColumns,
  type UserChanges,
  type UserRow,
  updateUser,
} from '../../db/platform/user.repo';
import { scopeOf, wardsScope } from '../../domain/auth/scope';
import { AppError, conflict, notFound } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';
import { createUser, requireStrongPassword } from './create-user';

const NOT_A_SURGEON = {
  'zh-CN': '只有外科医师账户可以授权手术级别',
  'en-US': 'Only a surgeon account can be authorised for a surgical grade',
};

export const userDto = (u: UserRow): User => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  scope: scopeOf(u),
  disabled: u.disabled,
  mustChangePassword: u.mustChangePassword,
  lockedUntil: u.lockedUntil?.toISOString() ?? null,
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  version: u.version,
});

export class UserService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  /** One versioned change of an account: 409 with the latest on a stale version, 404 when there is none. */
  private async change(tx: Db, actor: Actor, id: string, version: number, changes: UserChanges) {
    const row = await updateUser(tx, id, version, changes, { userId: actor.id, now: this.ctx.clock() });
    if (row) return row;
    const latest = await getUser(tx, id);
    if (!latest) throw notFound();
    throw conflict(latest.version, userDto(latest));
  }

  async list(actor: Actor): Promise<UserList> {
    this.ctx.access.require(actor, 'user.read');
    return { items: (await listUsers(this.db)).map(userDto) };
  }

  /** A new account holds no role and no wards until the security administrator gives them. */
  async create(actor: Actor, input: UserCreateInput): Promise<User> {
    this.ctx.access.require(actor, 'user.admin');
    const { minPasswordLength } = await this.ctx.securityPolicy.get();
    const row = await this.db.transaction(async (tx) => {
      const created = await createUser(
        tx,
        { ...input, role: 'unassigned', scope: wardsScope([]) },
        { by: actor.id, now: this.ctx.clock(), minPasswordLength },
      );
      await this.ctx.audit.record(
        actor,
        {
          action: 'create',
          resourceType: 'user',
          resourceId: created.id,
          detail: { username: created.username },
        },
        tx,
      );
      return created;
    });
    return userDto(row);
  }

  /** Renames, disables (ending its sessions) or enables an account; never one's own disabling. */
  async update(actor: Actor, id: string, input: UserUpdateInput): Promise<User> {
    this.ctx.access.require(actor, 'user.admin');
    const { version, ...changes } = input;
    if (id === actor.id && changes.disabled) throw new AppError('own_account');
    const row = await this.db.transaction(async (tx) => {
      const updated = await this.change(tx, actor, id, version, changes);
      if (updated.disabled) await deleteSessionsOfUser(tx, updated.id);
      await this.ctx.audit.record(
        actor,
        {
          action: 'update',
          resourceType: 'user',
          resourceId: updated.id,
          detail: { displayName: updated.displayName, disabled: updated.disabled },
        },
        tx,
      );
      await this.ctx.sessions.announceUserChanged(tx, updated.id);
      return updated;
    });
    return userDto(row);
  }

  /** The security administrator gives another account its role and wards. */
  async assignRole(actor: Actor, id: string, input: RoleAssignInput): Promise<User> {
    this.ctx.access.require(actor, 'role.assign');
    if (id === actor.id) throw new AppError('own_account');
    const { role, scope, version } = input;
    const row = await this.db.transaction(async (tx) => {
      const updated = await this.change(tx, actor, id, version, { role, ...scopeColumns(scope) });
      await this.ctx.audit.record(
        actor,
        { action: 'assign_role', resourceType: 'user', resourceId: updated.id, detail: { role, scope } },
        tx,
      );
      await this.ctx.sessions.announceUserChanged(tx, updated.id);
      return updated;
    });
    return userDto(row);
  }

  /** The surgeons' authorised surgical grades (手术分级授权), beside the accounts list. */
  async surgicalGrades(actor: Actor): Promise<SurgicalGradeList> {
    this.ctx.access.require(actor, 'user.read');
    return { items: await listSurgicalGrades(this.db) };
  }

  /**
   * The security administrator records the grade up to which a surgeon may operate (null: not
   * authorised); a case's surgeon is checked against it (china-standards.md §2.1).
   */
  async setSurgicalGrade(
    actor: Actor,
    id: string,
    input: SurgicalGradeInput,
  ): Promise<SurgicalGradeList['items'][number]> {
    this.ctx.access.require(actor, 'role.assign');
    if (id === actor.id) throw new AppError('own_account');
    const target = await getUser(this.db, id);
    if (!target) throw notFound();
    if (input.surgicalGrade !== null && target.role !== 'surgeon')
      throw new AppError('validation_failed', {}, [
        { path: 'surgicalGrade', message: NOT_A_SURGEON[actor.locale] },
      ]);
    const row = await this.db.transaction(async (tx) => {
      const updated = await this.change(tx, actor, id, input.version, { surgicalGrade: input.surgicalGrade });
      await this.ctx.audit.record(
        actor,
        {
          action: 'update',
          resourceType: 'user',
          resourceId: updated.id,
          detail: { surgicalGrade: updated.surgicalGrade, before: target.surgicalGrade },
        },
        tx,
      );
      return updated;
    });
    return {
      id: row.id,
      displayName: row.displayName,
      surgicalGrade: row.surgicalGrade,
      version: row.version,
    };
  }

  /** A password the system administrator chose: the owner must change it at next login; sessions end. */
  async resetPassword(actor: Actor, id: string, input: PasswordResetInput): Promise<User> {
    this.ctx.access.require(actor, 'user.admin');
    const target = await getUser(this.db, id);
    if (!target) throw notFound();
    const { minPasswordLength } = await this.ctx.securityPolicy.get();
    requireStrongPassword(input.password, target.username, minPasswordLength);
    const passwordHash = await hashPassword(input.password);
    const row = await this.db.transaction(async (tx) => {
      const updated = await this.change(tx, actor, target.id, target.version, {
        passwordHash,
        mustChangePassword: true,
        failedLogins: 0,
        lockedUntil: null,
      });
      await deleteSessionsOfUser(tx, target.id);
      await this.ctx.audit.record(
        actor,
        { action: 'reset_password', resourceType: 'user', resourceId: target.id },
        tx,
      );
      await this.ctx.sessions.announceUserChanged(tx, target.id);
      return updated;
    });
    return userDto(row);
  }
}
