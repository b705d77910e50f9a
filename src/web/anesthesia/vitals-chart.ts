// The anesthesia-record chart as an ECharts option, drawn from the case's downsampled series
// (docs/clinical-decisions.md, "Vital-sign downsampling"): each bucket is drawn at its centre as its
// minimum and maximum (one point when they are equal), so no extreme is hidden however long the case;
// the customary symbols (systolic ∨, diastolic ∧, heart rate ●; SpO2, MAP and temperature as lines),
// events as vertical marks, artefact-marked readings hollow and one by one. Values read at clinical precision.

import type { AnesthesiaRecord } from '../../api/anesthesia';
import type { VitalSeries } from '../../api/anesthesia-vitals';
import type { ArtefactReading, BucketSeries } from '../../domain/anesthesia/downsample';
import { formatVital } from '../../domain/anesthesia/vital-format';
import type { Locale } from '../../domain/common/field-messages';
import type { EChartsOption } from '../shared/EChart';

/** A drawn point: where it is and which reading it is, so a click can mark that reading. */
export type ChartPoint = {
  value: [number, number];
  id: number;
  param: string;
  at: number;
  artefact: boolean;
  itemStyle?: { color: string; borderColor: string };
};

type Display = {
  name: string;
  /** Parameters in order of preference: the first the case has is drawn. */
  params: string[];
  symbol: string;
  color: string;
  yAxis: 0 | 1;
  line: boolean;
};

const DISPLAY: Display[] = [
  {
    name: 'SBP',
    params: ['art_sys', 'nibp_sys'],
    symbol: 'triangle',
    color: '#cf1322',
    yAxis: 0,
    line: false,
  },
  {
    name: 'DBP',
    params: ['art_dia', 'nibp_dia'],
    symbol: 'triangle',
    color: '#cf1322',
    yAxis: 0,
    line: false,
  },
  { name: 'MAP', params: ['art_mean', 'nibp_mean'], symbol: 'none', color: '#fa8c16', yAxis: 0, line: true },
  { name: 'HR', params: ['hr', 'pr'], symbol: 'circle', color: '#1677ff', yAxis: 0, line: false },
  { name: 'SpO2', params: ['spo2'], symbol: 'none', color: '#389e0d', yAxis: 1, line: true },
  { name: 'T', params: ['temp'], symbol: 'none', color: '#722ed1', yAxis: 1, line: true },
];

const keyOf = (s: Pick<BucketSeries, 'param' | 'channel' | 'deviceId' | 'unit'>) =>
  `${s.param}|${s.channel}|${s.deviceId ?? ''}|${s.unit}`;

const readingsIn = (s: BucketSeries) => s.n.reduce((a, b) => a + b, 0);

/** The first preferred parameter with any reading (invasive pressure when there is an arterial line). */
function chosenParam(data: VitalSeries, d: Display): string | null {
  return (
    d.params.find(
      (p) =>
        data.series.some((s) => s.param === p && s.t.length > 0) || data.artefacts.some((a) => a.param === p),
    ) ?? null
  );
}

/** The sources drawn for a parameter: every one, except temperature, where the probe with most readings is. */
function sources(data: VitalSeries, param: string): BucketSeries[] {
  const all = data.series.filter((s) => s.param === param && s.t.length > 0);
  if (param !== 'temp' || all.length <= 1) return all;
  return [all.reduce((best, s) => (readingsIn(s) > readingsIn(best) ? s : best))];
}

/** Each bucket as its minimum and maximum at the bucket's centre, ending at the one nearer its last reading. */
export function bucketPoints(s: BucketSeries, bucketSeconds: number): ChartPoint[] {
  const half = (bucketSeconds * 1000) / 2;
  const out: ChartPoint[] = [];
  for (let i = 0; i < s.t.length; i++) {
    const at = s.t[i]!;
    const x = at + half;
    const lo: ChartPoint = { value: [x, s.min[i]!], id: s.minId[i]!, param: s.param, at, artefact: false };
    if (s.min[i] === s.max[i]) {
      out.push(lo);
      continue;
    }
    const hi: ChartPoint = { value: [x, s.max[i]!], id: s.maxId[i]!, param: s.param, at, artefact: false };
    const last = s.last[i]!;
    out.push(...(Math.abs(last - s.max[i]!) <= Math.abs(last - s.min[i]!) ? [lo, hi] : [hi, lo]));
  }
  return out;
}

const artefactPoint = (a: ArtefactReading, color: string): ChartPoint => ({
  value: [a.t, a.value],
  id: a.id,
  param: a.param,
  at: a.t,
  artefact: true,
  itemStyle: { color: 'transparent', borderColor: color },
});

type TooltipItem = { marker?: string; seriesName?: string; data?: ChartPoint };

