// The recommendations the visits raised, followed as tasks: accept, complete or decline with a reason.
import { Alert, App, Button, Checkbox, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { RecommendationTask } from '../../api/assessment';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { errorMessage } from '../shared/use-attempt';
import { DeclineDialog } from './DeclineDialog';
import { scheduledColumn } from './scheduled-column';
import { useRecommendations, useTaskAction } from './worklist.resource';

export function TaskWorklist() {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const taskAction = useTaskAction();
  const [all, setAll] = useState(false);
  const [declining, setDeclining] = useState<RecommendationTask | null>(null);
  const tasks = useRecommendations(all);
  const act = async (
    task: RecommendationTask,
    action: 'accept' | 'decline' | 'complete',
    reason?: string,
  ) => {
    try {
      await taskAction.mutateAsync({ task, action, reason });
      return true;
    } catch (e) {
      message.error(errorMessage(e, t));
      return false;
    }
  };
  if (tasks.error) return <Alert type="error" title={tasks.error.message} />;
  return (
    <>
      <Checkbox checked={all} onChange={(e) => setAll(e.target.checked)} style={{ marginBottom: 8 }}>
        {t('worklist.showAll')}
      </Checkbox>
      <Table
        size="small"
        rowKey="id"
        loading={tasks.isLoading}
        data-testid="worklist-tasks"
        dataSource={tasks.data?.items ?? []}
        locale={{ emptyText: t('worklist.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          scheduledColumn(t('worklist.scheduled')),
          {
            title: t('worklist.patient'),
            width: 160,
            render: (_: unknown, r: RecommendationTask) => (
              <Link to={`/cases/${r.caseId}/visit`}>
                {r.patientName} <span style={{ color: '#8c8c8c' }}>{r.patientMrn}</span>
              </Link>
            ),
          },
          {
            title: t('worklist.recommendation'),
            render: (_: unknown, r: RecommendationTask) => (
              <div data-testid={`task-${r.code}`}>
                {r.text[lang]}
                <div style={{ fontSize: 12, color: '#8c8c8c' }}>{r.source}</div>
                {r.reason && <div style={{ fontSize: 12 }}>{r.reason}</div>}
              </div>
            ),
          },
          {
            title: t('worklist.status'),
            width: 110,
            render: (_: unknown, r: RecommendationTask) => (
              <Tag color={r.status === 'open' ? 'red' : r.status === 'accepted' ? 'blue' : 'default'}>
                {t(`worklist.status.${r.status}`)}
              </Tag>
            ),
          },
          {
            title: t('worklist.actions'),
            width: 200,
            render: (_: unknown, r: RecommendationTask) =>
              can('assessment.write') && (r.status === 'open' || r.status === 'accepted') ? (
                <Space size={4}>
                  {r.status === 'open' && (
                    <Button size="small" onClick={() => act(r, 'accept')}>
                      {t('worklist.accept')}
                    </Button>
                  )}
                  <Button size="small" onClick={() => act(r, 'complete')}>
                    {t('worklist.complete')}
                  </Button>
                  <Button size="small" danger onClick={() => setDeclining(r)}>
                    {t('worklist.decline')}
                  </Button>
                </Space>
              ) : (
                r.actedAt && t('worklist.acted', { time: fmtDateTime(r.actedAt) })
              ),
          },
        ]}
      />
      {declining && (
        <DeclineDialog
          onCancel={() => setDeclining(null)}
          onOk={async (reason) => {
            if (await act(declining, 'decline', reason)) setDeclining(null);
          }}
        />
      )}
    </>
  );
}
