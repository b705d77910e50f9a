// The case form's team, picked from the staff accounts: the operating surgeon (warned when his
// authorised grade is below the case's — the server refuses it, china-standards.md §2.1), assistants,
// anesthesiologists and the theatre nurses.
import { Col, Form, Input, Typography } from 'antd';
import { GRADE_LABELS } from '../../domain/registry/vocabulary';
import { useI18n } from '../shared/i18n';
import type { CaseFormValues } from './case-form';
import { useStaff } from './dictionary.resource';
import { StaffPicker, SurgeonPicker, useGradeText } from './StaffPicker';

export function CaseStaffFields({
  labels,
  booked,
}: {
  labels: Record<string, string>;
  booked: string | null;
}) {
  const { t, lang } = useI18n();
  const form = Form.useFormInstance<CaseFormValues>();
  const grade = Form.useWatch('grade', form);
  const surgeonUserId = Form.useWatch('surgeonUserId', form);
  const surgeons = useStaff('surgeon');
  const gradeText = useGradeText();
  const picked = surgeons.data?.items.find((s) => s.id === surgeonUserId);
  const tooLow = !!picked && !!grade && (picked.surgicalGrade ?? 0) < grade;
  const note = tooLow ? (
    <Typography.Text type="warning" data-testid="case-form-surgeon-warning">
      {t('staff.gradeTooLow', {
        surgeon: picked.displayName,
        surgeonGrade: gradeText(picked.surgicalGrade),
        caseGrade: GRADE_LABELS[grade][lang],
      })}
    </Typography.Text>
  ) : !surgeonUserId && booked ? (
    t('staff.legacy', { name: booked })
  ) : undefined;

  return (
    <>
      <Form.Item name="surgeon" hidden>
        <Input />
      </Form.Item>
      <Col span={8}>
        <Form.Item
          name="surgeonUserId"
          label={labels.surgeon}
          rules={[{ required: true, message: t('form.required') }]}
          extra={note}
        >
          <SurgeonPicker
            testId="case-form-surgeon"
            onPick={(s) => form.setFieldsValue({ surgeon: s?.displayName ?? '' })}
          />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item name="assistants" label={labels.assistants}>
          <StaffPicker staffRole="surgeon" testId="case-form-assistants" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="anesthesiologists" label={labels.anesthesiologists}>
          <StaffPicker staffRole="anesthesiologist" testId="case-form-anesthesiologists" />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item name="nurses" label={labels.nurses}>
          <StaffPicker staffRole="nurse" testId="case-form-nurses" />
        </Form.Item>
      </Col>
    </>
  );
}
