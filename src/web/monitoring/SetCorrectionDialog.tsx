// Correcting a set (its values, its time) or voiding it, with the reason; the corrected NEWS2 shows while
// typing. Why it failed is said at the top and at each field; what the set was is kept by the server.
import { Alert, App, Form, Input, Modal, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { ObservationSet } from '../../api/monitoring';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { BAND_COLOR } from './news2-band';
import { ObservationValuesFields } from './ObservationValuesFields';
import { setErrorText, setFieldErrors } from './observation-errors';
import { useCorrectObservationSet } from './observation-set.resource';
import { changedValues, liveNews2, valuesOf } from './observation-values';
import { TakenAtField } from './TakenAtField';
import { type TakenAt, takenAtOf } from './taken-at';

export function SetCorrectionDialog({
  caseId,
  set,
  action,
  onClose,
}: {
  caseId: string;
  set: ObservationSet;
  action: 'edit' | 'void';
  onClose: () => void;
}) {
  const { t, lang, locale } = useI18n();
  const { message } = App.useApp();
  const correct = useCorrectObservationSet(caseId);
  const before = useMemo(() => valuesOf(set.values), [set.values]);
  const [v, setV] = useState(before);
  const [taken, setTaken] = useState<TakenAt>({ time: Date.parse(set.takenAt), day: null });
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const live = useMemo(() => liveNews2(v, set.scale === 2 ? 2 : 1), [v, set.scale]);
  const at = takenAtOf(taken);
  const what = `${fmtDateTime(set.takenAt)} NEWS2 ${set.total ?? t('ward.incomplete')}`;
  const submit = async () => {
    try {
      const body = { version: set.version, reason: reason.trim() };
      if (action === 'void') {
        await correct.mutateAsync({ action, setId: set.id, body });
        message.success(t('obs.voidedSaved'));
      } else {
        const moved = typeof at === 'number' && at !== Date.parse(set.takenAt);
        const r = await correct.mutateAsync({
          action,
          setId: set.id,
          body: {
            ...body,
            values: changedValues(before, v),
            ...(moved ? { takenAt: new Date(at).toISOString() } : {}),
          },
        });
        message.success(t('obs.correctedSaved', { total: r.total ?? t('ward.incomplete') }));
        if (r.withdrawnAlerts.length) message.info(t('obs.withdrawn', { n: r.withdrawnAlerts.length }));
      }
      onClose();
    } catch (e) {
      const text = setErrorText(e, t, locale);
      setError(text);
      setErrors(setFieldErrors(e));
      message.error(text);
    }
  };
  return (
    <Modal
      open
      width={action === 'edit' ? 640 : 480}
      title={t(action === 'void' ? 'obs.voidTitle' : 'obs.correctTitle', { what })}
      onCancel={onClose}
      onOk={submit}
      cancelText={t('form.cancel')}
      okText={action === 'void' ? t('obs.void') : t('obs.correct')}
      okButtonProps={{
        loading: correct.isPending,
        danger: action === 'void',
        disabled: !reason.trim() || (action === 'edit' && at === 'invalid'),
        'data-testid': 'set-correction-ok',
      }}
    >
      {error && (
        <Alert type="error" title={error} style={{ marginBottom: 8 }} data-testid="set-correction-error" />
      )}
      <Form layout="vertical" component="div">
        {action === 'edit' && (
          <>
            <ObservationValuesFields v={v} onChange={setV} errors={errors} prefix="fix" size="middle" />
            <div
              style={{ margin: '8px 0' }}
              data-testid="fix-live"
              data-total={live.status === 'complete' ? live.total : ''}
            >
              {t('obs.live')}：
              {live.status === 'complete' ? (
                <Tag color={BAND_COLOR[live.band] ?? 'default'}>
                  {live.total} · {live.bandLabel[lang]}
                </Tag>
              ) : (
                <Tag>{t('ward.incomplete')}</Tag>
              )}
            </div>
            <TakenAtField
              id="fix-taken-at"
              value={taken}
              onChange={setTaken}
              error={errors.takenAt}
              testId="fix-takenAt"
            />
          </>
        )}
        {action === 'void' && (
          <Typography.Paragraph type="secondary">{t('obs.voidNote')}</Typography.Paragraph>
        )}
        <Form.Item
          label={action === 'void' ? t('obs.voidReason') : t('obs.correctionReason')}
          htmlFor="set-correction-reason"
          required
          validateStatus={errors.reason ? 'error' : undefined}
          help={errors.reason}
        >
          <Input
            id="set-correction-reason"
            maxLength={200}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="set-correction-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