export function vitalsOption(
  data: VitalSeries | null,
  rec: AnesthesiaRecord | undefined,
  locale: Locale,
): EChartsOption {
  const events = (rec?.events ?? [])
    .filter((e) => !e.voided)
    .map((e) => ({ xAxis: e.at, name: e.label[locale] }));
  const drawn = data
    ? DISPLAY.flatMap((d) => {
        const param = chosenParam(data, d);
        return param ? [{ d, param }] : [];
      })
    : [];
  const main = DISPLAY.map((d, i) => {
    const param = drawn.find((x) => x.d === d)?.param;
    const points =
      data && param
        ? sources(data, param)
            .flatMap((s) => bucketPoints(s, data.bucketSeconds))
            .sort((a, b) => a.value[0] - b.value[0])
        : [];
    return {
      name: d.name,
      type: d.line ? 'line' : 'scatter',
      yAxisIndex: d.yAxis,
      symbol: d.symbol,
      symbolSize: d.line ? 0 : 7,
      symbolRotate: d.name === 'SBP' ? 180 : 0,
      showSymbol: !d.line,
      itemStyle: { color: d.color },
      lineStyle: { width: 1.5 },
      data: points,
      ...(i === 0 && events.length
        ? {
            markLine: {
              symbol: 'none',
              label: { formatter: '{b}', position: 'insideEndTop', fontSize: 10 },
              lineStyle: { color: '#8c8c8c', type: 'dashed' },
              data: events,
            },
          }
        : {}),
    };
  });
  // Artefacts as hollow points of their own, under the same legend name as their series.
  const artefacts = drawn.flatMap(({ d, param }) => {
    const list = (data?.artefacts ?? [])
      .filter((a) => a.param === param)
      .map((a) => artefactPoint(a, d.color));
    return list.length
      ? [
          {
            name: d.name,
            type: 'scatter',
            yAxisIndex: d.yAxis,
            symbol: d.symbol === 'none' ? 'circle' : d.symbol,
            symbolSize: 7,
            symbolRotate: d.name === 'SBP' ? 180 : 0,
            itemStyle: { color: d.color },
            data: list,
          },
        ]
      : [];
  });
  return {
    animation: false,
    grid: { left: 44, right: 44, top: 28, bottom: 48 },
    legend: { top: 0, data: DISPLAY.map((d) => d.name) },
    tooltip: {
      trigger: 'axis',
      formatter: (raw: unknown) =>
        (raw as TooltipItem[])
          .filter((p) => p.data)
          .map((p) => `${p.marker ?? ''}${p.seriesName} ${formatVital(p.data!.param, p.data!.value[1])}`)
          .join('<br/>'),
    },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 8 }],
    xAxis: { type: 'time' },
    yAxis: [
      { type: 'value', min: 0, max: 240, interval: 20, name: 'mmHg / bpm' },
      { type: 'value', min: 30, max: 100, name: '% / ℃', splitLine: { show: false } },
    ],
    series: [...main, ...artefacts],
  };
}

/** A live increment (from the start of its first bucket on) laid over what was already loaded. */
export function mergeSeries(old: VitalSeries, inc: VitalSeries): VitalSeries {
  if (old.bucketSeconds !== inc.bucketSeconds || !inc.from) return inc;
  const from = Date.parse(inc.from);
  const incoming = new Map(inc.series.map((s) => [keyOf(s), s]));
  const kept = (s: BucketSeries): BucketSeries => {
    const n = s.t.findIndex((t) => t >= from);
    const cut = n === -1 ? s.t.length : n;
    const add = incoming.get(keyOf(s));
    incoming.delete(keyOf(s));
    const join = <K extends 't' | 'n' | 'min' | 'max' | 'last' | 'minId' | 'maxId'>(k: K) => [
      ...s[k].slice(0, cut),
      ...(add?.[k] ?? []),
    ];
    return {
      ...s,
      t: join('t'),
      n: join('n'),
      min: join('min'),
      max: join('max'),
      last: join('last'),
      minId: join('minId'),
      maxId: join('maxId'),
    };
  };
  const series = [...old.series.map(kept), ...incoming.values()];
  const artefacts = [...old.artefacts.filter((a) => a.t < from), ...inc.artefacts];
  return {
    bucketSeconds: old.bucketSeconds,
    series,
    artefacts,
    from: old.from ?? inc.from,
    to: inc.to ?? old.to,
    count: series.reduce((a, s) => a + readingsIn(s), 0) + artefacts.length,
  };
}

/** The start of the newest bucket loaded, where the next increment begins. */
export const newestBucket = (data: VitalSeries): number | null => {
  let newest: number | null = null;
  for (const s of data.series) if (s.t.length) newest = Math.max(newest ?? s.t.at(-1)!, s.t.at(-1)!);
  for (const a of data.artefacts) {
    const start = a.t - (a.t % (data.bucketSeconds * 1000));
    newest = Math.max(newest ?? start, start);
  }
  return newest;
};

const FIVE_MIN = 5 * 60_000;
export const TABLE_PARAMS = [
  'hr',
  'spo2',
  'art_sys',
  'art_dia',
  'art_mean',
  'nibp_sys',
  'nibp_dia',
  'nibp_mean',
  'etco2',
  'rr',
  'temp',
];

/**
 * The last valid value of each parameter in each 5-minute slot (or each bucket, when buckets are
 * wider), at clinical precision, newest slot first: every slot of the case.
 */
export function fiveMinuteRows(data: VitalSeries | null): { slot: number; values: Record<string, string> }[] {
  if (!data) return [];
  const width = Math.max(FIVE_MIN, data.bucketSeconds * 1000);
  const slots = new Map<number, Record<string, { at: number; value: number }>>();
  for (const s of data.series) {
    if (!TABLE_PARAMS.includes(s.param)) continue;
    s.t.forEach((at, i) => {
      const slot = Math.floor(at / width) * width;
      const row = slots.get(slot) ?? {};
      if (!row[s.param] || row[s.param]!.at <= at) row[s.param] = { at, value: s.last[i]! };
      slots.set(slot, row);
    });
  }
  return [...slots.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([slot, row]) => ({
      slot,
      values: Object.fromEntries(Object.entries(row).map(([p, v]) => [p, formatVital(p, v.value)])),
    }));
}
