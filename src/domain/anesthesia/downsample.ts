// A case's vital signs, downsampled for display without hiding anything (docs/clinical-decisions.md,
// "Vital-sign downsampling"): readings fall into fixed buckets aligned on the epoch, so a live
// increment recomputes only the open bucket; each bucket keeps its count, its minimum and maximum
// with the readings' ids, and its last reading. Artefact-marked readings never enter a bucket: they
// are returned one by one, each with its id.

/** One source's readings of one parameter as parallel arrays (times in epoch ms). */
export type ReadingSeries = {
  param: string;
  channel: string;
  deviceId: string | null;
  unit: string;
  t: number[];
  value: number[];
  id: number[];
  artefact: boolean[];
};

export type Reading = {
  id: number;
  param: string;
  channel: string;
  deviceId: string | null;
  unit: string;
  t: number;
  value: number;
  artefact: boolean;
};

/** Per bucket (bucket start `t`, epoch ms): count, extremes with their readings' ids, last value. */
export type BucketSeries = {
  param: string;
  channel: string;
  deviceId: string | null;
  unit: string;
  t: number[];
  n: number[];
  min: number[];
  max: number[];
  last: number[];
  minId: number[];
  maxId: number[];
};

export type ArtefactReading = {
  id: number;
  param: string;
  channel: string;
  deviceId: string | null;
  t: number;
  value: number;
};

export type DownsampledCase = {
  bucketSeconds: number;
  series: BucketSeries[];
  artefacts: ArtefactReading[];
};

/** Bucket widths offered, in seconds; each divides the next hour boundary evenly. */
export const BUCKET_SECONDS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600] as const;
/** About one bucket per pixel column of the record page's chart. */
export const MAX_BUCKETS = 720;

export const bucketStart = (t: number, bucketMs: number): number => Math.floor(t / bucketMs) * bucketMs;

/** The narrowest bucket that keeps [from, to] within `maxBuckets` (the widest one past that). */
export function chooseBucketSeconds(from: number, to: number, maxBuckets: number = MAX_BUCKETS): number {
  for (const s of BUCKET_SECONDS) {
    const ms = s * 1000;
    if ((bucketStart(to, ms) - bucketStart(from, ms)) / ms + 1 <= maxBuckets) return s;
  }
  return BUCKET_SECONDS[BUCKET_SECONDS.length - 1]!;
}

const before = (t1: number, id1: number, t2: number, id2: number) => t1 < t2 || (t1 === t2 && id1 < id2);

type Acc = {
  n: number;
  min: number;
  minT: number;
  minId: number;
  max: number;
  maxT: number;
  maxId: number;
  last: number;
  lastT: number;
  lastId: number;
};

/**
 * One series into buckets of `bucketMs`. Ties: the earliest reading is the minimum (or maximum);
 * the latest is the last. Input order does not matter.
 */
export function downsample(
  s: ReadingSeries,
  bucketMs: number,
): { buckets: BucketSeries; artefacts: ArtefactReading[] } {
  const accs = new Map<number, Acc>();
  const artefacts: ArtefactReading[] = [];
  for (let i = 0; i < s.t.length; i++) {
    const t = s.t[i]!;
    const v = s.value[i]!;
    const id = s.id[i]!;
    if (s.artefact[i]) {
      artefacts.push({ id, param: s.param, channel: s.channel, deviceId: s.deviceId, t, value: v });
      continue;
    }
    const key = bucketStart(t, bucketMs);
    const a = accs.get(key);
    if (!a) {
      accs.set(key, {
        n: 1,
        min: v,
        minT: t,
        minId: id,
        max: v,
        maxT: t,
        maxId: id,
        last: v,
        lastT: t,
        lastId: id,
      });
      continue;
    }
    a.n += 1;
    if (v < a.min || (v === a.min && before(t, id, a.minT, a.minId)))
      Object.assign(a, { min: v, minT: t, minId: id });
    if (v > a.max || (v === a.max && before(t, id, a.maxT, a.maxId)))
      Object.assign(a, { max: v, maxT: t, maxId: id });
    if (before(a.lastT, a.lastId, t, id)) Object.assign(a, { last: v, lastT: t, lastId: id });
  }
  const buckets = bucketSeries(s, accs);
  artefacts.sort((x, y) => (before(x.t, x.id, y.t, y.id) ? -1 : 1));
  return { buckets, artefacts };
}

/** Every series of a case into buckets; series left with only artefacts keep an empty bucket list. */
export function downsampleCase(series: ReadingSeries[], bucketSeconds: number): DownsampledCase {
  const out: DownsampledCase = { bucketSeconds, series: [], artefacts: [] };
  for (const s of series) {
    const { buckets, artefacts } = downsample(s, bucketSeconds * 1000);
    out.series.push(buckets);
    out.artefacts.push(...artefacts);
  }
  out.artefacts.sort((x, y) => (before(x.t, x.id, y.t, y.id) ? -1 : 1));
  return out;
}

/**
 * A span of one source's readings — a minute of the stored rollup, or a single reading — as a bucket
 * needs it: count, extremes and last with their times and ids (times in epoch ms; `at` places it).
 */
