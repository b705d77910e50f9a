// The input of one visit field by its kind, labelled for assistive technology and for the e2e tests,
// and filled from the keyboard: numbers typed, 是/否 by Y/N or 1/2, a choice by typing its number or
// part of its name, Tab to the next field. A signed (read-only) field shows its answer as text.
import { Input, InputNumber, Select } from 'antd';
import { type FieldDef, NUMERIC_SELECTS } from '../../domain/assessment/visit-form';
import { ChoiceInput, type ChoiceOption } from './ChoiceInput';
import { DateInput } from './DateInput';
import { DateTimeInput } from './DateTimeInput';
import { useVisitMessages } from './use-field-label';

export const fieldTestId = (path: string) => `f-${path.replace(/\./g, '-')}`;

type SelectOption = { value: string; label: string; index: number };

/** A choice matches what is typed by its number in the list, its value (ASA "3") or part of its name. */
const matches = (numeric: boolean) => (input: string, option?: SelectOption) => {
  if (!option) return false;
  const typed = input.trim().toLowerCase();
  if (/^\d+$/.test(typed)) return numeric ? option.value === typed : String(option.index) === typed;
  return option.label.toLowerCase().includes(typed) || option.value.toLowerCase().includes(typed);
};

export function FieldControl({
  field,
  value,
  onChange,
  label,
}: {
  field: FieldDef;
  value: unknown;
  onChange: (v: unknown) => void;
  label: string;
}) {
  const messages = useVisitMessages();
  const id = fieldTestId(field.path);
  switch (field.kind) {
    case 'yesno': {
      const options: ChoiceOption<boolean>[] = [
        { value: true, label: messages.text('visit.yes'), keys: ['y', '1'] },
        { value: false, label: messages.text('visit.no'), keys: ['n', '2'] },
      ];
      return (
        <ChoiceInput
          options={options}
          value={typeof value === 'boolean' ? value : null}
          onChange={onChange}
          label={label}
          testId={id}
        />
      );
    }
    case 'points': {
      const options: ChoiceOption<number>[] = Array.from({ length: field.max + 1 }, (_, k) => ({
        value: k,
        label: String(k),
        keys: [String(k)],
      }));
      return (
        <ChoiceInput
          options={options}
          value={typeof value === 'number' ? value : null}
          onChange={onChange}
          label={label}
          testId={id}
        />
      );
    }
    case 'number':
      return (
        <InputNumber
          size="small"
          style={{ width: 150 }}
          min={field.min}
          max={field.max}
          step={field.step}
          value={typeof value === 'number' ? value : null}
          suffix={field.unit}
          aria-label={label}
          data-testid={id}
          onChange={(v) => onChange(typeof v === 'number' ? v : null)}
        />
      );
    case 'select': {
      const numeric = NUMERIC_SELECTS.has(field.path);
      const options: SelectOption[] = field.options.map((o, k) => ({
        value: o,
        label: messages.option(field.path, o),
        index: k + 1,
      }));
      return (
        <Select<string, SelectOption>
          size="small"
          style={{ width: 170 }}
          allowClear
          showSearch={{ filterOption: matches(numeric) }}
          aria-label={label}
          data-testid={id}
          value={value === undefined || value === null ? undefined : String(value)}
          onChange={(v: string | undefined) => onChange(v === undefined ? null : numeric ? Number(v) : v)}
          options={options}
          // The number to type for each choice (numeric classes are typed as their value).
          optionRender={(o) => (numeric ? o.label : `${o.data.index} · ${o.label}`)}
        />
      );
    }
    case 'text':
      return (
        <Input
          size="small"
          maxLength={field.maxLength}
          aria-label={label}
          data-testid={id}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value || null)}
        />
      );
    case 'date':
      return (
        <DateInput
          testId={id}
          label={label}
          value={typeof value === 'string' ? value : null}
          onChange={(v) => onChange(v)}
        />
      );
    case 'datetime':
      return (
        <DateTimeInput
          testId={id}
          label={label}
          value={typeof value === 'string' ? value : null}
          disabled={false}
          onChange={(v) => onChange(v)}
        />
      );
  }
}
