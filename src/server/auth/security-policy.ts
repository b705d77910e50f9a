// The security policy in force: the security administrator's saved policy, else the start-up
// defaults (environment). Read on every login and request, so it is cached briefly and dropped on
// every instance as soon as it is saved (the sessions channel carries 'policy.changed').
import type { PolicyInForce, SessionsEvent } from '../../api/platform';
import type { Db } from '../../db/client';
import { getPolicy, savePolicy } from '../../db/platform/security-policy.repo';
import type { Actor } from '../../db/versioned';
import { MIN_PASSWORD_LENGTH } from '../../domain/auth/password-policy';
import type { SecurityPolicy } from '../../domain/auth/security-policy';
import type { Config } from '../config';
import type { RealtimeHub } from '../realtime/hub';
import { SESSIONS_TOPIC } from './session-cache';

const TTL_MS = 5_000;

export const defaultPolicy = (config: Config): SecurityPolicy => ({
  minPasswordLength: MIN_PASSWORD_LENGTH,
  maxFailedLogins: config.LOGIN_MAX_FAILURES,
  lockMinutes: config.LOGIN_LOCK_MINUTES,
  sessionIdleMinutes: config.SESSION_IDLE_MINUTES,
  sessionAbsoluteHours: config.SESSION_ABSOLUTE_HOURS,
});

/** The saved policy, else the defaults; uncached (the command line, and the store below). */
export async function readPolicy(db: Db, defaults: SecurityPolicy): Promise<PolicyInForce> {
  const row = await getPolicy(db);
  if (!row) return { ...defaults, version: null };
  return {
    minPasswordLength: row.minPasswordLength,
    maxFailedLogins: row.maxFailedLogins,
    lockMinutes: row.lockMinutes,
    sessionIdleMinutes: row.sessionIdleMinutes,
    sessionAbsoluteHours: row.sessionAbsoluteHours,
    version: row.version,
  };
}

export class SecurityPolicyStore {
  private cached: { policy: PolicyInForce; at: number } | null = null;

  constructor(
    private readonly db: Db,
    private readonly defaults: SecurityPolicy,
    private readonly hub: RealtimeHub,
  ) {
    hub.subscribe(SESSIONS_TOPIC, {
      sees: () => true,
      send: (event) => {
        if (event.type === 'policy.changed') this.cached = null;
      },
    });
  }

  async get(now = Date.now()): Promise<PolicyInForce> {
    if (this.cached && now - this.cached.at < TTL_MS) return this.cached.policy;
    const policy = await readPolicy(this.db, this.defaults);
    this.cached = { policy, at: now };
    return policy;
  }

  /** Saves over the version read (null: none saved yet); null when someone saved first. */
  async save(tx: Db, policy: SecurityPolicy, version: number | null, actor: Actor): Promise<number | null> {
    const saved = await savePolicy(tx, policy, version, actor);
    if (saved === null) return null;
    this.cached = null;
    await this.hub.publish(tx, { topic: SESSIONS_TOPIC, type: 'policy.changed' } satisfies SessionsEvent);
    return saved;
  }
}
