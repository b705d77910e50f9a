// Declining a recommendation needs a reason, which stays with the task.
import { Input, Modal } from 'antd';
import { useState } from 'react';
import { useI18n } from '../shared/i18n';

export function DeclineDialog({
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
