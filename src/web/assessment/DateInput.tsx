// The day an examination was done (YYYY-MM-DD, null when cleared), typed as its digits ("20261119").
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { usePickerKeyboard } from './picker-keyboard';

// A mask: the digits typed fill it ("20261119" → 2026-11-19).
const FORMAT = { format: 'YYYY-MM-DD', type: 'mask' } as const;

export function DateInput({
  value,
  onChange,
  testId,
  label,
}: {
  value: string | null;
  onChange: (day: string | null) => void;
  testId: string;
  label: string;
}) {
  const picker = usePickerKeyboard(FORMAT.format, value, (d) => onChange(d.format('YYYY-MM-DD')));
  return (
    <DatePicker
      {...picker}
      size="small"
      format={FORMAT}
      aria-label={label}
      data-testid={testId}
      // An examination is not done in the future (the calendar offers no later day).
      disabledDate={(d) => d.isAfter(dayjs(), 'day')}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
    />
  );
}
