// One visit field: its label, its input by kind (yes/no, number with unit, choice, 0–3 points, text,
// date) or, once signed, its answer as plain text in full contrast; the reason it is invalid and what
// an examination's result says about it.
import { Typography } from 'antd';
import { answerText } from '../../domain/assessment/answer-text';
import type { FieldDef } from '../../domain/assessment/visit-form';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { FieldControl, fieldTestId } from './FieldControl';
import { useVisitMessages } from './use-field-label';

export function FieldInput({
  field,
  value,
  error,
  notes = [],
  disabled,
  onChange,
}: {
  field: FieldDef;
  value: unknown;
  error?: string;
  notes?: string[];
  disabled: boolean;
  onChange: (v: unknown) => void;
}) {
  const { locale } = useI18n();
  const messages = useVisitMessages();
  const label = messages.label(field.label);
  const empty = value === undefined || value === null || value === '';
  const answer = answerText(field, value, locale, fmtDateTime);
  return (
    <div>
      <div style={{ fontSize: 12, color: empty && !disabled ? '#8c8c8c' : '#595959' }}>{label}</div>
      {disabled ? (
        <span
          data-testid={fieldTestId(field.path)}
          data-answer={empty ? '' : String(value)}
          style={{
            fontWeight: empty ? 400 : 600,
            // A positive finding stands out; how something was measured or done does not.
            color: empty ? '#8c8c8c' : value === true && !field.noShortcut ? '#cf1322' : '#262626',
          }}
        >
          {answer ?? messages.text('visit.pdf.unanswered')}
        </span>
      ) : (
        <FieldControl field={field} value={value} onChange={onChange} label={label} />
      )}
      {error && (
        <Typography.Text type="danger" style={{ fontSize: 12, display: 'block' }}>
          {error}
        </Typography.Text>
      )}
      {notes.map((n) => (
        <Typography.Text key={n} type="warning" style={{ fontSize: 12, display: 'block' }}>
          {n}
        </Typography.Text>
      ))}
    </div>
  );
}
