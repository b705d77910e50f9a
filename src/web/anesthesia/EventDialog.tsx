// A one-tap event, at the time it happened: now unless a time is typed ("1005" — recording after the
// fact is daily practice); one that needs a checklist phase not yet complete asks for the reason to
// proceed without it. A refusal names its field.
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { AnesthesiaRecord } from '../../api/anesthesia';
import type { CaseDetail } from '../../api/registry';
import { ADVERSE_EVENTS, CHECKLIST, RECORD_EVENTS } from '../../domain/anesthesia/record-vocabulary';
import { fieldErrorsOf } from '../shared/error-text';
import { useI18n } from '../shared/i18n';
import { TimeOfDayInput, type TimeValue, timeOrNow } from '../shared/TimeOfDayInput';
import { addRecordEvent } from './record.resource';
import { recordErrorText } from './record-errors';
import { caseSpan } from './record-span';

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
  const [time, setTime] = useState<TimeValue>(null);
  const [text, setText] = useState('');
  const [override, setOverride] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const needsOverride = !!def.needs && !rec.checklistComplete[def.needs];
  const status = (path: string) => (errors[path] ? ('error' as const) : undefined);
  return (
    <Modal
      open
      title={def.label[locale]}
      onCancel={onClose}
      cancelText={t('form.cancel')}
      okText={t('record.record')}
      okButtonProps={{ loading: busy, disabled: time === 'invalid' || (needsOverride && !override.trim()) }}
      onOk={async () => {
        setBusy(true);
        try {
          await addRecordEvent(c.id, {
            code,
            at: new Date(timeOrNow(time)).toISOString(),
            ...(text.trim() ? { text: text.trim() } : {}),
            ...(override.trim() ? { overrideReason: override.trim() } : {}),
            caseVersion: rec.case.version,
          });
          await onDone();
        } catch (e) {
          setError(recordErrorText(e, t, locale));
          setErrors(fieldErrorsOf(e));
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
      <Form layout="vertical" size="small" component="div">
        <Form.Item
          label={t('record.eventAt')}
          htmlFor="event-time"
          validateStatus={status('at')}
          help={errors.at}
        >
          <TimeOfDayInput
            id="event-time"
            value={time}
            onChange={setTime}
            span={caseSpan(rec)}
            testId="event-time"
            size="middle"
          />
        </Form.Item>
        <Form.Item
          label={t('record.eventText')}
          htmlFor="event-text"
          validateStatus={status('text')}
          help={errors.text}
        >
          <Input id="event-text" value={text} maxLength={200} onChange={(e) => setText(e.target.value)} />
        </Form.Item>
        {needsOverride && (
          <Form.Item
            label={t('record.override')}
            htmlFor="event-override"
            validateStatus={status('overrideReason')}
            help={errors.overrideReason}
          >
            <Input.TextArea
              id="event-override"
              value={override}
              maxLength={200}
              onChange={(e) => setOverride(e.target.value)}
              data-testid="event-override"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
