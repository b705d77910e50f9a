// Tab 指标: every indicator of the edition for the period — its value with unit, the numerator and
// denominator, the missing, unclassifiable and excluded counts (each opening the cases behind it), the figure
// with unknowns counted as non-events beside it, a 12-month sparkline and the definition.
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { IndicatorItem } from '../../api/quality';
import type { Term } from '../../domain/quality/compute';
import { useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';
import { DefinitionPopover } from './DefinitionPopover';
import { reportMonth } from './period';
import { useIndicators, useTrend } from './quality.resource';
import { casesUrl, type QualityFilter, qualityDownloads } from './quality-search';
import { Sparkline } from './Sparkline';
import { count, indicatorValueText, unitValue } from './value-format';

/** A term's count, opening its cases when there are any (staffing figures have no cases). */
function TermCount({
  f,
  item,
  term,
  n,
}: {
  f: QualityFilter;
  item: IndicatorItem;
  term: Term;
  n: number | null;
}) {
  const { t, locale } = useI18n();
  if (n === null || n === 0 || item.counting === 'staffing') return <span>{count(n, locale)}</span>;
  return (
    <Tooltip title={t('qc.cases.open', { term: t(`qc.term.${term}`) })}>
      <Link to={casesUrl(f, item.code, term)} data-testid={`qc-${item.code}-${term}`}>
        {count(n, locale)}
      </Link>
    </Tooltip>
  );
}

export function IndicatorTable({ filter }: { filter: QualityFilter }) {
  const { t, locale } = useI18n();
  const indicators = useIndicators(filter);
  const trend = useTrend(filter);
  const byCode = useMemo(
    () => new Map((trend.data?.items ?? []).map((i) => [i.code, i.values] as const)),
    [trend.data],
  );
  const months = trend.data?.months ?? [];
  const f = filter;
  return (
    <div>
      <Space style={{ marginBottom: 8 }} wrap>
        <Button
          icon={<FileExcelOutlined />}
          href={qualityDownloads.indicators(f)}
          download
          data-testid="qc-export-xlsx"
        >
          {t('qc.export.excel')}
        </Button>
        <Button
          icon={<FilePdfOutlined />}
          href={qualityDownloads.report(f)}
          target="_blank"
          data-testid="qc-report-pdf"
        >
          {t('qc.export.report', { month: reportMonth(f.period) })}
        </Button>
        <Typography.Text type="secondary">{t('qc.unknownsHint')}</Typography.Text>
      </Space>
      {indicators.error && <Alert type="error" showIcon title={errorMessage(indicators.error, t)} />}
      {trend.error && (
        <Alert
          type="warning"
          showIcon
          title={t('qc.trend.failed', { reason: errorMessage(trend.error, t) })}
        />
      )}
      <Table<IndicatorItem>
        size="small"
        rowKey="code"
        loading={indicators.isFetching}
        dataSource={indicators.data?.items ?? []}
        pagination={false}
        scroll={{ x: 1214 }}
        locale={{ emptyText: t('qc.indicators.empty') }}
        data-testid="qc-indicators"
        columns={[
          { title: t('qc.col.code'), dataIndex: 'code', width: 150, fixed: 'left' },
          {
            title: t('qc.col.name'),
            width: 220,
            render: (_: unknown, r) => (
              <Space size={2}>
                <span>{r.name[locale]}</span>
                {r.counting === 'person' && <Tag>{t('qc.counting.personTag')}</Tag>}
                <DefinitionPopover item={r} />
              </Space>
            ),
          },
          {
            title: t('qc.col.value'),
            width: 150,
            align: 'right',
            render: (_: unknown, r) => (
              <span data-testid={`qc-value-${r.code}`} style={{ fontWeight: r.value === null ? 400 : 600 }}>
                {indicatorValueText(r, t, locale)}
              </span>
            ),
          },
          {
            title: t('qc.col.terms'),
            width: 120,
            align: 'right',
            render: (_: unknown, r) => (
              <span>
                <TermCount f={f} item={r} term="numerator" n={r.numerator} />
                {' / '}
                <TermCount f={f} item={r} term="denominator" n={r.denominator} />
              </span>
            ),
          },
          {
            title: t('qc.term.missing'),
            width: 90,
            align: 'right',
            render: (_: unknown, r) => <TermCount f={f} item={r} term="missing" n={r.missing} />,
          },
          {
            title: t('qc.term.unclassifiable'),
            width: 124,
            align: 'right',
            render: (_: unknown, r) => (
              <TermCount f={f} item={r} term="unclassifiable" n={r.unclassifiable} />
            ),
          },
          {
            title: t('qc.term.excluded'),
            width: 80,
            align: 'right',
            render: (_: unknown, r) => <TermCount f={f} item={r} term="excluded" n={r.excluded} />,
          },
          {
            title: t('quality.unknownsAsNonEvents'),
            width: 150,
            align: 'right',
            render: (_: unknown, r) =>
              r.unknownsAsNonEvents ? (
                <Typography.Text type="secondary" data-testid={`qc-unknowns-${r.code}`}>
                  {t('qc.unknowns.value', {
                    value: unitValue(r.unknownsAsNonEvents.value, r.unit, t, locale),
                    numerator: count(r.unknownsAsNonEvents.numerator, locale),
                    denominator: count(r.unknownsAsNonEvents.denominator, locale),
                  })}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary">{t('qc.unknowns.none')}</Typography.Text>
              ),
          },
          {
            title: t('qc.col.trend'),
            width: 130,
            render: (_: unknown, r) =>
              trend.isLoading ? (
                <Spin size="small" />
              ) : (
                <Sparkline code={r.code} months={months} values={byCode.get(r.code)} unit={r.unit} />
              ),
          },
        ]}
      />
    </div>
  );
}
