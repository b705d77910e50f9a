// 随访任务: the open follow-up calls (day 28 after the operation when the outcome is unknown).
import { Alert, Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FollowupTask } from '../../api/followup';
import { fmtDateTime } from '../shared/format';
import type { MessageKey } from '../shared/i18n';
import { useI18n } from '../shared/i18n';
import { CallDialog } from './CallDialog';
import { useFollowupTasks } from './followup.resource';

export default function FollowupPage() {
  const { t } = useI18n();
  const [doing, setDoing] = useState<FollowupTask | null>(null);
  const tasks = useFollowupTasks();
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
            render: (_: unknown, r: FollowupTask) => (
              <Link to={`/patients/${r.patientId}`}>
                {r.patientName} <span style={{ color: '#8c8c8c' }}>{r.patientMrn}</span>
              </Link>
            ),
          },
          { title: t('followup.phone'), dataIndex: 'phone', render: (v: string | null) => v ?? '—' },
          { title: t('worklist.procedure'), dataIndex: 'procedureText', ellipsis: true },
          { title: '', dataIndex: 'kind', render: (v: string) => t(`followup.kind.${v}` as MessageKey) },
          {
            title: '',
            width: 100,
            render: (_: unknown, r: FollowupTask) => (
              <Button
                size="small"
                type="link"
                onClick={() => setDoing(r)}
                data-testid={`followup-do-${r.id}`}
              >
                {t('followup.record')}
              </Button>
            ),
          },
        ]}
      />
      {doing && <CallDialog task={doing} onClose={() => setDoing(null)} />}
    </div>
  );
}
