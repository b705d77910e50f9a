// The input of one visit field by its kind, labelled for assistive technology and for the e2e tests.
import { Input, InputNumber, Radio, Select } from 'antd';
import { type FieldDef, NUMERIC_SELECTS } from '../../domain/assessment/visit-form';
import { useVisitMessages } from './use-field-label';

const testId = (path: string) => `f-${path.replace(/\./g, '-')}`;

export function FieldControl({
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
