// Deciding a suggested complication: confirmed with its Clavien–Dindo grade (and the treatment), or
// dismissed with the reason.
import { Alert, Input, Modal, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import type { Complication } from '../../api/complications';
import { CD_GRADES, type CdGrade } from '../../domain/complications/vocabulary';
import { useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';
import { type DecisionRequest, useDecideComplication } from './complication.resource';

type Decision = DecisionRequest['decision'];

/** The decision as sent, or null while it is incomplete (confirming needs a grade, dismissing a reason). */
function decisionBody(
  decision: Decision,
  grade: CdGrade | null,
  text: string,
  version: number,
): DecisionRequest | null {
  const written = text.trim();
  if (decision === 'confirm')
    return grade ? { decision, grade, version, ...(written ? { treatment: written } : {}) } : null;
  return written ? { decision, reason: written, version } : null;
}

export function DecisionDialog({
  caseId,
  x,
  onClose,
}: {
  caseId: string;
  x: Complication;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const decide = useDecideComplication(caseId);
  const [decision, setDecision] = useState<Decision>('confirm');
  const [grade, setGrade] = useState<CdGrade | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const body = decisionBody(decision, grade, text, x.version);
  return (
    <Modal
      open
      title={x.label[lang]}
      onCancel={onClose}
      cancelText={t('form.cancel')}
      okText={decision === 'confirm' ? t('comp.confirm') : t('comp.dismiss')}
      okButtonProps={{ disabled: !body }}
      onOk={async () => {
        if (!body) return;
        try {
          await decide.mutateAsync({ id: x.id, body });
          onClose();
        } catch (e) {
          setError(errorMessage(e, t));
        }
      }}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
      <Space direction="vertical" style={{ width: '100%' }}>
        <Radio.Group
          optionType="button"
          value={decision}
          onChange={(e) => setDecision(e.target.value)}
          options={[
            { value: 'confirm', label: t('comp.confirm') },
            { value: 'dismiss', label: t('comp.dismiss') },
          ]}
        />
        {decision === 'confirm' && (
          <Select
            style={{ width: 200 }}
            placeholder={t('comp.grade')}
            value={grade}
            onChange={setGrade}
            data-testid="complication-grade"
            options={CD_GRADES.map((g) => ({ value: g, label: g }))}
          />
        )}
        <Input.TextArea
          rows={2}
          maxLength={500}
          placeholder={decision === 'confirm' ? t('comp.treatment') : t('comp.reason')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Space>
    </Modal>
  );
}
