// The patient's current medications on the visit form, with the kind and time of the last dose; a
// signed visit lists them as text.
import { Input, Select } from 'antd';
import { DRUG_KINDS, type VisitData } from '../../domain/assessment/visit';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { DateTimeInput } from './DateTimeInput';
import { RowList } from './RowList';
import { useVisitMessages } from './use-field-label';

type Medication = NonNullable<VisitData['medications']>[number];

export function MedicationList(props: {
  value: Medication[];
  disabled: boolean;
  onChange: (v: Medication[]) => void;
}) {
  const { t } = useI18n();
  const messages = useVisitMessages();
  return (
    <RowList<Medication>
      {...props}
      testId="med"
      blank={() => ({ name: '', kind: 'anticoagulant' })}
      addLabel={t('visit.med.add')}
      emptyText={messages.text('visit.o.none')}
      rowText={(m) =>
        messages.text('visit.pdf.medication', {
          name: m.name,
          kind: messages.label(`visit.o.${m.kind}`),
          lastDose: m.lastDoseAt ? fmtDateTime(m.lastDoseAt) : messages.text('visit.pdf.unanswered'),
        })
      }
      rowFields={(m, i, { update, focus }) => (
        <>
          <Input
            size="small"
            placeholder={messages.text('visit.med.name')}
            aria-label={messages.text('visit.med.name')}
            data-testid={`med-${i}-name`}
            autoFocus={focus}
            value={m.name}
            // Named or not saved: the row is required to say what it is.
            status={m.name.trim() ? undefined : 'error'}
            maxLength={100}
            onChange={(e) => update({ name: e.target.value })}
            style={{ width: 160 }}
          />
          <Select
            size="small"
            value={m.kind}
            style={{ width: 120 }}
            aria-label={messages.text('visit.med.kind')}
            onChange={(kind) => update({ kind })}
            options={DRUG_KINDS.map((k) => ({ value: k, label: messages.text(`visit.o.${k}`) }))}
          />
          <span>{messages.text('visit.med.lastDoseAt')}</span>
          <DateTimeInput
            value={m.lastDoseAt ?? null}
            disabled={false}
            label={messages.text('visit.med.lastDoseAt')}
            onChange={(v) => update({ lastDoseAt: v })}
          />
        </>
      )}
    />
  );
}
