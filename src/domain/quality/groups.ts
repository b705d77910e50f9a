// Shared predicates: anesthesia case-episode (D01), method groups (D05–D07, history-import.md §2), time windows
// (D16–D18) and three-valued logic. Unknown is never "no" (D04).
import type { AnesthesiaMethod, CaseFacts, Instant } from './facts';
import { localDayBounds } from './facts';
import type { Tri } from './types';

export const tri = (b: boolean | null): Tri => (b === null ? 'unknown' : b ? 'yes' : 'no');

/** Kleene AND: any no → no; else any unknown → unknown; else yes. Arguments are evaluated lazily. */
export function and(...terms: (() => Tri)[]): Tri {
  let unknown = false;
  for (const t of terms) {
    const v = t();
    if (v === 'no') return 'no';
    if (v === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'yes';
}

/** The conjunction of predicates over one case, in order (see `and`). */
export const allOf =
  (...terms: ((f: CaseFacts) => Tri)[]) =>
  (f: CaseFacts): Tri => {
    let unknown = false;
    for (const t of terms) {
      const v = t(f);
      if (v === 'no') return 'no';
      if (v === 'unknown') unknown = true;
    }
    return unknown ? 'unknown' : 'yes';
  };

/** D01: a `full` row with anesthesia start (performed, or cancelled after anesthesia started). */
export const isAnesthesiaEpisode = (f: CaseFacts): Tri =>
  f.recordLevel === 'full' && f.times.anesthesiaStartAt !== null ? 'yes' : 'no';

const method =
  (test: (m: AnesthesiaMethod) => boolean) =>
  (f: CaseFacts): Tri =>
    f.method === null ? 'unknown' : tri(test(f.method));

/** D05: GA = ga_airway, ga_no_airway, combined ga_neuraxial / ga_block. */
export const isGaMethod = (m: AnesthesiaMethod): boolean =>
  m.class === 'ga_airway' ||
  m.class === 'ga_no_airway' ||
  (m.class === 'combined' && (m.subtype === 'ga_neuraxial' || m.subtype === 'ga_block'));
export const isGa = method(isGaMethod);

/** D06: 插管全身麻醉 (AQI-IDI-11) = GA with ett, dlt, lma or lma_ett. */
export const isAirwayDeviceGa = method(
  (m) =>
    isGaMethod(m) &&
    (m.airway === 'ett' || m.airway === 'dlt' || m.airway === 'lma' || m.airway === 'lma_ett'),
);

/** D06: 全身麻醉气管插管 (AQI-IHE-23, 2015-16) = GA with ett, dlt or lma_ett; an LMA alone is not. */
export const isTrachealGa = method(
  (m) => isGaMethod(m) && (m.airway === 'ett' || m.airway === 'dlt' || m.airway === 'lma_ett'),
);

/** D07: regional = neuraxial, other/nerve_block, combined with a regional part. */
export const isRegional = method(
  (m) =>
    m.class === 'neuraxial' ||
    (m.class === 'other' && m.subtype === 'nerve_block') ||
    (m.class === 'combined' &&
      (m.subtype === 'ga_neuraxial' || m.subtype === 'ga_block' || m.subtype === 'neuraxial_block')),
);

/** D07: neuraxial = class neuraxial, combined ga_neuraxial / neuraxial_block. */
export const isNeuraxialMethod = (m: AnesthesiaMethod): boolean =>
  m.class === 'neuraxial' ||
  (m.class === 'combined' && (m.subtype === 'ga_neuraxial' || m.subtype === 'neuraxial_block'));
export const isNeuraxial = method(isNeuraxialMethod);

/** Inclusive window [from, to] (D16); `to` null = open. */
export const inWindow = (t: Instant, from: Instant, to: Instant | null): boolean =>
  t >= from && (to === null || t <= to);

/**
 * Death inside [from, to] (D16, D17): alive → no; a death known by date only is yes when the whole local day lies
 * inside, no when wholly outside, otherwise unknown.
 */
export function deathWithin(f: CaseFacts, from: Instant | null, to: Instant | null): Tri {
  const d = f.death;
  if (d === null) return 'unknown';
  if (d.kind === 'alive') return 'no';
  if (from === null || to === null) return 'unknown';
  if (d.kind === 'dead') return tri(inWindow(d.at, from, to));
  const day = localDayBounds(d.date);
  if (day.start >= from && day.end - 1 <= to) return 'yes';
  if (day.end <= from || day.start > to) return 'no';
  return 'unknown';
}
