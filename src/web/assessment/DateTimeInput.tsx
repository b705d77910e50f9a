// A date and time to the minute, as an ISO instant (null when cleared), typed as its digits
// ("202611222130"); a complete time is taken as typed, without a confirm click.
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { usePickerKeyboard } from './picker-keyboard';

// A mask: the digits typed fill it ("202611192130" → 2026-11-19 21:30).
const FORMAT = { format: 'YYYY-MM-DD HH:mm', type: 'mask' } as const;

export function DateTimeInput({
  value,
  disabled,
  onChange,
  testId: tid,
  label,
}: {
  value: string | null;
  disabled: boolean;
  onChange: (iso: string | null) => void;
  testId?: string;
  label?: string;
}) {
  const picker = usePickerKeyboard(FORMAT.format, value, (d) => onChange(d.toISOString()));
  return (
    <DatePicker
      {...picker}
      size="small"
      showTime={{ format: 'HH:mm' }}
      format={FORMAT}
      needConfirm={false}
      disabled={disabled}
      aria-label={label}
      data-testid={tid}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange(d ? d.toISOString() : null)}
    />
  );
}
