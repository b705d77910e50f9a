import { describe, expect, it } from 'vitest';
import type { VitalSeries } from '../../api/anesthesia-vitals';
import { downsampleCase, type ReadingSeries } from '../../domain/anesthesia/downsample';
import { bucketPoints, fiveMinuteRows, mergeSeries, newestBucket, vitalsOption } from './vitals-chart';

const T0 = Date.parse('2026-11-22T01:00:00Z');
const readings = (param: string, points: [number, number, boolean?][], first = 1): ReadingSeries => ({
  param,
  channel: '',
  deviceId: 'd1',
  unit: 'x',
  t: points.map(([s]) => T0 + s * 1000),
  value: points.map(([, v]) => v),
  id: points.map((_, i) => first + i),
  artefact: points.map(([, , a]) => a ?? false),
});
const vitals = (series: ReadingSeries[], bucketSeconds: number, from: string | null = null): VitalSeries => {
  const d = downsampleCase(series, bucketSeconds);
  return {
    ...d,
    from,
    to: null,
    count: d.series.reduce((a, s) => a + s.n.reduce((x, y) => x + y, 0), 0) + d.artefacts.length,
  };
};

describe('the record chart', () => {
  it('draws each bucket as its minimum and maximum at its centre, ending nearer the last reading', () => {
    const v = vitals(
      [
        readings('art_sys', [
          [0, 120],
          [10, 40],
          [20, 118],
          [60, 110],
        ]),
      ],
      60,
    );
    // Bucket 1 ends at 118, nearer its maximum: minimum first. Bucket 2 holds one reading.
    expect(bucketPoints(v.series[0]!, 60).map((p) => [p.value, p.id])).toEqual([
      [[T0 + 30_000, 40], 2],
      [[T0 + 30_000, 120], 1],
      [[T0 + 90_000, 110], 4],
    ]);
    const falling = vitals(
      [
        readings('hr', [
          [0, 80],
          [1, 90],
          [2, 60],
          [3, 62],
        ]),
      ],
      60,
    );
    expect(bucketPoints(falling.series[0]!, 60).map((p) => p.value[1])).toEqual([90, 60]);
  });

  it('keeps artefacts as hollow points of their own and draws the arterial line when there is one', () => {
    const v = vitals(
      [
        readings('art_sys', [
          [0, 120],
          [5, 300, true],
        ]),
        readings('nibp_sys', [[0, 130]], 10),
      ],
      60,
    );
    const option = vitalsOption(v, undefined, 'zh-CN') as {
      series: { name: string; data: { id: number; artefact: boolean }[] }[];
    };
    const sbp = option.series.filter((s) => s.name === 'SBP');
    expect(sbp.map((s) => s.data.map((p) => [p.id, p.artefact]))).toEqual([[[1, false]], [[2, true]]]);
  });

  it('lays a live increment over the loaded buckets from its first bucket on, and counts every reading', () => {
    const old = vitals(
      [
        readings('hr', [
          [0, 70],
          [61, 71],
        ]),
      ],
      60,
    );
    expect(newestBucket(old)).toBe(T0 + 60_000);
    const inc = vitals(
      [
        readings(
          'hr',
          [
            [61, 71],
            [62, 90],
            [125, 72],
          ],
          2,
        ),
        readings('spo2', [[125, 97]], 9),
      ],
      60,
      new Date(T0 + 60_000).toISOString(),
    );
    const merged = mergeSeries(old, inc);
    const hr = merged.series.find((s) => s.param === 'hr')!;
    expect(hr.t).toEqual([T0, T0 + 60_000, T0 + 120_000]);
    expect(hr.max).toEqual([70, 90, 72]);
    expect(merged.series.map((s) => s.param)).toEqual(['hr', 'spo2']);
    expect(merged.count).toBe(5);
  });

  it('tabulates the last value of every 5-minute slot at clinical precision, the whole case', () => {
    const v = vitals(
      [
        readings('temp', [
          [0, 36.2],
          [290, 31.40000679676106],
          [8 * 3600, 34.7],
        ]),
      ],
      60,
    );
    const rows = fiveMinuteRows(v);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.values.temp)).toEqual(['34.7', '31.4']);
  });
});
