// 术前评估 worklists: 待访视 (next 3 days, no signed visit), 高危患者 (this week), and the
// recommendations followed as tasks until someone accepts, declines (with a reason) or completes them.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Input, Modal, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { flagLabel } from '../../domain/assessment/risk-flags';
import { api, query } from '../shared/api';
import { fmtDateTime } from '../shared/format';
import type { MessageKey } from '../shared/i18n';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { errorMessage } from '../shared/use-attempt';

type WorklistItem = {
  caseId: string;
  patientId: string;
  patientName: string;
  patientMrn: string;
  scheduledStart: string;
  orRoom: string;
  procedureText: string;
  visitStatus: string | null;
  flags?: string[];
};
type Task = {
  id: string;
  caseId: string;
  patientName: string;
  patientMrn: string;
  scheduledStart: string;
  orRoom: string;
  code: string;
  text: { zh: string; en: string };
  source: string;
  status: 'open' | 'accepted' | 'declined' | 'done';
  reason: string | null;
  actedAt: string | null;
  version: number;
};
const scheduledColumn = (title: string) => ({
  title,
  dataIndex: 'scheduledStart',
  render: (v: string) => fmtDateTime(v),
  width: 150,
});
const TABS = ['pending', 'high-risk', 'tasks'] as const;

export default function WorklistsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((k) => k === params.get('tab')) ?? 'pending';
  return (
    <Tabs
      activeKey={tab}
      onChange={(k) => setParams({ tab: k })}
      items={[
        { key: 'pending', label: t('worklist.pending'), children: <CaseList kind="pending-visits" /> },
        { key: 'high-risk', label: t('worklist.highRisk'), children: <CaseList kind="high-risk" /> },
        { key: 'tasks', label: t('worklist.tasks'), children: <TaskList /> },
      ]}
    />
  );
}

function CaseList({ kind }: { kind: 'pending-visits' | 'high-risk' }) {
  const { t, lang } = useI18n();
  const list = useQuery({
    queryKey: ['worklist', kind],
    queryFn: () => api.get<{ items: WorklistItem[] }>(`/api/v1/worklists/${kind}`),
  });
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
                {r.visitStatus ? t(`visit.status.${r.visitStatus}` as MessageKey) : t('visit.none')}
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

function TaskList() {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [all, setAll] = useState(false);
  const [declining, setDeclining] = useState<Task | null>(null);
  const tasks = useQuery({
    queryKey: ['recommendations', all],
    queryFn: () =>
      api.get<{ items: Task[] }>(`/api/v1/recommendations${query({ status: all ? 'all' : 'open' })}`),
  });
  const act = async (task: Task, action: 'accept' | 'decline' | 'complete', reason?: string) => {
    try {
      await api.post(`/api/v1/recommendations/${task.id}/actions`, { action, reason, version: task.version });
      await client.invalidateQueries({ queryKey: ['recommendations'] });
      return true;
    } catch (e) {
      message.error(errorMessage(e, t));
      await client.invalidateQueries({ queryKey: ['recommendations'] });
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
            render: (_: unknown, r: Task) => (
              <Link to={`/cases/${r.caseId}/visit`}>
                {r.patientName} <span style={{ color: '#8c8c8c' }}>{r.patientMrn}</span>
              </Link>
            ),
          },
          {
            title: t('worklist.recommendation'),
            render: (_: unknown, r: Task) => (
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
            render: (_: unknown, r: Task) => (
              <Tag color={r.status === 'open' ? 'red' : r.status === 'accepted' ? 'blue' : 'default'}>
                {t(`worklist.status.${r.status}`)}
              </Tag>
            ),
          },
          {
            title: t('worklist.actions'),
            width: 200,
            render: (_: unknown, r: Task) =>
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

function DeclineDialog({
  onCancel,
  onOk,
}: {
  onCancel: () => void;
  onOk: (reason: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  return (
    <Modal
      open
      title={t('worklist.decline')}
      onCancel={onCancel}
      cancelText={t('form.cancel')}
      okButtonProps={{ disabled: !reason.trim() }}
      onOk={() => onOk(reason.trim())}
    >
      <span>{t('worklist.declineReason')}</span>
      <Input.TextArea rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
    </Modal>
  );
}
