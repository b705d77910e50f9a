// The values of a set, tablet-sized: respiration, SpO2, oxygen, blood pressure, pulse, temperature and
// consciousness (ACVPU), as the entry card and the correction dialog both show them.
import { Col, InputNumber, Radio, Row } from 'antd';
import type { MessageKey } from '../shared/i18n';
import { useI18n } from '../shared/i18n';
import type { Values } from './observation-values';

export function ObservationValuesFields({
  v,
  onChange,
  errors = {},
  prefix = 'obs',
  size = 'large',
}: {
  v: Values;
  onChange: (v: Values) => void;
  /** The server's message per field (`values.pulse`). */
  errors?: Record<string, string>;
  /** Ids and test ids: `obs-pulse` on the entry card, another prefix in a dialog over it. */
  prefix?: string;
  size?: 'middle' | 'large';
}) {
  const { t } = useI18n();
  const error = (key: keyof Values) => errors[`values.${key}`];
  const label = (key: keyof Values, text: MessageKey) => (
    <label htmlFor={`${prefix}-${key}-input`}>{t(text)}</label>
  );
  const num = (key: keyof Values, text: MessageKey, min: number, max: number, step = 1) => (
    <div>
      <div>{label(key, text)}</div>
      <InputNumber
        id={`${prefix}-${key}-input`}
        size={size}
        style={{ width: '100%' }}
        min={min}
        max={max}
        step={step}
        status={error(key) ? 'error' : undefined}
        value={v[key] as number | null}
        onChange={(x) => onChange({ ...v, [key]: typeof x === 'number' ? x : null })}
        data-testid={`${prefix}-${key}`}
      />
      {error(key) && <div style={{ color: '#ff4d4f', fontSize: 12 }}>{error(key)}</div>}
    </div>
  );
  return (
    <Row gutter={[12, 12]}>
      <Col span={8}>{num('respirationRate', 'obs.rr', 0, 80)}</Col>
      <Col span={8}>{num('spo2', 'obs.spo2', 40, 100)}</Col>
      <Col span={8}>
        <div>{t('obs.o2')}</div>
        <Radio.Group
          size={size}
          optionType="button"
          value={v.onOxygen}
          onChange={(e) => onChange({ ...v, onOxygen: e.target.value })}
          data-testid={`${prefix}-onOxygen`}
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
          size={size}
          optionType="button"
          value={v.consciousness}
          onChange={(e) => onChange({ ...v, consciousness: e.target.value })}
          data-testid={`${prefix}-consciousness`}
          options={['A', 'C', 'V', 'P', 'U'].map((x) => ({ value: x, label: x }))}
        />
      </Col>
    </Row>
  );
}
