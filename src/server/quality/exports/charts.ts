// The monthly report's charts, drawn by Apache ECharts on the server as SVG strings (no canvas, no browser):
// an indicator's 12-month trend as a line, and the month's values of indicators sharing a unit as horizontal
// bars. A month without a value is a gap in the line and a bar-less row marked "no value", never 0.

import type { EChartsOption } from 'echarts';
import * as echarts from 'echarts';
import type { Locale } from '../../../domain/common/field-messages';
import type { Unit } from '../../../domain/quality/types';
import { formatValue, unitSign } from './format';
import { exportText } from './labels';

const BLUE = '#1677ff';
const AXIS = '#595959';
const FONT = 8;

function render(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontSize: FONT, color: AXIS }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-01" → "1月\n2026" (the year under January and under the first month), "Feb" … in English. */
function monthLabel(month: string, first: boolean, locale: Locale): string {
  const [year, mon] = month.split('-') as [string, string];
  const m = Number(mon);
  const name = locale === 'zh-CN' ? `${m}月` : (MONTHS_EN[m - 1] ?? mon);
  return first || m === 1 ? `${name}\n${year}` : name;
}

const noData = (locale: Locale) => ({
  type: 'text' as const,
  left: 'center',
  top: 'middle',
  style: { text: exportText('report.noData', locale), fill: '#8c8c8c', fontSize: 10 },
});

export type TrendChart = {
  months: readonly string[];
  values: readonly (number | null)[];
  unit: Unit;
  locale: Locale;
  width: number;
  height: number;
};

/** One indicator over the months: a line with its points, the latest value written at its end. */
export function trendSvg(t: TrendChart): string {
  const lastShown = t.values.reduce<number>((at, v, i) => (v === null ? at : i), -1);
  const data = t.values.map((v, i) =>
    i === lastShown
      ? {
          value: v,
          label: {
            show: true,
            position: 'top' as const,
            formatter: formatValue(v, t.unit, t.locale, 'print'),
          },
        }
      : v,
  );
  const highest = Math.max(0, ...t.values.map((v) => v ?? 0));
  return render(
    {
      grid: { left: 8, right: 16, top: 22, bottom: 4, containLabel: true },
      xAxis: {
        type: 'category',
        boundaryGap: false,
        data: t.months.map((m, i) => monthLabel(m, i === 0, t.locale)),
        axisLabel: { interval: 0, fontSize: 7, color: AXIS, lineHeight: 9 },
        axisTick: { alignWithLabel: true },
      },
      yAxis: {
        type: 'value',
        min: 0,
        // A share near 100 % is drawn against 100 %, not against an axis running past it.
        ...(t.unit === '%' && highest > 75 && highest <= 100 ? { max: 100, interval: 25 } : {}),
        name: unitSign(t.unit, t.locale, 'print'),
        nameTextStyle: { fontSize: FONT, color: AXIS, align: 'right' },
        axisLabel: { fontSize: 7, color: AXIS },
        splitNumber: 4,
        splitLine: { lineStyle: { color: '#e8e8e8' } },
      },
      series: [
        {
          type: 'line',
          data,
          connectNulls: false,
          symbol: 'circle',
          symbolSize: 4,
          lineStyle: { width: 1.5, color: BLUE },
          itemStyle: { color: BLUE },
          label: { fontSize: FONT, color: '#262626' },
        },
      ],
      graphic: lastShown < 0 ? [noData(t.locale)] : [],
    },
    t.width,
    t.height,
  );
}

export type Bar = { label: string; value: number | null };
export type BarChart = { bars: readonly Bar[]; unit: Unit; locale: Locale; width: number };

/** Pixels per bar row and around the plot: the height follows the number of bars. */
const BAR_ROW = 17;
const BAR_FRAME = 30;
const barChartHeight = (bars: number) => bars * BAR_ROW + BAR_FRAME;

/** The month's values of indicators in one unit, one bar each, top to bottom in the order given. */
export function barsSvg(b: BarChart): string {
  const labels = b.bars.map((bar) =>
    bar.value === null ? exportText('report.noValue', b.locale, { label: bar.label }) : bar.label,
  );
  return render(
    {
      grid: { left: 8, right: 56, top: 18, bottom: 4, containLabel: true },
      xAxis: {
        type: 'value',
        min: 0,
        position: 'top',
        axisLabel: { fontSize: 7, color: AXIS },
        splitNumber: 5,
        splitLine: { lineStyle: { color: '#e8e8e8' } },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: labels,
        axisLabel: { fontSize: FONT, color: '#262626', interval: 0 },
        axisTick: { show: false },
      },
      series: [
        {
          type: 'bar',
          data: b.bars.map((bar) => bar.value),
          barWidth: 9,
          itemStyle: { color: BLUE },
          label: {
            show: true,
            position: 'right',
            fontSize: FONT,
            color: '#262626',
            formatter: (p) =>
              formatValue(typeof p.value === 'number' ? p.value : null, b.unit, b.locale, 'print'),
          },
        },
      ],
    },
    b.width,
    barChartHeight(b.bars.length),
  );
}
