// The monthly table (病床使用情况月报 on screen): per month one row per ward and the department total with the
// month's spread of ward occupancies, then the period's totals — the same figures as the Excel export.
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import type { BedFigures, BedMonthlyResponse } from '../../api/beds-statistics';
import { useI18n } from '../shared/i18n';
import { FIGURE_KEYS, figureLabel, figureNumber, percentText } from './StatisticsFigures';

type Row = {
  key: string;
  month: string;
  /** Rows of this month's block (on its first row), 0 on the others. */
  span: number;
  ward: string | null;
  spread: number | null;
  total: boolean;
  figures: BedFigures;
};

function rowsOf(monthly: BedMonthlyResponse, periodLabel: string): Row[] {
  const rows: Row[] = [];
  const block = (
    month: string,
    wards: BedMonthlyResponse['total']['wards'],
    department: BedFigures,
    spread: number | null,
  ) => {
    wards.forEach((w, i) => {
      rows.push({
        key: `${month}-${w.ward}`,
        month,
        span: i === 0 ? wards.length + 1 : 0,
        ward: w.ward,
        spread: null,
        total: false,
        figures: w,
      });
    });
    rows.push({
      key: `${month}-total`,
      month,
      span: wards.length === 0 ? 1 : 0,
      ward: null,
      spread,
      total: true,
      figures: department,
    });
  };
  for (const m of monthly.months) block(m.month, m.wards, m.department, m.balance.spread);
  if (monthly.months.length > 1)
    block(periodLabel, monthly.total.wards, monthly.total.department, monthly.total.balance.spread);
  return rows;
}

export function StatisticsMonthlyTable({
  monthly,
  loading,
}: {
  monthly: BedMonthlyResponse;
  loading: boolean;
}) {
  const { t, locale } = useI18n();
  const rows = useMemo(() => rowsOf(monthly, t('beds.stats.row.period')), [monthly, t]);
  const names = useMemo(
    () => new Map(monthly.wards.map((w) => [w.code, locale === 'en-US' ? (w.nameEn ?? w.name) : w.name])),
    [monthly, locale],
  );
  const columns: ColumnsType<Row> = [
    {
      title: t('beds.stats.col.month'),
      dataIndex: 'month',
      width: 110,
      fixed: 'left',
      onCell: (r) => ({ rowSpan: r.span }),
    },
    {
      title: t('beds.stats.col.ward'),
      width: 170,
      fixed: 'left',
      render: (_: unknown, r) =>
        r.total ? (
          <span>
            <strong>{t('beds.stats.row.department')}</strong>
            {r.spread !== null && (
              <Tag style={{ marginLeft: 6 }} color="blue">
                {t('beds.stats.row.spread', { v: percentText(r.spread, t, locale) })}
              </Tag>
            )}
          </span>
        ) : (
          `${r.ward} ${names.get(r.ward ?? '') ?? ''}`
        ),
    },
    ...FIGURE_KEYS.map((key) => ({
      title: t(figureLabel(key)),
      key,
      width: 110,
      align: 'right' as const,
      render: (_: unknown, r: Row) => {
        const text = figureNumber(key, r.figures[key], t, locale);
        return r.total ? <strong>{text}</strong> : text;
      },
    })),
  ];
  return (
    <Table<Row>
      size="small"
      bordered
      rowKey="key"
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={false}
      scroll={{ x: 1290 }}
      rowClassName={(r) => (r.total ? 'ant-table-row-selected' : '')}
      data-testid="beds-stats-monthly"
    />
  );
}
