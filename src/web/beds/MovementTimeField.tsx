// When a movement happened: now by default, editable because staff often record a move after the fact
// (the event time is kept apart from the time it was recorded); never in the future.
import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../shared/i18n';

/** The instant for the API (ISO 8601 with the offset); empty = now, which the server takes as absent. */
export const atOf = (value: Dayjs | null): string | undefined => (value ? value.format() : undefined);

export function MovementTimeField({
  value,
  onChange,
  testId,
  error,
}: {
  value: Dayjs | null;
  onChange: (value: Dayjs | null) => void;
  testId: string;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <Form.Item
      label={t('beds.board.move.at')}
      extra={t('beds.board.move.atHint')}
      validateStatus={error ? 'error' : undefined}
      help={error}
    >
      <DatePicker
        showTime={{ format: 'HH:mm' }}
        format="YYYY-MM-DD HH:mm"
        value={value}
        onChange={onChange}
        placeholder={t('beds.board.move.now')}
        disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        style={{ width: 220 }}
        data-testid={testId}
      />
    </Form.Item>
  );
}
