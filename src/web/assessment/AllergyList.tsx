// The patient's allergies on the visit form: kind (drug, food, other), the allergen and the reaction.
// Adding one answers "有过敏史" yes; a signed visit lists them as text.
import { Input, Select } from 'antd';
import type { VisitData } from '../../domain/assessment/visit';
import { ALLERGEN_KINDS } from '../../domain/assessment/visit-preop';
import { useI18n } from '../shared/i18n';
import { RowList } from './RowList';
import { useVisitMessages } from './use-field-label';

type Allergy = NonNullable<NonNullable<VisitData['allergies']>['items']>[number];

export function AllergyList(props: {
  value: Allergy[];
  disabled: boolean;
  onChange: (v: Allergy[]) => void;
}) {
  const { t } = useI18n();
  const messages = useVisitMessages();
  return (
    <RowList<Allergy>
      {...props}
      testId="allergy"
      blank={() => ({ kind: 'drug', substance: '' })}
      addLabel={t('visit.allergy.add')}
      textStyle={{ color: '#cf1322' }}
      rowText={(a) =>
        messages.text('visit.pdf.allergy', {
          kind: messages.label(`visit.o.${a.kind}`),
          substance: a.substance,
          reaction: a.reaction || messages.text('visit.pdf.unanswered'),
        })
      }
      rowFields={(a, i, { update, focus }) => (
        <>
          <Select
            size="small"
            value={a.kind}
            style={{ width: 90 }}
            aria-label={messages.text('visit.allergy.kind')}
            onChange={(kind) => update({ kind })}
            options={ALLERGEN_KINDS.map((k) => ({ value: k, label: messages.label(`visit.o.${k}`) }))}
          />
          <Input
            size="small"
            placeholder={messages.text('visit.allergy.substance')}
            aria-label={messages.text('visit.allergy.substance')}
            data-testid={`allergy-${i}-substance`}
            autoFocus={focus}
            value={a.substance}
            // Named or not saved: the row is required to say what it is.
            status={a.substance.trim() ? undefined : 'error'}
            maxLength={100}
            onChange={(e) => update({ substance: e.target.value })}
            style={{ width: 160 }}
          />
          <Input
            size="small"
            placeholder={messages.text('visit.allergy.reaction')}
            aria-label={messages.text('visit.allergy.reaction')}
            data-testid={`allergy-${i}-reaction`}
            value={a.reaction ?? ''}
            maxLength={200}
            onChange={(e) => update({ reaction: e.target.value || null })}
            style={{ width: 220 }}
          />
        </>
      )}
    />
  );
}
