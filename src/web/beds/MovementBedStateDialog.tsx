// A bed's own state: cleaning after a discharge, cleaning done (available again), closed with the reason
// and the expected reopening (a closed bed is not an open bed for the NHC statistics), or reopened.
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { CLOSURE_REASONS } from '../../api/beds';
import { useI18n } from '../shared/i18n';
import { type BedPlace, useBedState } from './board.resource';
import { MovementDialog } from './MovementDialog';
import { atOf, MovementTimeField } from './MovementTimeField';

export type BedStateTarget = 'available' | 'cleaning' | 'closed';
type ClosureReason = (typeof CLOSURE_REASONS)[number];

export function MovementBedStateDialog({
  place,
  target,
  onClose,
}: {
  place: BedPlace;
  target: BedStateTarget;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const change = useBedState();
  const [at, setAt] = useState<Dayjs | null>(null);
  const [reason, setReason] = useState<ClosureReason | null>(null);
  const [reopensOn, setReopensOn] = useState<Dayjs | null>(null);
  const [note, setNote] = useState('');
  const title =
    target === 'closed'
      ? t('beds.board.state.closeTitle', { bed: place.bed.code })
      : target === 'cleaning'
        ? t('beds.board.state.cleaningTitle', { bed: place.bed.code })
        : place.bed.state === 'closed'
          ? t('beds.board.state.reopenTitle', { bed: place.bed.code })
          : t('beds.board.state.cleanDoneTitle', { bed: place.bed.code });
  const labels = {
    closureReason: t('beds.board.state.reason'),
    reopensOn: t('beds.board.state.reopensOn'),
    note: t('beds.board.state.note'),
    at: t('beds.board.move.at'),
  };
  return (
    <MovementDialog
      title={title}
      testId="bed-state"
      labels={labels}
      okDisabled={target === 'closed' && !reason}
      danger={target === 'closed'}
      onClose={onClose}
      onSubmit={() =>
        change.mutateAsync({
          bedId: place.bed.id,
          body: {
            state: target,
            ...(target === 'closed'
              ? {
                  closureReason: reason,
                  reopensOn: reopensOn ? reopensOn.format('YYYY-MM-DD') : null,
                  note: note.trim() || null,
                }
              : {}),
            at: atOf(at),
            version: place.bed.version,
          },
        })
      }
    >
      {(errors) => (
        <>
          {target === 'closed' && (
            <>
              <Form.Item
                label={labels.closureReason}
                required
                validateStatus={errors.closureReason ? 'error' : undefined}
                help={errors.closureReason}
              >
                <Select
                  value={reason}
                  onChange={(v: ClosureReason) => setReason(v)}
                  options={CLOSURE_REASONS.map((r) => ({ value: r, label: t(`beds.board.closure.${r}`) }))}
                  data-testid="bed-state-reason"
                />
              </Form.Item>
              <Form.Item
                label={labels.reopensOn}
                validateStatus={errors.reopensOn ? 'error' : undefined}
                help={errors.reopensOn}
              >
                <DatePicker
                  allowClear
                  value={reopensOn}
                  onChange={setReopensOn}
                  disabledDate={(d) => d.isBefore(dayjs(), 'day')}
                  data-testid="bed-state-reopens"
                />
              </Form.Item>
              <Form.Item
                label={labels.note}
                htmlFor="bed-state-note"
                validateStatus={errors.note ? 'error' : undefined}
                help={errors.note}
              >
                <Input
                  id="bed-state-note"
                  maxLength={200}
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  data-testid="bed-state-note"
                />
              </Form.Item>
            </>
          )}
          <MovementTimeField value={at} onChange={setAt} testId="bed-state-at" error={errors.at} />
        </>
      )}
    </MovementDialog>
  );
}
