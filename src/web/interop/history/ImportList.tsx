// The history imports made so far, newest first: when, which files, how it ended and what it loaded; a row
// opens that import's result.
import { Alert, Card, Table } from 'antd';
import type { ImportList as ImportListResponse } from '../../../api/interop-history';
import { fmtDateTime } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { errorMessage } from '../../shared/use-attempt';
import { useImports } from './history-import.resource';
import { ImportStatusTag } from './ImportResult';
import { count } from './import-progress';

type Item = ImportListResponse['items'][number];

export function ImportList({ selected, onOpen }: { selected: string | null; onOpen: (id: string) => void }) {
  const { t, locale } = useI18n();
  const imports = useImports();
  const items = [...(imports.data?.items ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Card size="small" title={t('historyImport.list.title')}>
      {imports.error && <Alert type="error" showIcon title={errorMessage(imports.error, t)} />}
      <Table<Item>
        size="small"
        rowKey="id"
        loading={imports.isLoading}
        dataSource={items}
        locale={{ emptyText: t('historyImport.list.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(r) => ({ onClick: () => onOpen(r.id), style: { cursor: 'pointer' } })}
        rowClassName={(r) => (r.id === selected ? 'ant-table-row-selected' : '')}
        data-testid="history-imports"
        columns={[
          {
            title: t('historyImport.col.createdAt'),
            dataIndex: 'createdAt',
            width: 150,
            render: (v: string) => fmtDateTime(v),
          },
          {
            title: t('historyImport.col.files'),
            render: (_: unknown, r) => r.files.map((f) => f.name).join(locale === 'en-US' ? ', ' : '、'),
          },
          {
            title: t('historyImport.col.status'),
            dataIndex: 'status',
            width: 100,
            render: (v: Item['status']) => <ImportStatusTag status={v} />,
          },
          {
            title: t('historyImport.count.episodes'),
            width: 110,
            align: 'right',
            render: (_: unknown, r) => (r.counts ? count(r.counts.episodes, locale) : '—'),
          },
          {
            title: t('historyImport.col.problems'),
            dataIndex: 'errorCount',
            width: 90,
            align: 'right',
            render: (v: number) => count(v, locale),
          },
          {
            title: t('historyImport.col.finishedAt'),
            dataIndex: 'finishedAt',
            width: 150,
            render: (v: string | null) => fmtDateTime(v),
          },
        ]}
      />
    </Card>
  );
}
