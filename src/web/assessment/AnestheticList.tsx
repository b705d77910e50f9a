// The patient's previous operations on the visit form: year, operation, anesthesia and what went wrong
// (困难气道, PONV…). Adding one answers "有既往手术麻醉史" yes; a signed visit lists them as text.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import type { VisitData } from '../../domain/assessment/visit';
import { ANESTHESIA_METHOD_LABELS, ANESTHESIA_METHODS } from '../../domain/registry/vocabulary';
import { useI18n } from '../shared/i18n';
import { useVisitMessages } from './use-field-label';

type Anesthetic = NonNullable<NonNullable<VisitData['anesthesiaHistory']>['items']>[number];

export function AnestheticList({
  value,
  disabled,
  onChange,
}: {
  value: Anesthetic[];
  disabled: boolean;
  onChange: (v: Anesthetic[]) => void;
}) {
  const { t, lang } = useI18n();
  const messages = useVisitMessages();
  // A row just added takes the focus, so the keyboard goes on typing into it.
  const [added, setAdded] = useState(false);
  const update = (i: number, patch: Partial<Anesthetic>) =>
    onChange(value.map((a, k) => (k === i ? { ...a, ...patch } : a)));
  const unknown = messages.text('visit.list.unknown');
  if (disabled)
    return (
      <div data-testid="anesthetic-list">
        {value.map((a, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
          <div key={i} style={{ fontWeight: 600 }}>
            {messages.text('visit.pdf.anesthetic', {
              year: a.year ?? unknown,
              operation: a.operation,
              method: a.anesthesia ? ANESTHESIA_METHOD_LABELS[a.anesthesia][lang] : unknown,
              complications: a.complications || messages.text('visit.pdf.unanswered'),
            })}
          </div>
        ))}
      </div>
    );
  return (
    <div data-testid="anesthetic-list">
      {value.map((a, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
        <Space key={i} style={{ marginBottom: 6 }} wrap>
          <InputNumber
            size="small"
            min={1900}
            max={2100}
            placeholder={messages.text('visit.anesthetic.year')}
            aria-label={messages.text('visit.anesthetic.year')}
            data-testid={`anesthetic-${i}-year`}
            autoFocus={added && i === value.length - 1}
            value={a.year ?? null}
            onChange={(year) => update(i, { year: typeof year === 'number' ? year : null })}
            style={{ width: 80 }}
          />
          <Input
            size="small"
            placeholder={messages.text('visit.anesthetic.operation')}
            aria-label={messages.text('visit.anesthetic.operation')}
            data-testid={`anesthetic-${i}-operation`}
            value={a.operation}
            // Named or not saved: the row is required to say what it is.
            status={a.operation.trim() ? undefined : 'error'}
            maxLength={100}
            onChange={(e) => update(i, { operation: e.target.value })}
            style={{ width: 170 }}
          />
          <Select
            size="small"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={messages.text('visit.anesthetic.anesthesia')}
            aria-label={messages.text('visit.anesthetic.anesthesia')}
            data-testid={`anesthetic-${i}-anesthesia`}
            value={a.anesthesia ?? undefined}
            style={{ width: 150 }}
            onChange={(anesthesia) => update(i, { anesthesia: anesthesia ?? null })}
            options={ANESTHESIA_METHODS.map((m) => ({ value: m, label: ANESTHESIA_METHOD_LABELS[m][lang] }))}
          />
          <Input
            size="small"
            placeholder={messages.text('visit.anesthetic.complications')}
            aria-label={messages.text('visit.anesthetic.complications')}
            data-testid={`anesthetic-${i}-complications`}
            value={a.complications ?? ''}
            maxLength={200}
            onChange={(e) => update(i, { complications: e.target.value || null })}
            style={{ width: 220 }}
          />
          <Button size="small" danger type="link" onClick={() => onChange(value.filter((_, k) => k !== i))}>
            ×
          </Button>
        </Space>
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        data-testid="anesthetic-add"
        data-visit-stop
        onClick={() => {
          setAdded(true);
          onChange([...value, { operation: '' }]);
        }}
      >
        {t('visit.anesthetic.add')}
      </Button>
    </div>
  );
}
