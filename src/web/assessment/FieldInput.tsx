// One visit field: its label, its input by kind (yes/no, number with unit, choice, 0–3 points or
// text) and the reason it is invalid.
import { Typography } from 'antd';
import type { FieldDef } from '../../domain/assessment/visit-form';
import { FieldControl } from './FieldControl';
import { useVisitMessages } from './use-field-label';

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
      <FieldControl field={field} value={value} disabled={disabled} onChange={onChange} label={label} />
      {error && (
        <Typography.Text type="danger" style={{ fontSize: 12, display: 'block' }}>
          {error}
        </Typography.Text>
      )}
    </div>
  );
}
