// The patient's current medications on the visit form, with the kind and time of the last dose.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Typography } from 'antd';
import { DRUG_KINDS, type VisitData } from '../../domain/assessment/visit';
import { useI18n } from '../shared/i18n';
import { DateTimeInput } from './DateTimeInput';
import { useVisitMessages } from './use-field-label';

export function MedicationList({
  value,
  disabled,
  onChange,
}: {
  value: NonNullable<VisitData['medications']>;
  disabled: boolean;
  onChange: (v: NonNullable<VisitData['medications']>) => void;
}) {
  const { t } = useI18n();
  const messages = useVisitMessages();
  const update = (i: number, patch: Partial<(typeof value)[number]>) =>
    onChange(value.map((m, k) => (k === i ? { ...m, ...patch } : m)));
  return (
    <Card
      size="small"
      title={messages.text('visit.s.medications')}
      style={{ marginBottom: 12 }}
      extra={
        !disabled && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => onChange([...value, { name: '', kind: 'anticoagulant' }])}
          >
            {t('visit.med.add')}
          </Button>
        )
      }
    >
      {value.length === 0 && (
        <Typography.Text type="secondary">{messages.text('visit.o.none')}</Typography.Text>
      )}
      {value.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
        <Space key={i} style={{ marginBottom: 6 }} wrap>
          <Input
            size="small"
            placeholder={messages.text('visit.med.name')}
            value={m.name}
            maxLength={100}
            disabled={disabled}
            onChange={(e) => update(i, { name: e.target.value })}
            style={{ width: 160 }}
          />
          <Select
            size="small"
            value={m.kind}
            disabled={disabled}
            style={{ width: 120 }}
            onChange={(kind) => update(i, { kind })}
            options={DRUG_KINDS.map((k) => ({ value: k, label: messages.text(`visit.o.${k}`) }))}
          />
          <span>{messages.text('visit.med.lastDoseAt')}</span>
          <DateTimeInput
            value={m.lastDoseAt ?? null}
            disabled={disabled}
            onChange={(v) => update(i, { lastDoseAt: v })}
          />
          {!disabled && (
            <Button size="small" danger type="link" onClick={() => onChange(value.filter((_, k) => k !== i))}>
              ×
            </Button>
          )}
        </Space>
      ))}
    </Card>
  );
}
