// The patient's current medications on the visit form, with the kind and time of the last dose; a
// signed visit lists them as text.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { DRUG_KINDS, type VisitData } from '../../domain/assessment/visit';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { DateTimeInput } from './DateTimeInput';
import { useVisitMessages } from './use-field-label';

type Medication = NonNullable<VisitData['medications']>[number];

export function MedicationList({
  value,
  disabled,
  onChange,
}: {
  value: Medication[];
  disabled: boolean;
  onChange: (v: Medication[]) => void;
}) {
  const { t } = useI18n();
  const messages = useVisitMessages();
  // A row just added takes the focus, so the keyboard goes on typing into it.
  const [added, setAdded] = useState(false);
  const update = (i: number, patch: Partial<Medication>) =>
    onChange(value.map((m, k) => (k === i ? { ...m, ...patch } : m)));
  if (disabled)
    return (
      <div data-testid="med-list" style={{ fontWeight: value.length ? 600 : 400 }}>
        {value.length === 0 && messages.text('visit.o.none')}
        {value.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
          <div key={i}>
            {messages.text('visit.pdf.medication', {
              name: m.name,
              kind: messages.label(`visit.o.${m.kind}`),
              lastDose: m.lastDoseAt ? fmtDateTime(m.lastDoseAt) : messages.text('visit.pdf.unanswered'),
            })}
          </div>
        ))}
      </div>
    );
  return (
    <div data-testid="med-list">
      {value.length === 0 && (
        <Typography.Text type="secondary" style={{ marginRight: 8 }}>
          {messages.text('visit.o.none')}
        </Typography.Text>
      )}
      {value.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
        <Space key={i} style={{ marginBottom: 6 }} wrap>
          <Input
            size="small"
            placeholder={messages.text('visit.med.name')}
            aria-label={messages.text('visit.med.name')}
            data-testid={`med-${i}-name`}
            autoFocus={added && i === value.length - 1}
            value={m.name}
            // Named or not saved: the row is required to say what it is.
            status={m.name.trim() ? undefined : 'error'}
            maxLength={100}
            onChange={(e) => update(i, { name: e.target.value })}
            style={{ width: 160 }}
          />
          <Select
            size="small"
            value={m.kind}
            style={{ width: 120 }}
            aria-label={messages.text('visit.med.kind')}
            onChange={(kind) => update(i, { kind })}
            options={DRUG_KINDS.map((k) => ({ value: k, label: messages.text(`visit.o.${k}`) }))}
          />
          <span>{messages.text('visit.med.lastDoseAt')}</span>
          <DateTimeInput
            value={m.lastDoseAt ?? null}
            disabled={false}
            label={messages.text('visit.med.lastDoseAt')}
            onChange={(v) => update(i, { lastDoseAt: v })}
          />
          <Button size="small" danger type="link" onClick={() => onChange(value.filter((_, k) => k !== i))}>
            ×
          </Button>
        </Space>
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        data-testid="med-add"
        data-visit-stop
        onClick={() => {
          setAdded(true);
          onChange([...value, { name: '', kind: 'anticoagulant' }]);
        }}
      >
        {t('visit.med.add')}
      </Button>
    </div>
  );
}
