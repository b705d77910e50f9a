// The time a set was taken: typed as "1005" (today, or yesterday when today's is still to come), with a
// date picked when it was another day; empty, the moment it is saved. The server's refusal shows under it.
import { DatePicker, Form, Space } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../shared/i18n';
import { TimeOfDayInput } from '../shared/TimeOfDayInput';
import { type TakenAt, takenAtOf } from './taken-at';

export function TakenAtField({
  id,
  value,
  onChange,
  error,
  size = 'middle',
  testId = 'obs-takenAt',
}: {
  id: string;
  value: TakenAt;
  onChange: (value: TakenAt) => void;
  error?: string;
  size?: 'middle' | 'large';
  testId?: string;
}) {
  const { t } = useI18n();
  const needsTime = value.day !== null && value.time === null;
  const problem = error ?? (needsTime ? t('obs.needTime') : undefined);
  return (
    <Form.Item
      label={t('obs.takenAt')}
      htmlFor={id}
      validateStatus={problem || takenAtOf(value) === 'invalid' ? 'error' : undefined}
      help={problem}
      extra={t('obs.dayHint')}
      style={{ marginBottom: 8 }}
    >
      <Space>
        <TimeOfDayInput
          id={id}
          value={value.time}
          onChange={(time) => onChange({ ...value, time })}
          size={size}
          testId={testId}
        />
        <DatePicker
          size={size}
          allowClear
          placeholder={t('obs.day')}
          value={value.day ? dayjs(value.day) : null}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          onChange={(d) => onChange({ ...value, day: d ? d.format('YYYY-MM-DD') : null })}
          data-testid={`${testId}-day`}
        />
      </Space>
    </Form.Item>
  );
}
