// 互换床位: two patients exchange beds in one step (neither bed is ever double-booked), with the reason.
import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Board } from '../../api/beds';
import { useI18n } from '../shared/i18n';
import { type BedPlace, placesOf, useSwap, wardName } from './board.resource';
import { MovementDialog } from './MovementDialog';
import { MovementOverride } from './MovementOverride';
import { atOf, MovementTimeField } from './MovementTimeField';

export function MovementSwapDialog({
  place,
  board,
  onClose,
}: {
  place: BedPlace;
  board: Board;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const swap = useSwap();
  const [otherBedId, setOtherBedId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [at, setAt] = useState<Dayjs | null>(null);
  const [overriding, setOverriding] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const occupant = place.bed.occupant!;
  const others = placesOf(board).filter((p) => p.bed.occupant && p.bed.id !== place.bed.id);
  const other = others.find((p) => p.bed.id === otherBedId)?.bed.occupant ?? null;
  const options = board.wards
    .map((w) => ({
      label: wardName(w, lang),
      options: others
        .filter((p) => p.ward.id === w.id)
        .map((p) => ({
          value: p.bed.id,
          label: `${t('beds.board.move.bedLabel', { room: p.room.code, bed: p.bed.code })} · ${p.bed.occupant!.name}`,
        })),
    }))
    .filter((g) => g.options.length > 0);
  const labels = {
    second: t('beds.board.move.swapWith'),
    reason: t('beds.board.move.reason'),
    at: t('beds.board.move.at'),
    override: t('beds.board.override.reason'),
  };
  return (
    <MovementDialog
      title={t('beds.board.move.swapTitle', { name: occupant.name, bed: place.bed.code })}
      testId="swap"
      labels={labels}
      okDisabled={!other || !reason.trim() || (overriding && !overrideReason.trim())}
      onClose={onClose}
      onRulesBroken={() => setOverriding(true)}
      onSubmit={() =>
        swap.mutateAsync({
          first: { admissionId: occupant.admissionId, stayVersion: occupant.stayVersion },
          second: { admissionId: other!.admissionId, stayVersion: other!.stayVersion },
          reason: reason.trim(),
          at: atOf(at),
          override: overriding && overrideReason.trim() ? { reason: overrideReason.trim() } : undefined,
        })
      }
    >
      {(errors) => (
        <>
          <Form.Item
            label={labels.second}
            required
            validateStatus={errors.second ? 'error' : undefined}
            help={errors.second}
          >
            <Select
              showSearch
              optionFilterProp="label"
              value={otherBedId}
              onChange={(v: string) => {
                setOtherBedId(v);
                setOverriding(false);
              }}
              options={options}
              data-testid="swap-other"
            />
          </Form.Item>
          <Form.Item
            label={labels.reason}
            htmlFor="swap-reason"
            required
            validateStatus={errors.reason ? 'error' : undefined}
            help={errors.reason}
          >
            <Input
              id="swap-reason"
              maxLength={200}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              data-testid="swap-reason"
            />
          </Form.Item>
          <MovementTimeField value={at} onChange={setAt} testId="swap-at" error={errors.at} />
          {overriding && (
            <MovementOverride value={overrideReason} onChange={setOverrideReason} error={errors.override} />
          )}
        </>
      )}
    </MovementDialog>
  );
}