export type ReadingSpan = {
  at: number;
  n: number;
  firstT: number;
  min: number;
  minT: number;
  minId: number;
  max: number;
  maxT: number;
  maxId: number;
  last: number;
  lastT: number;
  lastId: number;
};
export type SpanSeries = Pick<ReadingSeries, 'param' | 'channel' | 'deviceId' | 'unit'> & {
  spans: ReadingSpan[];
};

/** One reading as a span of its own. */
export const readingSpan = (t: number, value: number, id: number): ReadingSpan => ({
  at: t,
  n: 1,
  firstT: t,
  min: value,
  minT: t,
  minId: id,
  max: value,
  maxT: t,
  maxId: id,
  last: value,
  lastT: t,
  lastId: id,
});

/** Two spans of one source as one, with downsample()'s ties: the earliest extreme, the latest last. */
export function mergeSpans(a: ReadingSpan, b: ReadingSpan): ReadingSpan {
  const min = b.min < a.min || (b.min === a.min && before(b.minT, b.minId, a.minT, a.minId)) ? b : a;
  const max = b.max > a.max || (b.max === a.max && before(b.maxT, b.maxId, a.maxT, a.maxId)) ? b : a;
  const last = before(a.lastT, a.lastId, b.lastT, b.lastId) ? b : a;
  return {
    at: Math.min(a.at, b.at),
    n: a.n + b.n,
    firstT: Math.min(a.firstT, b.firstT),
    min: min.min,
    minT: min.minT,
    minId: min.minId,
    max: max.max,
    maxT: max.maxT,
    maxId: max.maxId,
    last: last.last,
    lastT: last.lastT,
    lastId: last.lastId,
  };
}

/**
 * Spans into buckets, as downsample() buckets their readings — every span must lie within one bucket
 * (minutes for widths of whole minutes). Series come out in the order given, artefacts by (time, id).
 */
export function downsampleSpans(
  series: readonly SpanSeries[],
  bucketSeconds: number,
  artefacts: readonly ArtefactReading[],
): DownsampledCase {
  const bucketMs = bucketSeconds * 1000;
  const out: DownsampledCase = {
    bucketSeconds,
    series: [],
    artefacts: [...artefacts].sort((x, y) => (before(x.t, x.id, y.t, y.id) ? -1 : 1)),
  };
  for (const s of series) {
    const buckets = new Map<number, ReadingSpan>();
    for (const span of s.spans) {
      const key = bucketStart(span.at, bucketMs);
      const a = buckets.get(key);
      buckets.set(key, a ? mergeSpans(a, span) : span);
    }
    out.series.push(bucketSeries(s, buckets));
  }
  return out;
}

const seriesKey = (r: Pick<Reading, 'param' | 'channel' | 'deviceId' | 'unit'>) =>
  `${r.param}\u0000${r.channel}\u0000${r.deviceId ?? ''}\u0000${r.unit}`;

/** Readings grouped by parameter, channel, device and unit; series ordered by those, readings by (time, id). */
export function groupReadings(readings: Reading[]): ReadingSeries[] {
  const groups = new Map<string, ReadingSeries>();
  for (const r of [...readings].sort((a, b) => (before(a.t, a.id, b.t, b.id) ? -1 : 1))) {
    const key = seriesKey(r);
    let s = groups.get(key);
    if (!s) {
      s = {
        param: r.param,
        channel: r.channel,
        deviceId: r.deviceId,
        unit: r.unit,
        t: [],
        value: [],
        id: [],
        artefact: [],
      };
      groups.set(key, s);
    }
    s.t.push(r.t);
    s.value.push(r.value);
    s.id.push(r.id);
    s.artefact.push(r.artefact);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s);
}

/** The series with its readings in (time, id) order; the same object when they already are. */
export function inTimeOrder(s: ReadingSeries): ReadingSeries {
  let sorted = true;
  for (let i = 1; i < s.t.length && sorted; i++)
    sorted = !before(s.t[i]!, s.id[i]!, s.t[i - 1]!, s.id[i - 1]!);
  if (sorted) return s;
  const order = s.t.map((_, i) => i).sort((i, j) => (before(s.t[i]!, s.id[i]!, s.t[j]!, s.id[j]!) ? -1 : 1));
  return {
    ...s,
    t: order.map((i) => s.t[i]!),
    value: order.map((i) => s.value[i]!),
    id: order.map((i) => s.id[i]!),
    artefact: order.map((i) => s.artefact[i]!),
  };
}

type BucketValues = { n: number; min: number; max: number; last: number; minId: number; maxId: number };

/** A series' buckets (by start time) as the columnar arrays the chart reads, in time order. */
function bucketSeries(
  s: Pick<BucketSeries, 'param' | 'channel' | 'deviceId' | 'unit'>,
  byStart: ReadonlyMap<number, BucketValues>,
): BucketSeries {
  const b: BucketSeries = {
    param: s.param,
    channel: s.channel,
    deviceId: s.deviceId,
    unit: s.unit,
    t: [],
    n: [],
    min: [],
    max: [],
    last: [],
    minId: [],
    maxId: [],
  };
  for (const key of [...byStart.keys()].sort((x, y) => x - y)) {
    const a = byStart.get(key)!;
    b.t.push(key);
    b.n.push(a.n);
    b.min.push(a.min);
    b.max.push(a.max);
    b.last.push(a.last);
    b.minId.push(a.minId);
    b.maxId.push(a.maxId);
  }
  return b;
}
