// Signing in and out, the signed-in user, their password and language. Login is public: it takes the
// client's address and no actor. Every other method begins with the access check.
import type { LocaleInput, LoginInput, Me, Ok, PasswordChangeInput } from '../../api/platform';
import { recordFailedLogin } from '../../db/platform/lockout.repo';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../db/platform/password';
import { deleteSession } from '../../db/platform/session.repo';
import {
  admitLogin,
  findUserByUsername,
  getUser,
  setLocale,
  setOwnPassword,
} from '../../db/platform/user.repo';
import { ROLE_PERMISSIONS } from '../../domain/auth/permissions';
import { AppError } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext, SessionUser } from '../platform/context';
import { serverPasswordProblems } from './common-passwords';
import { createSession, toSessionUser } from './session';

/** A session begun: the user, the cookie's token and how long the cookie may live. */
export type LoginResult = { me: Me; token: string; maxAgeSeconds: number };

export function describeMe(user: SessionUser): Me {
  return { ...user, permissions: [...ROLE_PERMISSIONS[user.role]] };
}

const OK: Ok = { ok: true };

export class AuthService {
  constructor(private readonly ctx: AppContext) {}

  private get db() {
    return this.ctx.database.db;
  }

  async login(input: LoginInput, client: { address: string }): Promise<LoginResult> {
    const now = this.ctx.clock();
    const { username, password } = input;
    const user = await findUserByUsername(this.db, username);
    const fail = (reason: string) =>
      this.ctx.audit.record(client, {
        action: 'login',
        resourceType: 'session',
        outcome: 'failure',
        detail: { username, reason },
      });
    // One scrypt for every attempt, whether the name is an account or not, locked or not.
    const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    const admitted = user && passwordOk && !(user.lockedUntil && user.lockedUntil > now) ? user : null;
    if (admitted?.disabled) {
      await fail('disabled');
      throw new AppError('account_disabled');
    }
    const current = admitted ? await admitLogin(this.db, admitted.id, now) : null;
    if (!current) {
      // A wrong password, a name that is no account, a lock: counted and answered alike.
      const policy = await this.ctx.securityPolicy.get();
      const failure = await recordFailedLogin(this.db, user ? { userId: user.id } : { username }, now, {
        maxFailures: policy.maxFailedLogins,
        lockMinutes: policy.lockMinutes,
      });
      if (failure.lockedUntil) {
        await fail(failure.lockedNow ? 'locked_now' : 'locked');
        throw new AppError('account_locked', {
          minutes: Math.ceil((failure.lockedUntil.getTime() - now.getTime()) / 60_000),
        });
      }
      await fail(user ? 'wrong_password' : 'unknown_user');
      throw new AppError('invalid_credentials');
    }
    const token = await createSession(this.db, current.id, now, client.address);
    const me = toSessionUser(current);
    await this.ctx.audit.record(
      { id: me.id, username: me.username, role: me.role, address: client.address },
      { action: 'login', resourceType: 'session', resourceId: me.id },
    );
    const { sessionAbsoluteHours } = await this.ctx.securityPolicy.get();
    return { me: describeMe(me), token, maxAgeSeconds: sessionAbsoluteHours * 3600 };
  }

  /** Ends the session the request came with (its token's hash), on every instance. */
  async logout(actor: Actor, tokenHash: string | null): Promise<Ok> {
    this.ctx.access.require(actor, 'self.manage');
    if (tokenHash) {
      await deleteSession(this.db, tokenHash);
      await this.ctx.sessions.announceSessionEnded(this.db, tokenHash);
    }
    await this.ctx.audit.record(actor, { action: 'logout', resourceType: 'session', resourceId: actor.id });
    return OK;
  }

  async me(actor: Actor): Promise<Me> {
    this.ctx.access.require(actor, 'self.manage');
    const row = await getUser(this.db, actor.id);
    if (!row) throw new AppError('unauthenticated');
    return describeMe(toSessionUser(row));
  }

  /** The owner's new password: the current one proves who they are, the policy applies. */
  async changePassword(actor: Actor, input: PasswordChangeInput): Promise<Ok> {
    this.ctx.access.require(actor, 'self.manage');
    const user = await getUser(this.db, actor.id);
    if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
      throw new AppError('password_wrong');
    }
    const { minPasswordLength } = await this.ctx.securityPolicy.get();
    if (
      serverPasswordProblems(input.newPassword, user.username, minPasswordLength).length > 0 ||
      input.newPassword === input.currentPassword
    ) {
      throw new AppError('password_weak');
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.db.transaction(async (tx) => {
      await setOwnPassword(tx, user.id, passwordHash, this.ctx.clock());
      await this.ctx.audit.record(
        actor,
        { action: 'update', resourceType: 'password', resourceId: user.id },
        tx,
      );
      await this.ctx.sessions.announceUserChanged(tx, user.id);
    });
    return OK;
  }

  async setLocale(actor: Actor, input: LocaleInput): Promise<Ok> {
    this.ctx.access.require(actor, 'self.manage');
    await setLocale(this.db, actor.id, input.locale);
    await this.ctx.sessions.announceUserChanged(this.db, actor.id);
    return OK;
  }
}
