// The demo's seeded randomness: one generator per purpose, so the same seed gives the same department.
import { seededRandom } from '../../domain/common/random';

export function prng(seed: number) {
  const next = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  const weighted = <T>(items: readonly (readonly [T, number])[]): T => {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items[items.length - 1]![0];
  };
  /** A UUID v7 whose time part is `ms` and whose random part comes from this generator. */
  const uuid7 = (ms: number) => {
    const hex = (n: number, len: number) => Math.floor(n).toString(16).padStart(len, '0');
    const t = hex(ms, 12);
    const r = () => hex(next() * 0x10000, 4);
    return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${r().slice(1)}-${hex(0x8000 + next() * 0x3fff, 4)}-${r()}${r()}${r()}`;
  };
  return { next, int, pick, chance, weighted, uuid7 };
}
export type Rng = ReturnType<typeof prng>;

/** A 32-bit seed from a string (FNV-1a): a case's own generator, whatever order cases are built in. */
export function seedOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
