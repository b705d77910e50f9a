// A worklist of cases: 待访视 (a visit to start or finish) or 高危患者 (the flags raised), each opening its visit.
import { Alert, Space, Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { WorklistItem } from '../../api/assessment';
import { flagLabel } from '../../domain/assessment/risk-flags';
import { useI18n } from '../shared/i18n';
import { scheduledColumn } from './scheduled-column';
import { useWorklist, type WorklistKind } from './worklist.resource';

export function CaseWorklist({ kind }: { kind: WorklistKind }) {
  const { t, lang } = useI18n();
  const list = useWorklist(kind);
  if (list.error) return <Alert type="error" title={list.error.message} />;
  return (
    <Table
      size="small"
      rowKey="caseId"
      loading={list.isLoading}
      data-testid={`worklist-${kind}`}
      dataSource={list.data?.items ?? []}
      locale={{ emptyText: t('worklist.empty') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        scheduledColumn(t('worklist.scheduled')),
        { title: t('worklist.room'), dataIndex: 'orRoom', width: 80 },
        {
          title: t('worklist.patient'),
          render: (_: unknown, r: WorklistItem) => (
            <Link to={`/patients/${r.patientId}`}>
              {r.patientName} <span style={{ color: '#8c8c8c' }}>{r.patientMrn}</span>
            </Link>
          ),
        },
        { title: t('worklist.procedure'), dataIndex: 'procedureText', ellipsis: true },
        {
          title: kind === 'high-risk' ? t('worklist.flags') : t('worklist.visitStatus'),
          render: (_: unknown, r: WorklistItem) =>
            kind === 'high-risk' ? (
              <Space wrap size={2}>
                {(r.flags ?? []).map((f) => (
                  <Tag key={f} color="red">
                    {flagLabel(f, lang)}
                  </Tag>
                ))}
              </Space>
            ) : (
              <Tag color={r.visitStatus ? 'blue' : 'default'}>
                {r.visitStatus ? t(`visit.status.${r.visitStatus}`) : t('visit.none')}
              </Tag>
            ),
        },
        {
          title: t('worklist.actions'),
          width: 110,
          render: (_: unknown, r: WorklistItem) => (
            <Link to={`/cases/${r.caseId}/visit`} data-testid={`worklist-open-${r.caseId}`}>
              {t(
                kind === 'pending-visits' ? (r.visitStatus ? 'visit.continue' : 'visit.start') : 'visit.view',
              )}
            </Link>
          ),
        },
      ]}
    />
  );
}
