// The security administrator's policy: password length, lock-out after failed logins, session timeouts.
import type { PolicyInForce, PolicyUpdate } from '../../api/platform';
import { conflict } from '../errors/app-error';
import type { Actor } from '../platform/actor';
import type { AppContext } from '../platform/context';

export class SecurityPolicyService {
  constructor(private readonly ctx: AppContext) {}

  get(actor: Actor): Promise<PolicyInForce> {
    this.ctx.access.require(actor, 'security.policy');
    return this.ctx.securityPolicy.get();
  }

  /** Saves over the version read (null: the defaults, none saved yet); 409 with the latest otherwise. */
  async save(actor: Actor, input: PolicyUpdate): Promise<PolicyInForce> {
    this.ctx.access.require(actor, 'security.policy');
    const { version, ...policy } = input;
    const saved = await this.ctx.database.db.transaction(async (tx) => {
      const next = await this.ctx.securityPolicy.save(tx, policy, version, {
        userId: actor.id,
        now: this.ctx.clock(),
      });
      if (next !== null)
        await this.ctx.audit.record(
          actor,
          { action: 'update', resourceType: 'security_policy', detail: policy },
          tx,
        );
      return next;
    });
    const current = await this.ctx.securityPolicy.get();
    if (saved === null) throw conflict(current.version ?? 0, current);
    return current;
  }
}
