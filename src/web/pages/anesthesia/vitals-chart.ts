// The anesthesia-record chart as an ECharts option: the customary symbols (systolic ∨, diastolic ∧,
// heart rate ●, SpO2 and temperature as lines), events as vertical marks, artefacts hollow.

import type { AnesthesiaRecord, Observation } from '../../app/types';
import type { EChartsOption } from '../../components/EChart';

type Series = { name: string; param: string; symbol: string; color: string; yAxis: 0 | 1; line: boolean };

const SERIES: Series[] = [
  { name: 'SBP', param: 'sys', symbol: 'triangle', color: '#cf1322', yAxis: 0, line: false },
  { name: 'DBP', param: 'dia', symbol: 'triangle', color: '#cf1322', yAxis: 0, line: false },
  { name: 'MAP', param: 'mean', symbol: 'none', color: '#fa8c16', yAxis: 0, line: true },
  { name: 'HR', param: 'hr', symbol: 'circle', color: '#1677ff', yAxis: 0, line: false },
  { name: 'SpO2', param: 'spo2', symbol: 'none', color: '#389e0d', yAxis: 1, line: true },
  { name: 'T', param: 'temp', symbol: 'none', color: '#722ed1', yAxis: 1, line: true },
];

/** Invasive pressure when the patient has an arterial line, else the cuff. */
function pressureParam(obs: Observation[], part: 'sys' | 'dia' | 'mean'): string {
  return obs.some((o) => o.param === `art_${part}`) ? `art_${part}` : `nibp_${part}`;
}

export function vitalsOption(
  obs: Observation[],
  rec: AnesthesiaRecord | undefined,
  lang: 'zh' | 'en',
): EChartsOption {
  const paramOf = (s: Series) =>
    s.param === 'sys' || s.param === 'dia' || s.param === 'mean' ? pressureParam(obs, s.param) : s.param;
  const firstTempChannel = obs.find((o) => o.param === 'temp')?.channel;
  const points = (s: Series) =>
    obs
      .filter((o) => o.param === paramOf(s) && (s.param !== 'temp' || o.channel === firstTempChannel))
      .map((o) => ({
        id: o.id,
        value: [o.observedAt, o.value],
        itemStyle: o.artefact ? { color: 'transparent', borderColor: s.color } : undefined,
      }));
  const events = (rec?.events ?? []).map((e) => ({ xAxis: e.at, name: e.label[lang] }));
  return {
    animation: false,
    grid: { left: 44, right: 44, top: 28, bottom: 48 },
    legend: { top: 0, data: SERIES.map((s) => s.name) },
    tooltip: { trigger: 'axis' },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 8 }],
    xAxis: { type: 'time' },
    yAxis: [
      { type: 'value', min: 0, max: 240, interval: 20, name: 'mmHg / bpm' },
      { type: 'value', min: 30, max: 100, name: '% / ℃', splitLine: { show: false } },
    ],
    series: SERIES.map((s, i) => ({
      name: s.name,
      type: s.line ? 'line' : 'scatter',
      yAxisIndex: s.yAxis,
      symbol: s.symbol,
      symbolSize: s.line ? 0 : 7,
      symbolRotate: s.param === 'sys' ? 180 : 0,
      showSymbol: !s.line,
      itemStyle: { color: s.color },
      lineStyle: { width: 1.5 },
      data: points(s),
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
    })),
  };
}

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

/** The last valid value of each parameter in each 5-minute slot, newest slot first. */
export function fiveMinuteRows(obs: Observation[]): { slot: number; values: Record<string, number> }[] {
  const slots = new Map<number, Record<string, number>>();
  for (const o of obs) {
    if (o.artefact) continue;
    const slot = Math.floor(Date.parse(o.observedAt) / FIVE_MIN) * FIVE_MIN;
    const row = slots.get(slot) ?? {};
    row[o.param] = o.value;
    slots.set(slot, row);
  }
  return [...slots.entries()].sort((a, b) => b[0] - a[0]).map(([slot, values]) => ({ slot, values }));
}
