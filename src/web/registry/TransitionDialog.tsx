// Moves a case to the status chosen on the case page, at the time it happened (a reason to cancel).
import { Alert, App, DatePicker, Input, Modal, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CaseDetail } from '../../api/registry';
import {
  CANCEL_STAGE_LABELS,
  type CancelStage,
  type CaseStatus,
  STATUS_LABELS,
  type TargetStatus,
} from '../../domain/registry/case-status';
import { useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';
import { useTransitionCase } from './case.resource';

const CANCEL_STAGE_OF: Partial<Record<CaseStatus, CancelStage>> = {
  scheduled: 'before_room',
  in_room: 'after_room_before_anesthesia',
  anesthesia_start: 'after_anesthesia_before_incision',
};

export function TransitionDialog({
  c,
  to,
  onClose,
}: {
  c: CaseDetail;
  to: TargetStatus;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const transition = useTransitionCase(c.id);
  const [at, setAt] = useState<Dayjs>(dayjs());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const stage = to === 'cancelled' ? CANCEL_STAGE_OF[c.status] : undefined;

  const submit = async () => {
    setError(null);
    try {
      await transition.mutateAsync({
        to,
        at: at.toISOString(),
        version: c.version,
        ...(to === 'cancelled' ? { reason } : {}),
      });
      message.success(t('case.transition.done'));
      onClose();
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };

  return (
    <Modal
      open
      title={t('case.transition.title', { status: STATUS_LABELS[to][lang] })}
      onOk={submit}
      onCancel={onClose}
      okText={t('case.transition.confirm')}
      cancelText={t('form.cancel')}
      okButtonProps={{
        loading: transition.isPending,
        danger: to === 'cancelled',
        disabled: to === 'cancelled' && !reason.trim(),
      }}
    >
      {error && (
        <Alert type="error" title={error} style={{ marginBottom: 12 }} data-testid="transition-error" />
      )}
      <Space direction="vertical" style={{ width: '100%' }}>
        <span>{t('case.transition.at')}</span>
        <DatePicker
          showTime
          value={at}
          onChange={(d) => d && setAt(d)}
          allowClear={false}
          style={{ width: '100%' }}
        />
        {to === 'cancelled' && (
          <>
            {stage && <Tag>{t('case.transition.stage', { stage: CANCEL_STAGE_LABELS[stage][lang] })}</Tag>}
            <span>{t('case.transition.reason')}</span>
            <Input.TextArea
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={200}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
