import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bucketStart,
  chooseBucketSeconds,
  downsample,
  downsampleCase,
  downsampleSpans,
  groupReadings,
  inTimeOrder,
  MAX_BUCKETS,
  mergeSpans,
  type ReadingSeries,
  type ReadingSpan,
  readingSpan,
} from './downsample';

const T0 = Date.parse('2026-11-22T01:00:00Z');
const series = (points: [number, number, boolean?][], param = 'hr'): ReadingSeries => ({
  param,
  channel: '',
  deviceId: 'dev',
  unit: '/min',
  t: points.map(([s]) => T0 + s * 1000),
  value: points.map(([, v]) => v),
  id: points.map((_, i) => i + 1),
  artefact: points.map(([, , a]) => a ?? false),
});

describe('downsampling a vital-sign series', () => {
  it('keeps count, minimum, maximum (with their ids) and the last reading of each epoch-aligned bucket', () => {
    const { buckets } = downsample(
      series([
        [0, 80],
        [10, 120],
        [59, 75],
        [60, 90],
        [61, 90],
      ]),
      60_000,
    );
    expect(buckets).toMatchObject({
      t: [T0, T0 + 60_000],
      n: [3, 2],
      min: [75, 90],
      max: [120, 90],
      last: [75, 90],
      minId: [3, 4],
      maxId: [2, 4],
    });
  });

  it('aligns buckets on the epoch, so the same reading lands in the same bucket whatever the range asked', () => {
    expect(bucketStart(T0 + 59_999, 60_000)).toBe(T0);
    expect(bucketStart(T0 + 60_000, 60_000)).toBe(T0 + 60_000);
    expect(bucketStart(T0 + 299_000, 300_000)).toBe(T0);
  });

  it('does not hide a one-second extreme in an 8-hour 1 Hz series', () => {
    const points: [number, number][] = Array.from({ length: 8 * 3600 }, (_, s) => [s, 70]);
    points[12_345] = [12_345, 38];
    points[20_000] = [20_000, 171];
    const { buckets } = downsample(series(points), 60_000);
    expect(buckets.t).toHaveLength(480);
    expect(Math.min(...buckets.min)).toBe(38);
    expect(Math.max(...buckets.max)).toBe(171);
    expect(buckets.minId[Math.floor(12_345 / 60)]).toBe(12_346);
    expect(buckets.maxId[Math.floor(20_000 / 60)]).toBe(20_001);
    expect(buckets.n.reduce((a, b) => a + b, 0)).toBe(8 * 3600);
    expect(buckets.last.at(-1)).toBe(70);
  });

  it('keeps artefacts out of the buckets and returns each one with its id', () => {
    const { buckets, artefacts } = downsample(
      series([
        [0, 80],
        [5, 5, true],
        [70, 300, true],
      ]),
      60_000,
    );
    expect(buckets).toMatchObject({ t: [T0], n: [1], min: [80], max: [80] });
    expect(artefacts).toEqual([
      { id: 2, param: 'hr', channel: '', deviceId: 'dev', t: T0 + 5000, value: 5 },
      { id: 3, param: 'hr', channel: '', deviceId: 'dev', t: T0 + 70_000, value: 300 },
    ]);
  });

  it('breaks ties by time: the first of equal extremes, the latest as last — in any input order', () => {
    const s = series([
      [0, 90],
      [20, 60],
      [40, 60],
      [50, 90],
    ]);
    const reversed: ReadingSeries = {
      ...s,
      t: [...s.t].reverse(),
      value: [...s.value].reverse(),
      id: [...s.id].reverse(),
      artefact: [...s.artefact].reverse(),
    };
    for (const input of [s, reversed])
      expect(downsample(input, 60_000).buckets).toMatchObject({ minId: [2], maxId: [1], last: [90] });
  });

  it('downsamples every series of a case and gathers artefacts in time order', () => {
    const out = downsampleCase(
      [
        series(
          [
            [0, 80],
            [90, 1, true],
          ],
          'hr',
        ),
        series([[30, 0, true]], 'spo2'),
      ],
      60,
    );
    expect(out.bucketSeconds).toBe(60);
    expect(out.series.map((s) => [s.param, s.t.length])).toEqual([
      ['hr', 1],
      ['spo2', 0],
    ]);
    expect(out.artefacts.map((a) => a.param)).toEqual(['spo2', 'hr']);
  });
});

