// 随访任务: the open follow-up calls (day 28 after the operation when the outcome is unknown).
import { useQuery } from '@tanstack/react-query';
import { Alert, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../../app/api';
import { fmtDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n';
import type { MessageKey } from '../../i18n/zh-CN';

type Task = {
  id: string;
  caseId: string;
  patientId: string;
  kind: string;
  dueAt: string;
  patientName: string;
  patientMrn: string;
  phone: string | null;
  procedureText: string;
};

export default function FollowupPage() {
  const { t } = useI18n();
  const tasks = useQuery({
    queryKey: ['followup-tasks'],
    queryFn: () => api.get<{ items: Task[] }>('/api/v1/followup/tasks'),
  });
  if (tasks.error) return <Alert type="error" title={tasks.error.message} />;
  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('followup.title')}
      </Typography.Title>
      <Table
        size="small"
        rowKey="id"
        loading={tasks.isLoading}
        data-testid="followup-tasks"
        dataSource={tasks.data?.items ?? []}
        locale={{ emptyText: t('worklist.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('followup.due'), dataIndex: 'dueAt', width: 150, render: (v: string) => fmtDateTime(v) },
          {
            title: t('worklist.patient'),
            render: (_: unknown, r: Task) => (
              <Link to={`/patients/${r.patientId}`}>
                {r.patientName} <span style={{ color: '#8c8c8c' }}>{r.patientMrn}</span>
              </Link>
            ),
          },
          { title: t('followup.phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
          { title: t('worklist.procedure'), dataIndex: 'procedureText', ellipsis: true },
          { title: '', dataIndex: 'kind', render: (v: string) => t(`followup.kind.${v}` as MessageKey) },
        ]}
      />
    </div>
  );
}
