// Realtime fan-out. A change is published with NOTIFY inside the writing transaction, so it is
// delivered only once committed; every server instance LISTENs and forwards to its own sockets.
import { sql } from 'drizzle-orm';
import type { Published } from '../../api/realtime';
import type { Database, Db } from '../../db/client';

export const CHANNEL = 'periop_events';

export type RealtimeEvent = Published;
export type Subscriber = {
  send(event: RealtimeEvent): void;
  /** Whether the subscriber's access scope covers data of this ward. */
  sees(wardId: string | null): boolean;
};

export class RealtimeHub {
  private readonly topics = new Map<string, Set<Subscriber>>();
  private unlisten: (() => Promise<void>) | null = null;

  async start(database: Database): Promise<void> {
    this.unlisten = await database.listen(CHANNEL, (payload) => this.dispatch(payload));
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    this.topics.clear();
  }

  /** Publishes within the caller's transaction (or immediately when given the plain db). */
  async publish(db: Db, event: RealtimeEvent): Promise<void> {
    await db.execute(sql`select pg_notify(${CHANNEL}, ${JSON.stringify(event)})`);
  }

  /** Several events in one statement (one round trip inside a busy transaction). */
  async publishMany(db: Db, events: RealtimeEvent[]): Promise<void> {
    if (events.length === 0) return;
    await db.execute(
      sql`select pg_notify(${CHANNEL}, e) from unnest(${sql.param(events.map((e) => JSON.stringify(e)))}::text[]) as e`,
    );
  }

  subscribe(topic: string, subscriber: Subscriber): void {
    let set = this.topics.get(topic);
    if (!set) {
      set = new Set();
      this.topics.set(topic, set);
    }
    set.add(subscriber);
  }

  unsubscribe(topic: string, subscriber: Subscriber): void {
    const set = this.topics.get(topic);
    if (!set) return;
    set.delete(subscriber);
    if (set.size === 0) this.topics.delete(topic);
  }

  unsubscribeAll(subscriber: Subscriber): void {
    for (const topic of [...this.topics.keys()]) this.unsubscribe(topic, subscriber);
  }

  subscriberCount(): number {
    let n = 0;
    for (const set of this.topics.values()) n += set.size;
    return n;
  }

  private dispatch(payload: string): void {
    let event: RealtimeEvent;
    try {
      event = JSON.parse(payload) as RealtimeEvent;
    } catch {
      return;
    }
    for (const s of this.topics.get(event.topic) ?? [])
      if (!('wardId' in event) || event.wardId === undefined || s.sees(event.wardId)) s.send(event);
  }
}
