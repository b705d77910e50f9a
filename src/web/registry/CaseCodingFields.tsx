// The case form's diagnosis and procedure, picked from the dictionaries; the name comes with the code
// (and may be worded more exactly), and a procedure's grade and approach are proposed from the
// hospital's grading catalogue — the user may change them.
import { Alert, Col, Form } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { DictionaryEntryDto } from '../../api/registry';
import { effectiveGrade } from '../../domain/registry/code-dictionary';
import { APPROACH_LABELS, GRADE_LABELS, type SurgeryGrade } from '../../domain/registry/vocabulary';
import { useI18n } from '../shared/i18n';
import { CodePicker } from './CodePicker';
import type { CaseFormValues } from './case-form';

/** The grade the catalogue gives a procedure (a restricted technology: 4); the contract types it as a number. */
const gradeOf = (e: DictionaryEntryDto) =>
  effectiveGrade({ grade: e.grade as SurgeryGrade | null, restricted: e.restricted });

export function CaseCodingFields({
  labels,
  nameField,
}: {
  labels: Record<string, string>;
  /** The name's text field, as the form renders its other text fields. */
  nameField: (name: 'diagnosisText' | 'procedureText') => ReactNode;
}) {
  const { t, lang } = useI18n();
  const form = Form.useFormInstance<CaseFormValues>();
  const diagnosisText = Form.useWatch('diagnosisText', form);
  const procedureText = Form.useWatch('procedureText', form);
  const [proposal, setProposal] = useState<DictionaryEntryDto | null>(null);
  const required = [{ required: true, message: t('form.required') }];

  const pickProcedure = (e: DictionaryEntryDto) => {
    const grade = gradeOf(e);
    form.setFieldsValue({
      procedureText: e.name,
      ...(grade ? { grade } : {}),
      ...(e.approach ? { approach: e.approach } : {}),
    });
    setProposal(grade || e.approach ? e : null);
  };
  const proposedGrade = proposal ? gradeOf(proposal) : null;

  return (
    <>
      <Col span={10}>
        <Form.Item name="diagnosisCode" label={labels.diagnosisCode} rules={required}>
          <CodePicker
            kind="diagnosis"
            text={diagnosisText}
            onPick={(e) => form.setFieldsValue({ diagnosisText: e.name })}
            testId="case-form-diagnosisCode"
          />
        </Form.Item>
      </Col>
      <Col span={14}>{nameField('diagnosisText')}</Col>
      <Col span={10}>
        <Form.Item name="procedureCode" label={labels.procedureCode} rules={required}>
          <CodePicker
            kind="procedure"
            text={procedureText}
            onPick={pickProcedure}
            testId="case-form-procedureCode"
          />
        </Form.Item>
      </Col>
      <Col span={14}>{nameField('procedureText')}</Col>
      {proposal && (
        <Col span={24}>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="case-form-proposal"
            title={t('code.proposal', {
              what: [
                proposedGrade ? GRADE_LABELS[proposedGrade][lang] : '',
                proposal.approach ? APPROACH_LABELS[proposal.approach][lang] : '',
              ]
                .filter(Boolean)
                .join(t('case.separator')),
            })}
            description={proposal.restricted ? t('code.restricted') : undefined}
          />
        </Col>
      )}
    </>
  );
}
