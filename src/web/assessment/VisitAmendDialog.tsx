// Opens a new revision of a signed visit: the reason is required and kept with the revision.
import { Alert, Input, Modal } from 'antd';
import { useState } from 'react';
import type { Visit } from '../../api/assessment';
import { useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';
import { useAmendVisit } from './visit.resource';

export function VisitAmendDialog({
  caseId,
  onClose,
  onDone,
}: {
  caseId: string;
  onClose: () => void;
  onDone: (row: Visit) => void;
}) {
  const { t } = useI18n();
  const amend = useAmendVisit(caseId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open
      title={t('visit.amend')}
      onCancel={onClose}
      okButtonProps={{ disabled: !reason.trim(), loading: amend.isPending }}
      okText={t('visit.amend')}
      cancelText={t('form.cancel')}
      onOk={async () => {
        try {
          onDone(await amend.mutateAsync(reason));
        } catch (e) {
          setError(errorMessage(e, t));
        }
      }}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
      <span>{t('visit.amendReason')}</span>
      <Input.TextArea
        rows={2}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        data-testid="visit-amend-reason"
      />
    </Modal>
  );
}
