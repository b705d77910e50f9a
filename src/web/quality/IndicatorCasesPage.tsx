// 明细: the cases behind one term of one indicator for the period — numerator, denominator, missing data,
// unclassifiable, excluded — every one of them, paged with the total; a case entered in Periop opens its case
// page, an imported one its episode.
import { ArrowLeftOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tabs, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { IndicatorCase } from '../../api/quality';
import { TERMS, type Term } from '../../domain/quality/compute';
import { findIndicator } from '../../domain/quality/indicators';
import { fmtDateTime, todayLocal } from '../shared/format';
import { type MessageKey, useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';
import { useIndicatorCases } from './quality.resource';
import { casesUrl, dashboardUrl, episodeUrl, filterOfSearch, qualityDownloads } from './quality-search';
import { count } from './value-format';

/** What a term's list means for the indicator, where it needs saying. */
const EXPLAIN: Partial<Record<Term, { type: 'warning' | 'info'; text: MessageKey }>> = {
  missing: { type: 'warning', text: 'qc.cases.explain.missing' },
  unclassifiable: { type: 'warning', text: 'qc.cases.explain.unclassifiable' },
  excluded: { type: 'info', text: 'qc.cases.explain.excluded' },
};

const caseUrl = (c: IndicatorCase) => (c.source === 'periop' ? `/cases/${c.caseId}` : episodeUrl(c.caseId));

export default function IndicatorCasesPage() {
  const { code = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { t, locale } = useI18n();
  const filter = filterOfSearch(search, todayLocal());
  const term: Term = TERMS.find((x) => x === search.get('term')) ?? 'numerator';
  const indicator = findIndicator(filter.edition, code);
  const cases = useIndicatorCases(filter, code, term);
  const explain = EXPLAIN[term];
  const persons = indicator !== null && indicator.kind !== 'staffing' && indicator.counting === 'person';
  const data = cases.data;

  return (
    <div>
      <Space style={{ marginBottom: 8 }} wrap>
        <Link to={dashboardUrl(filter)}>
          <ArrowLeftOutlined /> {t('qc.title')}
        </Link>
      </Space>
      <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="qc-cases-title">
        {t('qc.cases.title', {
          code,
          name: indicator ? indicator.name[locale] : code,
          term: t(`qc.term.${term}`),
        })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t(filter.wards.length ? 'qc.scope.wardsEdition' : 'qc.scope.allEdition', {
          edition: t(`quality.edition.${filter.edition}`),
          from: filter.period.from,
          to: filter.period.to,
          wards: filter.wards.join(', '),
        })}
      </Typography.Paragraph>
      {!indicator && <Alert type="error" showIcon title={t('qc.cases.unknownIndicator', { code })} />}
      {indicator?.kind === 'staffing' && <Alert type="info" showIcon title={t('qc.cases.staffing')} />}
      <Tabs
        activeKey={term}
        onChange={(k) => {
          const next = TERMS.find((x) => x === k);
          if (next) navigate(casesUrl(filter, code, next), { replace: true });
        }}
        items={TERMS.map((k) => ({ key: k, label: t(`qc.term.${k}`) }))}
        data-testid="qc-cases-tabs"
      />
      {explain && <Alert type={explain.type} showIcon title={t(explain.text)} style={{ marginBottom: 8 }} />}
      <Space style={{ marginBottom: 8 }} wrap>
        <Button
          icon={<FileExcelOutlined />}
          href={qualityDownloads.cases(filter, code, term)}
          download
          data-testid="qc-cases-export"
        >
          {t('qc.export.excel')}
        </Button>
        {data && (
          <Typography.Text data-testid="qc-cases-count">
            {persons
              ? t('qc.cases.countPersons', {
                  persons: count(data.count, locale),
                  episodes: count(data.items.length, locale),
                })
              : t('qc.cases.countEpisodes', { episodes: count(data.items.length, locale) })}
          </Typography.Text>
        )}
      </Space>
      {cases.error && <Alert type="error" showIcon title={errorMessage(cases.error, t)} />}
      <Table<IndicatorCase>
        size="small"
        rowKey="caseId"
        loading={cases.isLoading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('qc.cases.empty', { term: t(`qc.term.${term}`) }) }}
        pagination={{
          defaultPageSize: 50,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total, [a, b]) => t('qc.cases.pageTotal', { a, b, total }),
        }}
        onRow={(r) => ({ onClick: () => navigate(caseUrl(r)), style: { cursor: 'pointer' } })}
        data-testid="qc-cases"
        columns={[
          {
            title: t('qc.cases.col.externalId'),
            dataIndex: 'externalId',
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('qc.cases.col.personId'),
            dataIndex: 'personId',
            render: (v: string, r) => (
              <Link to={caseUrl(r)} onClick={(e) => e.stopPropagation()}>
                {v}
              </Link>
            ),
          },
          {
            title: t('qc.cases.col.patient'),
            dataIndex: 'patientName',
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('qc.cases.col.anchorAt'),
            dataIndex: 'anchorAt',
            width: 150,
            render: (v: string) => fmtDateTime(v),
            sorter: (a, b) => a.anchorAt.localeCompare(b.anchorAt),
          },
          {
            title: t('qc.cases.col.procedure'),
            dataIndex: 'procedure',
            ellipsis: true,
            render: (v: string | null) => v ?? '—',
          },
          { title: t('qc.cases.col.ward'), dataIndex: 'wardCode', render: (v: string | null) => v ?? '—' },
          {
            title: t('qc.cases.col.source'),
            dataIndex: 'source',
            width: 100,
            render: (v: IndicatorCase['source']) => (
              <Tag color={v === 'import' ? 'purple' : 'blue'}>{t(`qc.source.${v}`)}</Tag>
            ),
          },
        ]}
      />
    </div>
  );
}
