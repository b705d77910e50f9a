// A short-lived, per-instance cache of valid sessions, so that a request needs no session query.
// Any logout, password reset or user change evicts on every instance at once through NOTIFY;
// the TTL bounds staleness even if a notification were missed.
import { SESSIONS_TOPIC, type SessionsEvent } from '../../api/platform';
import type { Db } from '../../db/client';
import type { SessionUser } from '../platform/context';
import type { RealtimeHub } from '../realtime/hub';

export { SESSIONS_TOPIC };

const TTL_MS = 5_000;
const MAX_ENTRIES = 20_000;

export type CachedSession = { user: SessionUser; createdAt: number; lastSeenAt: number; cachedAt: number };

export class SessionCache {
  private readonly entries = new Map<string, CachedSession>();

  constructor(private readonly hub: RealtimeHub) {
    hub.subscribe(SESSIONS_TOPIC, {
      // The server's own subscriber: session events carry no patient data.
      sees: () => true,
      send: (event) => {
        if (event.type === 'user.changed' && event.id) this.evictUser(event.id);
        else if (event.type === 'session.ended' && event.id) this.entries.delete(event.id);
      },
    });
  }

  get(tokenHash: string, now: number): CachedSession | undefined {
    const hit = this.entries.get(tokenHash);
    if (!hit) return undefined;
    if (now - hit.cachedAt > TTL_MS) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return hit;
  }

  set(tokenHash: string, entry: CachedSession): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(tokenHash, entry);
  }

  evictUser(userId: string): void {
    for (const [k, v] of this.entries) if (v.user.id === userId) this.entries.delete(k);
  }

  /** Tells every instance (through the database) that a user's sessions changed. */
  async announceUserChanged(db: Db, userId: string): Promise<void> {
    this.evictUser(userId);
    await this.hub.publish(db, {
      topic: SESSIONS_TOPIC,
      type: 'user.changed',
      id: userId,
    } satisfies SessionsEvent);
  }

  async announceSessionEnded(db: Db, tokenHash: string): Promise<void> {
    this.entries.delete(tokenHash);
    await this.hub.publish(db, {
      topic: SESSIONS_TOPIC,
      type: 'session.ended',
      id: tokenHash,
    } satisfies SessionsEvent);
  }
}
