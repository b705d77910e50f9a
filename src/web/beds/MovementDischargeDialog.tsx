// 出院: when the patient left (now by default, editable: it is often recorded afterwards) and where to —
// home, another hospital, or death (the disposition the NHC discharge statistics count).
import { Form, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { DISPOSITIONS, type Disposition } from '../../api/beds';
import { useI18n } from '../shared/i18n';
import { type BedPlace, useDischarge } from './board.resource';
import { MovementDialog } from './MovementDialog';
import { atOf, MovementTimeField } from './MovementTimeField';

export function MovementDischargeDialog({ place, onClose }: { place: BedPlace; onClose: () => void }) {
  const { t } = useI18n();
  const discharge = useDischarge();
  const [at, setAt] = useState<Dayjs | null>(() => dayjs());
  const [disposition, setDisposition] = useState<Disposition | null>(null);
  const occupant = place.bed.occupant!;
  const labels = { at: t('beds.board.move.at'), disposition: t('beds.board.move.disposition') };
  return (
    <MovementDialog
      title={t('beds.board.move.dischargeTitle', { name: occupant.name, bed: place.bed.code })}
      testId="discharge"
      labels={labels}
      okDisabled={!disposition}
      onClose={onClose}
      onSubmit={() =>
        discharge.mutateAsync({
          admissionId: occupant.admissionId,
          body: { at: atOf(at), disposition: disposition!, stayVersion: occupant.stayVersion },
        })
      }
    >
      {(errors) => (
        <>
          <MovementTimeField value={at} onChange={setAt} testId="discharge-at" error={errors.at} />
          <Form.Item
            label={labels.disposition}
            required
            validateStatus={errors.disposition ? 'error' : undefined}
            help={errors.disposition}
          >
            <Radio.Group
              optionType="button"
              value={disposition}
              onChange={(e) => setDisposition(e.target.value as Disposition)}
              options={DISPOSITIONS.map((d) => ({ value: d, label: t(`beds.board.disposition.${d}`) }))}
              data-testid="discharge-disposition"
            />
          </Form.Item>
        </>
      )}
    </MovementDialog>
  );
}
