// The bedside observation set, tablet-friendly: NEWS2 computed live by the same domain code the server
// runs, prefilled from the bedside monitor on request, taken now or at the time given ("1005"), saved as
// one set; a refused time or value is named at its field.
import { App, Button, Card, Form, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { fieldErrorsOf } from '../shared/error-text';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { BAND_COLOR } from './news2-band';
import { ObservationValuesFields } from './ObservationValuesFields';
import { setErrorText } from './observation-errors';
import { fetchBedsideVitals, useSaveObservationSet } from './observation-set.resource';
import { EMPTY, liveNews2, type Values } from './observation-values';
import { TakenAtField } from './TakenAtField';
import { TAKEN_NOW, type TakenAt, takenAtOf } from './taken-at';

export function ObservationEntryCard({ caseId }: { caseId: string }) {
  const { t, lang, locale } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const save = useSaveObservationSet(caseId);
  const [v, setV] = useState<Values>(EMPTY);
  const [taken, setTaken] = useState<TakenAt>(TAKEN_NOW);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const live = useMemo(() => liveNews2(v), [v]);
  const at = takenAtOf(taken);
  const prefill = async () => {
    const r = await fetchBedsideVitals(caseId);
    if (!r.at) {
      message.info(t('obs.noMonitor'));
      return;
    }
    const found = Object.fromEntries(Object.entries(r.values).filter(([, x]) => x !== null));
    setV({ ...v, ...found });
    message.success(t('obs.prefilled', { time: fmtDateTime(r.at) }));
  };
  const submit = async () => {
    if (at === 'invalid') return;
    try {
      const takenAt = new Date(at ?? Date.now()).toISOString();
      const r = await save.mutateAsync({ takenAt, values: v });
      message.success(r.complete ? t('obs.saved', { total: r.total ?? '' }) : t('obs.savedIncomplete'));
      setV(EMPTY);
      setTaken(TAKEN_NOW);
      setErrors({});
    } catch (e) {
      setErrors(fieldErrorsOf(e));
      message.error(setErrorText(e, t, locale));
    }
  };
  return (
    <Card
      size="small"
      title={t('obs.title')}
      style={{ marginBottom: 12 }}
      extra={
        <span data-testid="obs-live" data-total={live.status === 'complete' ? live.total : ''}>
          {t('obs.live')}：
          {live.status === 'complete' ? (
            <Tag color={BAND_COLOR[live.band] ?? 'default'} style={{ fontSize: 16 }}>
              {live.total} · {live.bandLabel[lang]}
            </Tag>
          ) : (
            <Tag>{t('ward.incomplete')}</Tag>
          )}
        </span>
      }
    >
      <ObservationValuesFields v={v} onChange={setV} errors={errors} />
      {can('observation.write') && (
        <Form layout="vertical" component="div" style={{ marginTop: 12 }}>
          <TakenAtField
            id="obs-taken-at"
            value={taken}
            onChange={(x) => {
              setTaken(x);
              setErrors(({ takenAt: _, ...rest }) => rest);
            }}
            error={errors.takenAt}
            size="large"
          />
          <Space>
            <Button
              type="primary"
              size="large"
              onClick={submit}
              disabled={at === 'invalid'}
              loading={save.isPending}
              data-testid="obs-submit"
            >
              {t('obs.submit')}
            </Button>
            <Button size="large" onClick={prefill} data-testid="obs-prefill">
              {t('obs.prefill')}
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
