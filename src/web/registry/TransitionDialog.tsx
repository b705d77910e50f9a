// Moves a case to the status chosen on the case page, at the time it happened (a reason to cancel).
// A status held by a safety gate goes ahead only with the reason of a user who may override it.
import { Alert, App, DatePicker, Input, Modal, Select, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CaseDetail } from '../../api/registry';
import {
  CANCEL_REASON_CODES,
  CANCEL_REASON_LABELS,
  type CancelReasonCode,
  cancelTextRequired,
} from '../../domain/registry/cancel-reasons';
import {
  CANCEL_STAGE_LABELS,
  type CancelStage,
  type CaseStatus,
  STATUS_LABELS,
  type TargetStatus,
} from '../../domain/registry/case-status';
import { ApiError } from '../shared/api';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { errorMessage } from '../shared/use-attempt';
import { useTransitionCase } from './case.resource';
import { type CaseHold, holdText } from './case-holds';

const GATE_REFUSALS = new Set(['transition_checklist_incomplete', 'room_occupied']);

const CANCEL_STAGE_OF: Partial<Record<CaseStatus, CancelStage>> = {
  scheduled: 'before_room',
  in_room: 'after_room_before_anesthesia',
  anesthesia_start: 'after_anesthesia_before_incision',
};

export function TransitionDialog({
  c,
  to,
  holds,
  onClose,
}: {
  c: CaseDetail;
  to: TargetStatus;
  holds: readonly CaseHold[];
  onClose: () => void;
}) {
  const { t, lang, locale } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const transition = useTransitionCase(c.id);
  const [at, setAt] = useState<Dayjs>(dayjs());
  const [reasonCode, setReasonCode] = useState<CancelReasonCode | undefined>();
  const [reason, setReason] = useState('');
  const [override, setOverride] = useState('');
  // A gate the page did not know of (the room taken meanwhile) is learnt from the server's refusal.
  const [refusedByGate, setRefusedByGate] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const needsOverride = can('case.gate_override') && (holds.length > 0 || refusedByGate);
  const stage = to === 'cancelled' ? CANCEL_STAGE_OF[c.status] : undefined;
  const textRequired = !!reasonCode && cancelTextRequired(reasonCode);
  const reasonMissing = to === 'cancelled' && (!reasonCode || (textRequired && !reason.trim()));

  const submit = async () => {
    setError(null);
    try {
      await transition.mutateAsync({
        to,
        at: at.toISOString(),
        version: c.version,
        ...(to === 'cancelled' ? { reasonCode, ...(reason.trim() ? { reason: reason.trim() } : {}) } : {}),
        ...(needsOverride ? { override: { reason: override.trim() } } : {}),
      });
      message.success(t('case.transition.done'));
      onClose();
    } catch (e) {
      if (e instanceof ApiError && GATE_REFUSALS.has(e.body.code)) setRefusedByGate(true);
      setError(errorMessage(e, t));
    }
  };

  return (
    <Modal
      open
      title={t('case.transition.title', { status: STATUS_LABELS[to][lang] })}
      onOk={submit}
      onCancel={onClose}
      okText={needsOverride ? t('case.transition.overrideConfirm') : t('case.transition.confirm')}
      cancelText={t('form.cancel')}
      okButtonProps={{
        loading: transition.isPending,
        danger: to === 'cancelled',
        disabled: reasonMissing || (needsOverride && !override.trim()),
      }}
    >
      {holds.map((h) => (
        <Alert
          key={h.kind}
          type="warning"
          showIcon
          title={holdText(h, t, locale)}
          style={{ marginBottom: 12 }}
          data-testid="transition-hold"
        />
      ))}
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
            <span>{t('case.transition.reasonCode')}</span>
            <Select
              value={reasonCode}
              onChange={setReasonCode}
              placeholder={t('case.transition.reasonPick')}
              style={{ width: '100%' }}
              showSearch
              optionFilterProp="label"
              // The whole list at once (eleven reasons), without scrolling.
              listHeight={360}
              options={CANCEL_REASON_CODES.map((code) => ({
                value: code,
                label: CANCEL_REASON_LABELS[code][lang],
              }))}
              data-testid="cancel-reason-code"
            />
            <span>
              {textRequired ? t('case.transition.reasonTextOther') : t('case.transition.reasonText')}
            </span>
            <Input.TextArea
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={200}
              data-testid="cancel-reason-text"
            />
          </>
        )}
        {needsOverride && (
          <>
            <span>{t('case.transition.override')}</span>
            <Input
              value={override}
              onChange={(e) => setOverride(e.target.value)}
              maxLength={200}
              data-testid="transition-override"
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
