// Acknowledging an early-warning alert: the action taken (and a note), recorded with who and when.
import { App, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { ACK_ACTIONS, type AckAction } from '../../domain/monitoring/escalation';
import { useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';
import { type BedAlert, useAckEwsAlert } from './ward-board.resource';

export function AlertAckDialog({ alert, onClose }: { alert: BedAlert; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const ack = useAckEwsAlert();
  const [action, setAction] = useState<AckAction | null>(null);
  const [note, setNote] = useState('');
  return (
    <Modal
      open
      title={t('ward.ackTitle')}
      onCancel={onClose}
      cancelText={t('form.cancel')}
      okButtonProps={{ disabled: !action }}
      okText={t('ward.ack')}
      onOk={async () => {
        if (!action) return;
        try {
          await ack.mutateAsync({
            alertId: alert.id,
            action,
            version: alert.version,
            ...(note.trim() ? { note: note.trim() } : {}),
          });
          onClose();
        } catch (e) {
          message.error(errorMessage(e, t));
        }
      }}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select
          style={{ width: '100%' }}
          placeholder={t('ward.action')}
          value={action}
          onChange={setAction}
          data-testid="ack-action"
          options={ACK_ACTIONS.map((a) => ({ value: a, label: t(`ward.action.${a}`) }))}
        />
        <Input.TextArea
          rows={2}
          placeholder={t('ward.note')}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Space>
    </Modal>
  );
}
