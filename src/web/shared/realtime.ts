// One WebSocket per tab with topic subscriptions; a listener receives each event (and reloads what it
// says changed), the hooks below refetch the queries that show a topic on any event. No polling: after
// a reconnect the subscriptions are renewed and the data refetched.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';

/** An event as published on a topic; its type says what changed (see each capability's `api/` events). */
export type LiveEvent = { type: string; id?: string; version?: number; data?: Record<string, unknown> };
/** Called with the event, or with nothing after a reconnect (anything may have changed meanwhile). */
type Listener = (event?: LiveEvent) => void;
type EventMessage = { type: 'event'; topic: string; event: LiveEvent };

class RealtimeClient {
  private socket: WebSocket | null = null;
  private readonly topics = new Map<string, Set<Listener>>();
  private retry = 0;
  private connected = false;
  private readonly statusListeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  private wanted = false;

  isConnected = () => this.connected;

  /** Opens the connection once logged in, so the live indicator is truthful on every page. */
  start(): void {
    this.wanted = true;
    this.ensure();
  }

  stop(): void {
    this.wanted = false;
    this.socket?.close();
  }

  onStatus(listener: Listener): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  subscribe(topic: string, listener: Listener): () => void {
    let set = this.topics.get(topic);
    if (!set) {
      set = new Set();
      this.topics.set(topic, set);
      this.send({ type: 'subscribe', topics: [topic] });
    }
    set.add(listener);
    this.ensure();
    return () => {
      set.delete(listener);
      if (set.size === 0) {
        this.topics.delete(topic);
        this.send({ type: 'unsubscribe', topics: [topic] });
      }
    };
  }

  private send(message: unknown) {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  private setConnected(value: boolean) {
    this.connected = value;
    for (const l of this.statusListeners) l();
  }

  private ensure() {
    if (this.socket || this.timer) return;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/v1/ws`;
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onopen = () => {
      this.retry = 0;
      this.setConnected(true);
      if (this.topics.size > 0) this.send({ type: 'subscribe', topics: [...this.topics.keys()] });
      // Anything missed while disconnected is refetched.
      for (const set of this.topics.values()) for (const l of set) l();
    };
    socket.onmessage = (e) => {
      const msg = JSON.parse(String(e.data)) as EventMessage | { type: string };
      if (msg.type !== 'event') return;
      for (const l of this.topics.get((msg as EventMessage).topic) ?? []) l((msg as EventMessage).event);
    };
    socket.onclose = () => {
      this.socket = null;
      this.setConnected(false);
      if (!this.wanted && this.topics.size === 0) return;
      const delay = Math.min(10_000, 500 * 2 ** this.retry++);
      this.timer = setTimeout(() => {
        this.timer = null;
        this.ensure();
      }, delay);
    };
  }
}

export const realtime = new RealtimeClient();

/** Refetches the given queries whenever something changes on the topic. */
export function useLiveTopic(topic: string | null, queryKeys: unknown[][]): void {
  const client = useQueryClient();
  const keys = JSON.stringify(queryKeys);
  useEffect(() => {
    if (!topic) return;
    return realtime.subscribe(topic, () => {
      for (const key of JSON.parse(keys) as unknown[][]) void client.invalidateQueries({ queryKey: key });
    });
  }, [topic, keys, client]);
}

export function useRealtimeConnected(): boolean {
  return useSyncExternalStore(
    (l) => realtime.onStatus(l),
    () => realtime.isConnected(),
  );
}

/**
 * Refetches the given queries when anything changes on any of the topics, at most once per
 * `everyMs` (a big screen of eight rooms each sending every second need not refetch eight times).
 */
export function useLiveTopics(topics: string[], queryKeys: unknown[][], everyMs: number): void {
  const client = useQueryClient();
  const keys = JSON.stringify(queryKeys);
  const list = JSON.stringify(topics);
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refetch = () => {
      last = Date.now();
      timer = null;
      for (const key of JSON.parse(keys) as unknown[][]) void client.invalidateQueries({ queryKey: key });
    };
    const onEvent = () => {
      if (timer) return;
      const wait = Math.max(0, last + everyMs - Date.now());
      timer = setTimeout(refetch, wait);
    };
    const offs = (JSON.parse(list) as string[]).map((t) => realtime.subscribe(t, onEvent));
    return () => {
      for (const off of offs) off();
      if (timer) clearTimeout(timer);
    };
  }, [list, keys, client, everyMs]);
}
