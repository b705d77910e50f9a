// The vital signs entered by hand: each corrected (the value it was kept, struck through) or voided
// before signing.
import { Button, Form, InputNumber } from 'antd';
import { useState } from 'react';
import type { AnesthesiaRecord } from '../../api/anesthesia';
import { PARAMETERS } from '../../domain/interop/parameters';
import { fmtTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import type { TimeValue } from '../shared/TimeOfDayInput';
import { CorrectionDialog } from './CorrectionDialog';
import { CorrectionTimeField } from './CorrectionTimeField';
import { EntryMarks, voidedStyle } from './EntryMarks';
import { editManualReading, voidManualReading } from './record.resource';
import { caseSpan } from './record-span';

type Manual = AnesthesiaRecord['manualVitals'][number];

function VitalDialog({
  caseId,
  rec,
  m,
  action,
  onClose,
  onDone,
}: {
  caseId: string;
  rec: AnesthesiaRecord;
  m: Manual;
  action: 'edit' | 'void';
  onClose: () => void;
  onDone: (at: number) => Promise<unknown>;
}) {
  const { t, lang } = useI18n();
  const [value, setValue] = useState<number | null>(m.value);
  const [time, setTime] = useState<TimeValue>(Date.parse(m.at));
  const p = PARAMETERS[m.param as keyof typeof PARAMETERS];
  const what = `${fmtTime(m.at)} ${p?.[lang] ?? m.param} ${m.value} ${m.unit}`;
  return (
    <CorrectionDialog
      title={t(action === 'void' ? 'record.voidTitle' : 'record.correctTitle', { what })}
      action={action}
      onClose={onClose}
      okDisabled={action === 'edit' && (value === null || time === 'invalid')}
      onSubmit={async (reason) => {
        const at = typeof time === 'number' ? time : Date.parse(m.at);
        if (action === 'void') await voidManualReading(caseId, m.id, { version: m.version, reason });
        else
          await editManualReading(caseId, m.id, {
            version: m.version,
            reason,
            ...(value !== null && value !== m.value ? { value } : {}),
            ...(at !== Date.parse(m.at) ? { at: new Date(at).toISOString() } : {}),
          });
        await onDone(Math.min(at, Date.parse(m.at)));
      }}
    >
      {(errors) =>
        action === 'edit' && (
          <>
            <Form.Item
              label={`${p?.[lang] ?? m.param} (${m.unit})`}
              htmlFor="correction-value"
              validateStatus={errors.value ? 'error' : undefined}
              help={errors.value}
            >
              <InputNumber
                id="correction-value"
                value={value}
                onChange={(v) => setValue(typeof v === 'number' ? v : null)}
              />
            </Form.Item>
            <CorrectionTimeField
              id="correction-vital-time"
              label={t('record.eventAt')}
              error={errors.at}
              value={time}
              onChange={setTime}
              span={caseSpan(rec)}
            />
          </>
        )
      }
    </CorrectionDialog>
  );
}

export function ManualVitalsList({
  caseId,
  rec,
  editable,
  onDone,
}: {
  caseId: string;
  rec: AnesthesiaRecord;
  editable: boolean;
  onDone: (at: number) => Promise<unknown>;
}) {
  const { t, lang } = useI18n();
  const [correcting, setCorrecting] = useState<{ m: Manual; action: 'edit' | 'void' } | null>(null);
  if (rec.manualVitals.length === 0) return null;
  return (
    <div style={{ marginTop: 8, fontSize: 12 }} data-testid="manual-vitals">
      <strong>{t('record.manualList')}</strong>
      {rec.manualVitals.map((m) => (
        <div key={m.id} data-voided={m.voided ? 'true' : 'false'}>
          <span style={voidedStyle(!!m.voided)}>
            {fmtTime(m.at)} {PARAMETERS[m.param as keyof typeof PARAMETERS]?.[lang] ?? m.param} {m.value}{' '}
            {m.unit}
          </span>{' '}
          <EntryMarks entry={m} />
          {editable && !m.voided && (
            <>
              <Button size="small" type="link" onClick={() => setCorrecting({ m, action: 'edit' })}>
                {t('record.correct')}
              </Button>
              <Button size="small" type="link" danger onClick={() => setCorrecting({ m, action: 'void' })}>
                {t('record.void')}
              </Button>
            </>
          )}
        </div>
      ))}
      {correcting && (
        <VitalDialog
          caseId={caseId}
          rec={rec}
          m={correcting.m}
          action={correcting.action}
          onClose={() => setCorrecting(null)}
          onDone={async (at) => {
            setCorrecting(null);
            await onDone(at);
          }}
        />
      )}
    </div>
  );
}
