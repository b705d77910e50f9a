// The two charts of the bed statistics (ECharts): each ward's occupancy month by month with the department's,
// and the balance of the pool — the spread (highest − lowest) and standard deviation of the ward occupancies —
// with the month the bed pool (全科一张床) started marked on both, and the mean spread before and after it.
import { Card, Col, Empty, Row, Typography } from 'antd';
import { useMemo } from 'react';
import type { BedMonthlyResponse } from '../../api/beds-statistics';
import { EChart, type EChartsOption } from '../shared/EChart';
import { useI18n } from '../shared/i18n';
import { percentText } from './StatisticsFigures';
import { spreadBeforeAfter } from './statistics.resource';

const pct = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 100);

function poolMark(months: readonly string[], pool: string | null, label: string) {
  if (pool === null) return undefined;
  const at = months.find((m) => m >= pool);
  if (at === undefined) return undefined;
  return {
    symbol: 'none',
    label: { formatter: label, position: 'insideEndTop' },
    lineStyle: { type: 'dashed', color: '#cf1322' },
    data: [{ xAxis: at }],
  };
}

const axis = (months: readonly string[]) => ({
  tooltip: {
    trigger: 'axis',
    valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v.toFixed(2)}%` : '—'),
  },
  legend: { top: 0, type: 'scroll' },
  grid: { left: 48, right: 24, top: 36, bottom: 28 },
  xAxis: { type: 'category', data: [...months], boundaryGap: false },
  yAxis: { type: 'value', min: 0, axisLabel: { formatter: '{value}%' } },
});

export function StatisticsCharts({ monthly, pool }: { monthly: BedMonthlyResponse; pool: string | null }) {
  const { t, locale } = useI18n();
  const months = useMemo(() => monthly.months.map((m) => m.month), [monthly]);
  const wardLabel = useMemo(() => {
    const names = new Map(
      monthly.wards.map((w) => [w.code, locale === 'en-US' ? (w.nameEn ?? w.name) : w.name]),
    );
    return (code: string) => `${code} ${names.get(code) ?? ''}`.trim();
  }, [monthly, locale]);

  const occupancy: EChartsOption = useMemo(
    () => ({
      ...axis(months),
      series: [
        ...monthly.wards.map((w, i) => ({
          name: wardLabel(w.code),
          type: 'line',
          connectNulls: false,
          data: monthly.months.map((m) => pct(m.wards[i]?.occupancy ?? null)),
          ...(i === 0 ? { markLine: poolMark(months, pool, t('beds.stats.chart.poolStart')) } : {}),
        })),
        {
          name: t('beds.stats.chart.department'),
          type: 'line',
          lineStyle: { width: 3, type: 'dashed' },
          data: monthly.months.map((m) => pct(m.department.occupancy)),
          ...(monthly.wards.length === 0
            ? { markLine: poolMark(months, pool, t('beds.stats.chart.poolStart')) }
            : {}),
        },
      ],
    }),
    [monthly, months, pool, t, wardLabel],
  );

  const balance: EChartsOption = useMemo(
    () => ({
      ...axis(months),
      series: [
        {
          name: t('beds.stats.chart.spreadSeries'),
          type: 'line',
          areaStyle: { opacity: 0.15 },
          data: monthly.months.map((m) => pct(m.balance.spread)),
          markLine: poolMark(months, pool, t('beds.stats.chart.poolStart')),
        },
        {
          name: t('beds.stats.chart.sdSeries'),
          type: 'line',
          data: monthly.months.map((m) => pct(m.balance.standardDeviation)),
        },
      ],
    }),
    [monthly, months, pool, t],
  );

  const comparison = spreadBeforeAfter(monthly.months, pool);
  const anySpread = monthly.months.some((m) => m.balance.spread !== null);
  return (
    <Row gutter={12}>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('beds.stats.chart.occupancy')}>
          <EChart option={occupancy} height={300} testId="beds-stats-occupancy-chart" />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('beds.stats.chart.spread')}>
          {anySpread ? (
            <EChart option={balance} height={300} testId="beds-stats-spread-chart" />
          ) : (
            <Empty description={t('beds.stats.chart.empty')} style={{ height: 300, paddingTop: 100 }} />
          )}
          {comparison && (
            <Typography.Text type="secondary" data-testid="beds-stats-before-after">
              {comparison.before !== null && comparison.after !== null
                ? t('beds.stats.beforeAfter', {
                    before: percentText(comparison.before, t, locale),
                    after: percentText(comparison.after, t, locale),
                    nBefore: comparison.nBefore,
                    nAfter: comparison.nAfter,
                  })
                : t('beds.stats.beforeAfter.missing')}
            </Typography.Text>
          )}
        </Card>
      </Col>
    </Row>
  );
}
