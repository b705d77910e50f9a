// Recording a follow-up call: the patient is alive, died (when, of what), or could not be reached.
import { App, DatePicker, Input, Modal, Radio, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CallInput, FollowupTask } from '../../api/followup';
import { useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';
import { useCompleteTask } from './followup.resource';

export function CallDialog({ task, onClose }: { task: FollowupTask; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const complete = useCompleteTask();
  const [status, setStatus] = useState<CallInput['status']>('alive');
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
          await complete.mutateAsync({
            taskId: task.id,
            body:
              status === 'alive'
                ? { status }
                : status === 'died'
                  ? { status, deathAt: deathAt!.toISOString(), cause: text.trim() }
                  : { status, note: text.trim() },
          });
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
