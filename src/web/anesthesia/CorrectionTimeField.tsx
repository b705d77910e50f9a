// The time field of a correction dialog: a labelled time-of-day input with its field error under it.
import { Form } from 'antd';
import type { TimeSpan } from '../../domain/common/time-of-day';
import { TimeOfDayInput, type TimeValue } from '../shared/TimeOfDayInput';

export function CorrectionTimeField({
  id,
  label,
  error,
  value,
  onChange,
  span,
  testId,
}: {
  id: string;
  label: string;
  error: string | undefined;
  value: TimeValue;
  onChange: (value: TimeValue) => void;
  span: TimeSpan | undefined;
  testId?: string;
}) {
  return (
    <Form.Item label={label} htmlFor={id} validateStatus={error ? 'error' : undefined} help={error}>
      <TimeOfDayInput id={id} value={value} onChange={onChange} span={span} size="middle" testId={testId} />
    </Form.Item>
  );
}
