// Correcting an event's time or description, or voiding it; an event that moved the case is corrected
// in its time (the case's status time follows) and never voided.
import { Alert, Form, Input } from 'antd';
import { useState } from 'react';
import type { AnesthesiaRecord, EventEdit } from '../../api/anesthesia';
import { eventDef } from '../../domain/anesthesia/record-vocabulary';
import { fmtTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import type { TimeValue } from '../shared/TimeOfDayInput';
import { CorrectionDialog } from './CorrectionDialog';
import { CorrectionTimeField } from './CorrectionTimeField';
import { editEvent, voidEntry } from './record.resource';
import { caseSpan } from './record-span';

type Event = AnesthesiaRecord['events'][number];

export function EventEditDialog({
  caseId,
  rec,
  event,
  action,
  onClose,
  onDone,
}: {
  caseId: string;
  rec: AnesthesiaRecord;
  event: Event;
  action: 'edit' | 'void';
  onClose: () => void;
  onDone: () => Promise<unknown>;
}) {
  const { t, locale } = useI18n();
  const [time, setTime] = useState<TimeValue>(Date.parse(event.at));
  const [text, setText] = useState(event.text ?? '');
  const moves = !!eventDef(event.code)?.transition;
  const submit = async (reason: string) => {
    if (action === 'void') {
      await voidEntry(caseId, 'event', event.id, { version: event.version, reason });
    } else {
      const body: EventEdit = {
        version: event.version,
        reason,
        ...(moves ? { caseVersion: rec.case.version } : {}),
      };
      if (typeof time === 'number' && time !== Date.parse(event.at)) body.at = new Date(time).toISOString();
      if (text.trim() !== (event.text ?? '')) body.text = text.trim() || null;
      await editEvent(caseId, event.id, body);
    }
    await onDone();
  };
  return (
    <CorrectionDialog
      title={t(action === 'void' ? 'record.voidTitle' : 'record.correctTitle', {
        what: `${fmtTime(event.at)} ${event.label[locale]}`,
      })}
      action={action}
      onClose={onClose}
      onSubmit={submit}
      okDisabled={action === 'edit' && time === 'invalid'}
    >
      {(errors) =>
        action === 'edit' && (
          <>
            {moves && <Alert type="info" title={t('record.eventTimeNote')} style={{ marginBottom: 8 }} />}
            <CorrectionTimeField
              id="correction-event-time"
              label={t('record.eventAt')}
              error={errors.at}
              value={time}
              onChange={setTime}
              span={caseSpan(rec)}
              testId="correction-event-time"
            />
            <Form.Item label={t('record.eventText')} htmlFor="correction-event-text">
              <Input
                id="correction-event-text"
                value={text}
                maxLength={200}
                onChange={(e) => setText(e.target.value)}
              />
            </Form.Item>
          </>
        )
      }
    </CorrectionDialog>
  );
}
