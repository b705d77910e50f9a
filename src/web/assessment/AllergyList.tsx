// The patient's allergies on the visit form: kind (drug, food, other), the allergen and the reaction.
// Adding one answers "有过敏史" yes; a signed visit lists them as text.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { VisitData } from '../../domain/assessment/visit';
import { ALLERGEN_KINDS } from '../../domain/assessment/visit-preop';
import { useI18n } from '../shared/i18n';
import { useVisitMessages } from './use-field-label';

type Allergy = NonNullable<NonNullable<VisitData['allergies']>['items']>[number];

export function AllergyList({
  value,
  disabled,
  onChange,
}: {
  value: Allergy[];
  disabled: boolean;
  onChange: (v: Allergy[]) => void;
}) {
  const { t } = useI18n();
  const messages = useVisitMessages();
  // A row just added takes the focus, so the keyboard goes on typing into it.
  const [added, setAdded] = useState(false);
  const update = (i: number, patch: Partial<Allergy>) =>
    onChange(value.map((a, k) => (k === i ? { ...a, ...patch } : a)));
  if (disabled)
    return (
      <div data-testid="allergy-list" style={{ fontWeight: 600, color: '#cf1322' }}>
        {value.map((a, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
          <div key={i}>
            {messages.text('visit.pdf.allergy', {
              kind: messages.label(`visit.o.${a.kind}`),
              substance: a.substance,
              reaction: a.reaction || messages.text('visit.pdf.unanswered'),
            })}
          </div>
        ))}
      </div>
    );
  return (
    <div data-testid="allergy-list">
      {value.map((a, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
        <Space key={i} style={{ marginBottom: 6 }} wrap>
          <Select
            size="small"
            value={a.kind}
            style={{ width: 90 }}
            aria-label={messages.text('visit.allergy.kind')}
            onChange={(kind) => update(i, { kind })}
            options={ALLERGEN_KINDS.map((k) => ({ value: k, label: messages.label(`visit.o.${k}`) }))}
          />
          <Input
            size="small"
            placeholder={messages.text('visit.allergy.substance')}
            aria-label={messages.text('visit.allergy.substance')}
            data-testid={`allergy-${i}-substance`}
            autoFocus={added && i === value.length - 1}
            value={a.substance}
            // Named or not saved: the row is required to say what it is.
            status={a.substance.trim() ? undefined : 'error'}
            maxLength={100}
            onChange={(e) => update(i, { substance: e.target.value })}
            style={{ width: 160 }}
          />
          <Input
            size="small"
            placeholder={messages.text('visit.allergy.reaction')}
            aria-label={messages.text('visit.allergy.reaction')}
            data-testid={`allergy-${i}-reaction`}
            value={a.reaction ?? ''}
            maxLength={200}
            onChange={(e) => update(i, { reaction: e.target.value || null })}
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
        data-testid="allergy-add"
        data-visit-stop
        onClick={() => {
          setAdded(true);
          onChange([...value, { kind: 'drug', substance: '' }]);
        }}
      >
        {t('visit.allergy.add')}
      </Button>
    </div>
  );
}
