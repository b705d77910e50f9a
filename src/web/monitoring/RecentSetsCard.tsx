// The case's recent observation sets with their NEWS2 (S2: scored on SpO2 scale 2).
import { Card, Table, Tag } from 'antd';
import type { ObservationSet } from '../../api/monitoring';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { BAND_COLOR } from './news2-band';
import { useObservationSets } from './observation-set.resource';

export function RecentSetsCard({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const sets = useObservationSets(caseId);
  return (
    <Card size="small" title={t('obs.recent')} style={{ marginBottom: 12 }}>
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 8, hideOnSinglePage: true }}
        dataSource={sets.data?.items ?? []}
        columns={[
          { title: t('obs.takenAt'), dataIndex: 'takenAt', render: (v: string) => fmtDateTime(v) },
          {
            title: 'NEWS2',
            render: (_: unknown, s: ObservationSet) =>
              s.complete ? (
                <Tag color={BAND_COLOR[s.band ?? ''] ?? 'default'}>
                  {s.total}
                  {s.scale === 2 ? ' (S2)' : ''}
                </Tag>
              ) : (
                <Tag>{t('ward.incomplete')}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
