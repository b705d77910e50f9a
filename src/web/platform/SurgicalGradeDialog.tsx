// The security administrator records the grade a surgeon may operate up to (手术分级授权), or that he
// is not authorised to operate; a case's surgeon is checked against it.
import { Alert, App, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { GRADE_LABELS, SURGERY_GRADES, type SurgeryGrade } from '../../domain/registry/vocabulary';
import { useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';
import { useSetSurgicalGrade } from './user.resource';

const NONE = 0;

export function SurgicalGradeDialog({
  surgeon,
  onClose,
}: {
  surgeon: { id: string; displayName: string; surgicalGrade: number | null; version: number };
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const setGrade = useSetSurgicalGrade();
  const [grade, setGradeValue] = useState<number>(surgeon.surgicalGrade ?? NONE);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    setError(null);
    try {
      await setGrade.mutateAsync({
        id: surgeon.id,
        surgicalGrade: grade === NONE ? null : (grade as SurgeryGrade),
        version: surgeon.version,
      });
      message.success(t('form.saved'));
      onClose();
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };

  return (
    <Modal
      open
      title={t('users.grade.title', { name: surgeon.displayName })}
      onOk={save}
      onCancel={onClose}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      okButtonProps={{ loading: setGrade.isPending, 'data-testid': 'surgical-grade-save' }}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">{t('users.grade.help')}</Typography.Paragraph>
      <Select
        value={grade}
        onChange={setGradeValue}
        style={{ width: '100%' }}
        data-testid="surgical-grade-select"
        options={[
          { value: NONE, label: t('users.grade.none') },
          ...SURGERY_GRADES.map((g) => ({ value: g, label: GRADE_LABELS[g][lang] })),
        ]}
      />
    </Modal>
  );
}
