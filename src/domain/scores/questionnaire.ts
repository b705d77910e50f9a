// PHQ-9 and GAD-7 share a shape: n items scored 0–3 over the last two weeks, summed, no pro-rating
// of unanswered items (decision D15).
import { z } from 'zod';

const item = z.number().int().min(0).max(3).nullish();

export function itemsSchema<const K extends string>(keys: readonly K[]) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, item])) as Record<K, typeof item>);
}

export const itemKeys = <const N extends number>(n: N) => Array.from({ length: n }, (_, k) => `item${k + 1}`);
