// The department bed board as built from the database, per access scope and day, shared by every screen
// that shows it: built again after FRESH_MS, and at once when a bed change is announced — in this process as
// it is published, and on every instance when its NOTIFY arrives after commit — so a change reaches every
// board within the realtime reload it triggers. Changes the bed pool does not announce (a NEWS2 alert, a
// surgery time, a patient's name) show within FRESH_MS.
import type { WardScope } from '../../domain/auth/scope';
import type { AppContext } from '../platform/context';

/** How long a built board is served again when nothing announced a change. */
const FRESH_MS = 1000;

/** A built board, when it was built, and its serialised forms by filter (the same bytes for every screen). */
export type Built<T> = { value: T; builtAt: Date; json: Map<string, string> };

type Entry = { day: string; builtAt: number; value: Promise<Built<unknown>> };

class BoardCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ctx: AppContext) {
    ctx.hub.subscribe('beds', { sees: () => true, send: () => this.clear() });
  }

  get<T>(scope: WardScope, day: string, build: () => Promise<T>): Promise<Built<T>> {
    const key = scope.kind === 'department' ? '*' : [...scope.ids].sort().join(',');
    const now = performance.now();
    const hit = this.entries.get(key);
    if (hit && hit.day === day && now - hit.builtAt < FRESH_MS) return hit.value as Promise<Built<T>>;
    const builtAt = this.ctx.clock();
    const value = build().then((v) => ({ value: v, builtAt, json: new Map<string, string>() }));
    const entry: Entry = { day, builtAt: now, value };
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

const caches = new WeakMap<AppContext, BoardCache>();

export function boardCache(ctx: AppContext): BoardCache {
  let cache = caches.get(ctx);
  if (!cache) {
    cache = new BoardCache(ctx);
    caches.set(ctx, cache);
  }
  return cache;
}

/** A bed change was published: the next board read builds afresh. */
export const boardChanged = (ctx: AppContext): void => caches.get(ctx)?.clear();
