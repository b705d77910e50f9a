// Marking a reading as artefact: its value is kept and shown hollow, it counts no more.
import { Alert, Input, Modal } from 'antd';
import { useState } from 'react';
import type { Observation } from '../../api/anesthesia-vitals';
import { formatVital, vitalUnit } from '../../domain/anesthesia/vital-format';
import { PARAMETERS } from '../../domain/interop/parameters';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';
import { markArtefact } from './record.resource';

/** The reading a click on the chart offers to mark as an artefact. */
export type ArtefactTarget = Pick<Observation, 'id' | 'param' | 'value' | 'observedAt'>;

export function ArtefactDialog({
  caseId,
  o,
  onClose,
  onDone,
}: {
  caseId: string;
  o: ArtefactTarget;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const p = PARAMETERS[o.param as keyof typeof PARAMETERS];
  return (
    <Modal
      open
      title={t('record.artefact')}
      onCancel={onClose}
      cancelText={t('form.cancel')}
      okButtonProps={{ disabled: !reason.trim() }}
      onOk={async () => {
        try {
          await markArtefact(caseId, o.id, { reason: reason.trim() });
          await onDone();
        } catch (e) {
          setError(errorMessage(e, t));
        }
      }}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
      <p>
        {fmtDateTime(o.observedAt)} · {p?.[lang] ?? o.param} {formatVital(o.param, o.value)}{' '}
        {vitalUnit(o.param)}
      </p>
      <Input
        placeholder={t('record.artefactReason')}
        maxLength={200}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
    </Modal>
  );
}
