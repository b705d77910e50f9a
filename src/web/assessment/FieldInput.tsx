// One visit field, rendered by its kind: yes/no, number with unit, choice, 0–3 points or text.
import { DatePicker, Input, InputNumber, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { type FieldDef, NUMERIC_SELECTS } from '../../domain/assessment/visit-form';
import { useVisitMessages } from './use-field-label';

const testId = (path: string) => `f-${path.replace(/\./g, '-')}`;

export function FieldInput({
  field,
  value,
  error,
  disabled,
  onChange,
}: {
  field: FieldDef;
  value: unknown;
  error?: string;
  disabled: boolean;
  onChange: (v: unknown) => void;
}) {
  const messages = useVisitMessages();
  const label = messages.label(field.label);
  return (
    <div>
      <div style={{ fontSize: 12, color: value === undefined || value === null ? '#8c8c8c' : undefined }}>
        {label}
      </div>
      <Control field={field} value={value} disabled={disabled} onChange={onChange} label={label} />
      {error && (
        <Typography.Text type="danger" style={{ fontSize: 12, display: 'block' }}>
          {error}
        </Typography.Text>
      )}
    </div>
  );
}

function Control({
  field,
  value,
  disabled,
  onChange,
  label,
}: {
  field: FieldDef;
  value: unknown;
  disabled: boolean;
  onChange: (v: unknown) => void;
  label: string;
}) {
  const messages = useVisitMessages();
  const id = testId(field.path);
  switch (field.kind) {
    case 'yesno':
    case 'points': {
      const options =
        field.kind === 'yesno'
          ? [
              { value: true, label: messages.text('visit.yes') },
              { value: false, label: messages.text('visit.no') },
            ]
          : Array.from({ length: field.max + 1 }, (_, k) => ({ value: k, label: String(k) }));
      return (
        <Radio.Group
          size="small"
          optionType="button"
          disabled={disabled}
          value={value ?? null}
          onChange={(e) => onChange(e.target.value)}
          data-testid={id}
          aria-label={label}
          options={options}
        />
      );
    }
    case 'number':
      return (
        <InputNumber
          size="small"
          style={{ width: 180 }}
          min={field.min}
          max={field.max}
          step={field.step}
          disabled={disabled}
          value={typeof value === 'number' ? value : null}
          suffix={field.unit}
          aria-label={label}
          data-testid={id}
          onChange={(v) => onChange(typeof v === 'number' ? v : null)}
        />
      );
    case 'select': {
      const numeric = NUMERIC_SELECTS.has(field.path);
      return (
        <Select
          size="small"
          style={{ width: 200 }}
          allowClear
          disabled={disabled}
          aria-label={label}
          data-testid={id}
          value={value === undefined || value === null ? undefined : String(value)}
          onChange={(v: string | undefined) => onChange(v === undefined ? null : numeric ? Number(v) : v)}
          options={field.options.map((o) => ({ value: o, label: messages.option(field.path, o) }))}
        />
      );
    }
    case 'text':
      return (
        <Input
          size="small"
          maxLength={field.maxLength}
          disabled={disabled}
          aria-label={label}
          data-testid={id}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value || null)}
        />
      );
  }
}

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
