// 预计出院日期: set or cleared, so that the board can promise the bed before it is free (the expected
// discharges of today and tomorrow, and the proposals of the waiting list, count on it).
import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../shared/i18n';
import { type BedPlace, useExpectedDischarge } from './board.resource';
import { MovementDialog } from './MovementDialog';

export function MovementExpectedDialog({ place, onClose }: { place: BedPlace; onClose: () => void }) {
  const { t } = useI18n();
  const save = useExpectedDischarge();
  const occupant = place.bed.occupant!;
  const [on, setOn] = useState<Dayjs | null>(
    occupant.expectedDischargeOn ? dayjs(occupant.expectedDischargeOn) : null,
  );
  const labels = { on: t('beds.board.move.expectedOn') };
  return (
    <MovementDialog
      title={t('beds.board.move.expectedTitle', { name: occupant.name, bed: place.bed.code })}
      testId="expected"
      labels={labels}
      onClose={onClose}
      onSubmit={() =>
        save.mutateAsync({
          admissionId: occupant.admissionId,
          on: on ? on.format('YYYY-MM-DD') : null,
          seen: occupant.expectedDischargeOn,
        })
      }
    >
      {(errors) => (
        <Form.Item
          label={labels.on}
          extra={t('beds.board.move.expectedHint')}
          validateStatus={errors.on ? 'error' : undefined}
          help={errors.on}
        >
          <DatePicker
            allowClear
            value={on}
            onChange={setOn}
            disabledDate={(d) => d.isBefore(dayjs(occupant.admittedAt), 'day')}
            data-testid="expected-on"
          />
        </Form.Item>
      )}
    </MovementDialog>
  );
}
