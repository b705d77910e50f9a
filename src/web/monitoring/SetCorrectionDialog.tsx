// Correcting a set (its values, its time) or voiding it, with the reason; the corrected NEWS2 shows while
// typing. Why it failed is said at the top and at each field; what the set was is kept by the server.
import { App, Tag } from 'antd';
import { useMemo, useState } from 'react';
import type { ObservationSet } from '../../api/monitoring';
import { CorrectionModal } from '../shared/CorrectionModal';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { BAND_COLOR } from './news2-band';
import { ObservationValuesFields } from './ObservationValuesFields';
import { setErrorText } from './observation-errors';
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
  const live = useMemo(() => liveNews2(v, set.scale === 2 ? 2 : 1), [v, set.scale]);
  const at = takenAtOf(taken);
  const what = `${fmtDateTime(set.takenAt)} NEWS2 ${set.total ?? t('ward.incomplete')}`;
  const submit = async (reason: string) => {
    const body = { version: set.version, reason };
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
  };
  return (
    <CorrectionModal
      width={action === 'edit' ? 640 : 480}
      title={t(action === 'void' ? 'obs.voidTitle' : 'obs.correctTitle', { what })}
      action={action}
      testId="set-correction"
      labels={{
        ok: action === 'void' ? t('obs.void') : t('obs.correct'),
        reason: action === 'void' ? t('obs.voidReason') : t('obs.correctionReason'),
        voidNote: t('obs.voidNote'),
      }}
      onClose={onClose}
      onSubmit={submit}
      errorText={(e) => setErrorText(e, t, locale)}
      okDisabled={action === 'edit' && at === 'invalid'}
    >
      {(errors) =>
        action === 'edit' && (
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
        )
      }
    </CorrectionModal>
  );
}
