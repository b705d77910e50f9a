// One history import as it goes: the bar while it runs (live events, and a read every second), then what it
// loaded — episodes, persons, admissions, deliveries, by year — or, when a file was refused, every problem found
// (file, line, column, why), nothing having been imported.
import { Alert, Card, Descriptions, Progress, Space, Table, Tag, Typography } from 'antd';
import type { ImportErrorItem, ImportState } from '../../../api/interop-history';
import { fmtDateTime } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { Loading } from '../../shared/Loading';
import { errorMessage } from '../../shared/use-attempt';
import { useImport, useLiveImport, useRefreshWhenFinished } from './history-import.resource';
import { count, fileSize, percentDone } from './import-progress';

const STATUS_COLOR: Record<ImportState['status'], string> = {
  running: 'processing',
  done: 'success',
  rejected: 'error',
};

export function ImportStatusTag({ status }: { status: ImportState['status'] }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLOR[status]}>{t(`historyImport.status.${status}`)}</Tag>;
}

function Summary({ counts }: { counts: NonNullable<ImportState['counts']> }) {
  const { t, locale } = useI18n();
  const years = Object.entries(counts.byYear).sort(([a], [b]) => a.localeCompare(b));
  const n = (v: number) => count(v, locale);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Descriptions size="small" column={4} bordered data-testid="history-summary">
        <Descriptions.Item label={t('historyImport.count.episodes')}>{n(counts.episodes)}</Descriptions.Item>
        <Descriptions.Item label={t('historyImport.count.persons')}>{n(counts.persons)}</Descriptions.Item>
        <Descriptions.Item label={t('historyImport.count.admissions')}>
          {n(counts.admissions)}
        </Descriptions.Item>
        <Descriptions.Item label={t('historyImport.count.deliveries')}>
          {n(counts.deliveries)}
        </Descriptions.Item>
        <Descriptions.Item label={t('historyImport.count.staffingYears')}>
          {n(counts.staffingYears)}
        </Descriptions.Item>
        <Descriptions.Item label={t('historyImport.count.wardPeriods')}>
          {n(counts.wardPeriods)}
        </Descriptions.Item>
        <Descriptions.Item label={t('historyImport.count.patientsCreated')}>
          {n(counts.patientsCreated)}
        </Descriptions.Item>
        <Descriptions.Item label={t('historyImport.count.admissionsCreated')}>
          {n(counts.admissionsCreated)}
        </Descriptions.Item>
        <Descriptions.Item label={t('historyImport.count.wardsCreated')}>
          {n(counts.wardsCreated)}
        </Descriptions.Item>
        <Descriptions.Item label={t('historyImport.count.unchanged')}>
          {n(counts.unchanged)}
        </Descriptions.Item>
      </Descriptions>
      <div data-testid="history-by-year">
        <Typography.Text strong>{t('historyImport.byYear')}</Typography.Text>{' '}
        {years.length === 0 ? (
          <Typography.Text type="secondary">{t('historyImport.byYear.none')}</Typography.Text>
        ) : (
          years.map(([year, v]) => <Tag key={year}>{t('historyImport.byYear.item', { year, n: n(v) })}</Tag>)
        )}
      </div>
    </Space>
  );
}

function Problems({ errors }: { errors: ImportErrorItem[] }) {
  const { t, locale } = useI18n();
  return (
    <Table<ImportErrorItem>
      size="small"
      rowKey={(e, i) => `${e.file}-${e.row ?? 'file'}-${e.column ?? ''}-${i}`}
      dataSource={errors}
      data-testid="history-problems"
      pagination={{
        defaultPageSize: 50,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (total, [a, b]) => t('historyImport.problems.total', { a, b, total }),
      }}
      columns={[
        {
          title: t('historyImport.col.file'),
          dataIndex: 'file',
          width: 130,
          render: (v: string) => `${v}.csv`,
        },
        {
          title: t('historyImport.col.row'),
          dataIndex: 'row',
          width: 90,
          render: (v: number | null) => v ?? t('historyImport.wholeFile'),
        },
        {
          title: t('historyImport.col.column'),
          dataIndex: 'column',
          width: 200,
          render: (v: string | null) => v ?? '—',
        },
        {
          title: t('historyImport.col.message'),
          render: (_: unknown, e) => e.messages[locale] || e.message,
        },
      ]}
    />
  );
}

export function ImportResult({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const state = useImport(id);
  useLiveImport(id);
  useRefreshWhenFinished(state.data);
  if (state.isLoading) return <Loading />;
  const s = state.data;
  if (!s) return <Alert type="error" showIcon title={errorMessage(state.error, t)} />;
  const percent = percentDone(s.progress, s.status);
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Space>
          {t('historyImport.result.title', { time: fmtDateTime(s.createdAt) })}
          <ImportStatusTag status={s.status} />
        </Space>
      }
      data-testid="history-result"
    >
      <Typography.Paragraph type="secondary">
        {s.files
          .map((f) => t('historyImport.fileChosen', { name: f.name, size: fileSize(f.bytes, locale) }))
          .join(locale === 'en-US' ? '; ' : '；')}
      </Typography.Paragraph>
      <Progress
        percent={percent}
        status={s.status === 'rejected' ? 'exception' : s.status === 'done' ? 'success' : 'active'}
        data-testid="history-progress"
      />
      <Typography.Paragraph type="secondary">
        {s.progress.total > 0
          ? t('historyImport.progress', {
              done: count(s.progress.done, locale),
              total: count(s.progress.total, locale),
            })
          : t('historyImport.progress.reading')}
        {s.finishedAt && ` · ${t('historyImport.finishedAt', { time: fmtDateTime(s.finishedAt) })}`}
      </Typography.Paragraph>
      {s.status === 'done' && s.counts && (
        <>
          <Alert type="success" showIcon title={t('historyImport.done')} style={{ marginBottom: 8 }} />
          <Summary counts={s.counts} />
        </>
      )}
      {s.status === 'rejected' && (
        <>
          <Alert
            type="error"
            showIcon
            title={t('historyImport.rejected', { n: count(s.errors.length, locale) })}
            style={{ marginBottom: 8 }}
          />
          <Problems errors={s.errors} />
        </>
      )}
    </Card>
  );
}
