// The patient's previous operations on the visit form: year, operation, anesthesia and what went wrong
// (困难气道, PONV…). Adding one answers "有既往手术麻醉史" yes; a signed visit lists them as text.
import { Input, InputNumber, Select } from 'antd';
import type { VisitData } from '../../domain/assessment/visit';
import { ANESTHESIA_METHOD_LABELS, ANESTHESIA_METHODS } from '../../domain/registry/vocabulary';
import { useI18n } from '../shared/i18n';
import { RowList } from './RowList';
import { useVisitMessages } from './use-field-label';

type Anesthetic = NonNullable<NonNullable<VisitData['anesthesiaHistory']>['items']>[number];

export function AnestheticList(props: {
  value: Anesthetic[];
  disabled: boolean;
  onChange: (v: Anesthetic[]) => void;
}) {
  const { t, lang } = useI18n();
  const messages = useVisitMessages();
  const unknown = messages.text('visit.list.unknown');
  return (
    <RowList<Anesthetic>
      {...props}
      testId="anesthetic"
      blank={() => ({ operation: '' })}
      addLabel={t('visit.anesthetic.add')}
      rowText={(a) =>
        messages.text('visit.pdf.anesthetic', {
          year: a.year ?? unknown,
          operation: a.operation,
          method: a.anesthesia ? ANESTHESIA_METHOD_LABELS[a.anesthesia][lang] : unknown,
          complications: a.complications || messages.text('visit.pdf.unanswered'),
        })
      }
      rowFields={(a, i, { update, focus }) => (
        <>
          <InputNumber
            size="small"
            min={1900}
            max={2100}
            placeholder={messages.text('visit.anesthetic.year')}
            aria-label={messages.text('visit.anesthetic.year')}
            data-testid={`anesthetic-${i}-year`}
            autoFocus={focus}
            value={a.year ?? null}
            onChange={(year) => update({ year: typeof year === 'number' ? year : null })}
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
            onChange={(e) => update({ operation: e.target.value })}
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
            onChange={(anesthesia) => update({ anesthesia: anesthesia ?? null })}
            options={ANESTHESIA_METHODS.map((m) => ({ value: m, label: ANESTHESIA_METHOD_LABELS[m][lang] }))}
          />
          <Input
            size="small"
            placeholder={messages.text('visit.anesthetic.complications')}
            aria-label={messages.text('visit.anesthetic.complications')}
            data-testid={`anesthetic-${i}-complications`}
            value={a.complications ?? ''}
            maxLength={200}
            onChange={(e) => update({ complications: e.target.value || null })}
            style={{ width: 220 }}
          />
        </>
      )}
    />
  );
}
