// 随访任务: the open follow-up calls (day 28 after the operation when the outcome is unknown).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Input, Modal, Radio, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../shared/api';
import { fmtDateTime } from '../shared/format';
import type { MessageKey } from '../shared/i18n';
import { useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';

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
  const [doing, setDoing] = useState<Task | null>(null);
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
          {
            title: '',
            width: 100,
            render: (_: unknown, r: Task) => (
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

function CallDialog({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [status, setStatus] = useState<'alive' | 'died' | 'unreachable'>('alive');
  const [deathAt, setDeathAt] = useState<Dayjs | null>(null);
  const [text, setText] = useState('');
  const ready = status === 'alive' || (status === 'died' ? !!deathAt && !!text.trim() : !!text.trim());
  return (
    <Modal
      open
      title={`${task.patientName} · ${t('followup.kind.day28_call')}`}
      onCancel={onClose}
      cancelText={t('form.cancel')}
      okButtonProps={{ disabled: !ready }}
      onOk={async () => {
        try {
          await api.post(
            `/api/v1/followup/tasks/${task.id}/complete`,
            status === 'alive'
              ? { status }
              : status === 'died'
                ? { status, deathAt: deathAt!.toISOString(), cause: text.trim() }
                : { status, note: text.trim() },
          );
          await client.invalidateQueries({ queryKey: ['followup-tasks'] });
          onClose();
        } catch (e) {
          message.error(errorMessage(e, t));
        }
      }}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Radio.Group
          optionType="button"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          options={(['alive', 'died', 'unreachable'] as const).map((s) => ({
            value: s,
            label: t(`followup.status.${s}`),
          }))}
        />
        {status === 'died' && (
          <DatePicker showTime value={deathAt} onChange={setDeathAt} placeholder={t('followup.deathAt')} />
        )}
        {status !== 'alive' && (
          <Input
            placeholder={status === 'died' ? t('followup.cause') : t('followup.note')}
            maxLength={200}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Space>
    </Modal>
  );
}
