// The bedside observation set, tablet-friendly: NEWS2 computed live by the same domain code the server
// runs, prefilled from the bedside monitor on request, saved as one set.
import { App, Button, Card, Col, InputNumber, Radio, Row, Space, Tag } from 'antd';
import { useMemo, useState } from 'react';
import type { ObservationValues } from '../../api/monitoring';
import { getInstrument } from '../../domain/scores/index';
import { fmtDateTime } from '../shared/format';
import type { MessageKey } from '../shared/i18n';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { errorMessage } from '../shared/use-attempt';
import { BAND_COLOR } from './news2-band';
import { fetchBedsideVitals, useSaveObservationSet } from './observation-set.resource';

/** Every value of the form, empty (`null`) until entered. */
type Values = { [K in keyof ObservationValues]-?: Exclude<ObservationValues[K], undefined> };
const EMPTY: Values = {
  respirationRate: null,
  spo2: null,
  onOxygen: null,
  systolicBp: null,
  pulse: null,
  consciousness: null,
  temperature: null,
};

export function ObservationEntryCard({ caseId }: { caseId: string }) {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const save = useSaveObservationSet(caseId);
  const [v, setV] = useState<Values>(EMPTY);
  const live = useMemo(() => {
    const input = Object.fromEntries(Object.entries({ ...v, spo2Scale: 1 }).filter(([, x]) => x !== null));
    return getInstrument('news2')!.compute(input as never);
  }, [v]);
  const num = (key: keyof Values, label: MessageKey, min: number, max: number, step = 1) => (
    <div>
      <div>{t(label)}</div>
      <InputNumber
        size="large"
        style={{ width: '100%' }}
        min={min}
        max={max}
        step={step}
        value={v[key] as number | null}
        onChange={(x) => setV({ ...v, [key]: typeof x === 'number' ? x : null })}
        data-testid={`obs-${key}`}
      />
    </div>
  );
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
    try {
      const r = await save.mutateAsync({ takenAt: new Date().toISOString(), values: v });
      message.success(r.complete ? t('obs.saved', { total: r.total ?? '' }) : t('obs.savedIncomplete'));
      setV(EMPTY);
    } catch (e) {
      message.error(errorMessage(e, t));
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
      <Row gutter={[12, 12]}>
        <Col span={8}>{num('respirationRate', 'obs.rr', 0, 80)}</Col>
        <Col span={8}>{num('spo2', 'obs.spo2', 40, 100)}</Col>
        <Col span={8}>
          <div>{t('obs.o2')}</div>
          <Radio.Group
            size="large"
            optionType="button"
            value={v.onOxygen}
            onChange={(e) => setV({ ...v, onOxygen: e.target.value })}
            data-testid="obs-onOxygen"
            options={[
              { value: true, label: t('visit.yes') },
              { value: false, label: t('visit.no') },
            ]}
          />
        </Col>
        <Col span={8}>{num('systolicBp', 'obs.sbp', 30, 300)}</Col>
        <Col span={8}>{num('pulse', 'obs.pulse', 10, 300)}</Col>
        <Col span={8}>{num('temperature', 'obs.temp', 25, 45, 0.1)}</Col>
        <Col span={24}>
          <div>{t('obs.acvpu')}</div>
          <Radio.Group
            size="large"
            optionType="button"
            value={v.consciousness}
            onChange={(e) => setV({ ...v, consciousness: e.target.value })}
            data-testid="obs-consciousness"
            options={['A', 'C', 'V', 'P', 'U'].map((x) => ({ value: x, label: x }))}
          />
        </Col>
      </Row>
      {can('observation.write') && (
        <Space style={{ marginTop: 12 }}>
          <Button type="primary" size="large" onClick={submit} data-testid="obs-submit">
            {t('obs.submit')}
          </Button>
          <Button size="large" onClick={prefill} data-testid="obs-prefill">
            {t('obs.prefill')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
