// Amending a signed record: a reason, and the record opens again as the next revision.
import { Alert, Input, Modal } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../api/registry';
import { useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';
import { amendRecord } from './record.resource';

export function AmendDialog({
  c,
  version,
  onClose,
  onDone,
}: {
  c: CaseDetail;
  version: number;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open
      title={t('record.amend')}
      onCancel={onClose}
      cancelText={t('form.cancel')}
      okButtonProps={{ disabled: !reason.trim() }}
      onOk={async () => {
        try {
          await amendRecord(c.id, { reason: reason.trim(), version });
          await onDone();
        } catch (e) {
          setError(errorMessage(e, t));
        }
      }}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
      <span>{t('record.amendReason')}</span>
      <Input.TextArea rows={2} maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
    </Modal>
  );
}
