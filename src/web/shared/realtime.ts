// One WebSocket per tab with topic subscriptions; a listener receives each event (and reloads what it
// says changed), the hooks below refetch the queries that show a topic on any event. No polling: after
// a reconnect the subscriptions are renewed and the data refetched.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';

import type { LiveEvent, Topic } from '../../api/realtime';

export type { LiveEvent };

/** Called with the event, or with nothing after a reconnect (anything may have changed meanwhile). */
type Listener = (event?: LiveEvent) => void;
type EventMessage = { type: 'event'; topic: Topic; event: LiveEvent };

class RealtimeClient {
  private socket: WebSocket | null = null;
  private readonly topics = new Map<Topic, Set<Listener>>();
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

  subscribe(topic: Topic, listener: Listener): () => void {
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

/** Query keys to refetch (readonly, as the resources declare them). */
export type QueryKeys = readonly (readonly unknown[])[];
/** Which of a topic's queries an event changes. */
export type Pick = (event: LiveEvent) => QueryKeys;

/**
 * Refetches the given queries when something changes on the topic: those `pick` names for the event
 * (all of them by default), and all of them after a reconnect, when anything may have changed.
 */
export function useLiveTopic(topic: Topic | null, queryKeys: QueryKeys, pick?: Pick): void {
  useLiveTopics(topic ? [topic] : [], queryKeys, 0, pick);
}

export function useRealtimeConnected(): boolean {
  return useSyncExternalStore(
    (l) => realtime.onStatus(l),
    () => realtime.isConnected(),
  );
}

/**
 * Refetches the given queries when something changes on any of the topics — those `pick` names for
 * the event, all of them after a reconnect — at most once per `everyMs` (a big screen of eight rooms
 * each sending every second need not refetch eight times).
 */
export function useLiveTopics(topics: Topic[], queryKeys: QueryKeys, everyMs: number, pick?: Pick): void {
  const client = useQueryClient();
  const keys = JSON.stringify(queryKeys);
  const list = JSON.stringify(topics);
  const picked = useRef(pick);
  picked.current = pick;
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const due = new Map<string, readonly unknown[]>();
    const refetch = () => {
      last = Date.now();
      timer = null;
      const now = [...due.values()];
      due.clear();
      for (const key of now) void client.invalidateQueries({ queryKey: [...key] });
    };
    const onEvent = (event?: LiveEvent) => {
      const chosen = event && picked.current ? picked.current(event) : (JSON.parse(keys) as QueryKeys);
      for (const key of chosen) due.set(JSON.stringify(key), key);
      if (due.size === 0 || timer) return;
      const wait = Math.max(0, last + everyMs - Date.now());
      if (wait === 0) refetch();
      else timer = setTimeout(refetch, wait);
    };
    const offs = (JSON.parse(list) as Topic[]).map((t) => realtime.subscribe(t, onEvent));
    return () => {
      for (const off of offs) off();
      if (timer) clearTimeout(timer);
    };
  }, [list, keys, client, everyMs]);
}
