// A date and time to the minute, as an ISO instant (null when cleared).
import { DatePicker } from 'antd';
import dayjs from 'dayjs';

export function DateTimeInput({
  value,
  disabled,
  onChange,
  testId: tid,
}: {
  value: string | null;
  disabled: boolean;
  onChange: (iso: string | null) => void;
  testId?: string;
}) {
  return (
    <DatePicker
      size="small"
      showTime={{ format: 'HH:mm' }}
      format="YYYY-MM-DD HH:mm"
      disabled={disabled}
      data-testid={tid}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange(d ? d.toISOString() : null)}
    />
  );
}
