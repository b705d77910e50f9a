// The ECharts option of an indicator's 12-month sparkline: a small line, gaps where a month has no value,
// the month and the value with its unit on hover, nothing else.
import type { EChartsOption } from '../shared/EChart';

export function sparklineOption(
  months: readonly string[],
  values: readonly (number | null)[],
  label: (v: number | null) => string,
): EChartsOption {
  return {
    animation: false,
    grid: { left: 2, right: 2, top: 4, bottom: 4 },
    xAxis: { type: 'category', data: [...months], show: false, boundaryGap: false },
    yAxis: { type: 'value', show: false, scale: true },
    tooltip: {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'line', lineStyle: { width: 1 } },
      formatter: (params: unknown) => {
        const p = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        const i = p?.dataIndex ?? 0;
        return `${months[i] ?? ''}<br/>${label(values[i] ?? null)}`;
      },
    },
    series: [
      {
        type: 'line',
        data: [...values],
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 3,
        showSymbol: values.filter((v) => v !== null).length <= 1,
        lineStyle: { width: 1.5, color: '#0958d9' },
        itemStyle: { color: '#0958d9' },
      },
    ],
  };
}
