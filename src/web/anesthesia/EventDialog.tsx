// A one-tap event: its time is now; one that needs a checklist phase not yet complete asks for the
// reason to proceed without it.
import { Alert, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import type { AnesthesiaRecord } from '../../api/anesthesia';
import type { CaseDetail } from '../../api/registry';
import { ADVERSE_EVENTS, CHECKLIST, RECORD_EVENTS } from '../../domain/anesthesia/record-vocabulary';
import { useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';
import { addRecordEvent } from './record.resource';

export function EventDialog({
  c,
  rec,
  code,
  onClose,
  onDone,
}: {
  c: CaseDetail;
  rec: AnesthesiaRecord;
  code: string;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { t, locale } = useI18n();
  const def = [...RECORD_EVENTS, ...ADVERSE_EVENTS].find((e) => e.code === code)!;
  const [text, setText] = useState('');
  const [override, setOverride] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const needsOverride = !!def.needs && !rec.checklistComplete[def.needs];
  return (
    <Modal
      open
      title={def.label[locale]}
      onCancel={onClose}
      cancelText={t('form.cancel')}
      okText={t('record.record')}
      okButtonProps={{ loading: busy, disabled: needsOverride && !override.trim() }}
      onOk={async () => {
        setBusy(true);
        try {
          await addRecordEvent(c.id, {
            code,
            at: new Date().toISOString(),
            ...(text.trim() ? { text: text.trim() } : {}),
            ...(override.trim() ? { overrideReason: override.trim() } : {}),
            caseVersion: rec.case.version,
          });
          await onDone();
        } catch (e) {
          setError(errorMessage(e, t));
        } finally {
          setBusy(false);
        }
      }}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} data-testid="event-error" />}
      {needsOverride && (
        <Alert
          type="warning"
          style={{ marginBottom: 8 }}
          title={`${CHECKLIST[def.needs!].label[locale]} — ${t('record.override')}`}
        />
      )}
      <Space direction="vertical" style={{ width: '100%' }}>
        <Input
          placeholder={t('record.eventText')}
          value={text}
          maxLength={200}
          onChange={(e) => setText(e.target.value)}
        />
        {needsOverride && (
          <Input.TextArea
            placeholder={t('record.override')}
            value={override}
            maxLength={200}
            onChange={(e) => setOverride(e.target.value)}
            data-testid="event-override"
          />
        )}
      </Space>
    </Modal>
  );
}