describe('choosing the bucket width', () => {
  it('takes the narrowest width that keeps the range within the chart’s columns', () => {
    expect(chooseBucketSeconds(T0, T0 + 8 * 3_600_000)).toBe(60);
    expect(chooseBucketSeconds(T0, T0 + 4 * 3_600_000)).toBe(30);
    expect(chooseBucketSeconds(T0, T0 + 10 * 60_000)).toBe(1);
    expect(chooseBucketSeconds(T0, T0)).toBe(1);
  });

  it('counts aligned buckets at the cut point: 720 fit, 721 do not', () => {
    expect(chooseBucketSeconds(T0, T0 + (MAX_BUCKETS - 1) * 1000)).toBe(1);
    expect(chooseBucketSeconds(T0, T0 + MAX_BUCKETS * 1000)).toBe(2);
    expect(chooseBucketSeconds(T0 + 500, T0 + (MAX_BUCKETS - 1) * 1000 + 500)).toBe(1);
    expect(chooseBucketSeconds(T0, T0 + 400 * 86_400_000)).toBe(3600);
  });
});

describe('grouping and ordering readings', () => {
  it('groups by parameter, channel, device and unit, each series in (time, id) order', () => {
    const r = (id: number, param: string, t: number, channel = '') => ({
      id,
      param,
      channel,
      deviceId: null,
      unit: 'x',
      t,
      value: id,
      artefact: false,
    });
    const out = groupReadings([
      r(3, 'temp', 20, 'T2'),
      r(1, 'hr', 10),
      r(2, 'temp', 10, 'T1'),
      r(4, 'hr', 5),
    ]);
    expect(out.map((s) => [s.param, s.channel, s.id])).toEqual([
      ['hr', '', [4, 1]],
      ['temp', 'T1', [2]],
      ['temp', 'T2', [3]],
    ]);
  });

  it('sorts a series by time and id only when it is out of order', () => {
    const s = series([
      [0, 1],
      [5, 2],
    ]);
    expect(inTimeOrder(s)).toBe(s);
    const shuffled = { ...s, t: [s.t[1]!, s.t[0]!], value: [2, 1], id: [2, 1], artefact: [false, true] };
    expect(inTimeOrder(shuffled)).toMatchObject({
      t: s.t,
      value: [1, 2],
      id: [1, 2],
      artefact: [true, false],
    });
  });
});

describe('buckets from stored minutes (the rollup) and single readings', () => {
  it('are the buckets of the readings themselves, for every width of whole minutes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            s: fc.integer({ min: 0, max: 3 * 3600 }),
            v: fc.constantFrom(60, 61, 62, 80),
            artefact: fc.boolean(),
            // Some readings stay single (the edges of a case's time in the room), the rest in minutes.
            single: fc.boolean(),
          }),
          { maxLength: 300 },
        ),
        fc.constantFrom(60, 120, 300, 600, 900, 1800, 3600),
        (points, width) => {
          // Ids in arrival order, not time order, as the database assigns them.
          const s = inTimeOrder({
            ...series([]),
            t: points.map((p) => T0 + p.s * 1000),
            value: points.map((p) => p.v),
            id: points.map((_, i) => points.length - i),
            artefact: points.map((p) => p.artefact),
          });
          const minutes = new Map<number, ReadingSpan>();
          const spans: ReadingSpan[] = [];
          const artefacts = [];
          for (let i = 0; i < s.t.length; i++) {
            if (s.artefact[i]) {
              artefacts.push({
                id: s.id[i]!,
                param: 'hr',
                channel: '',
                deviceId: 'dev',
                t: s.t[i]!,
                value: s.value[i]!,
              });
              continue;
            }
            const one = readingSpan(s.t[i]!, s.value[i]!, s.id[i]!);
            if (points[points.length - s.id[i]!]!.single) {
              spans.push(one);
              continue;
            }
            const m = bucketStart(s.t[i]!, 60_000);
            const had = minutes.get(m);
            minutes.set(m, had ? mergeSpans(had, { ...one, at: m }) : { ...one, at: m });
          }
          const fromSpans = downsampleSpans(
            [
              {
                param: 'hr',
                channel: '',
                deviceId: 'dev',
                unit: '/min',
                spans: [...minutes.values(), ...spans],
              },
            ],
            width,
            artefacts,
          );
          expect(fromSpans).toEqual(downsampleCase([s], width));
        },
      ),
      { numRuns: 300 },
    );
  });
});
