// 转床: the patient of a bed moved to a free bed of any ward of the pool, or to an extra bed (加床) of a
// ward, with the reason and when it happened; a bed that breaks a hard rule is taken only with an override.
import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Board } from '../../api/beds';
import { useI18n } from '../shared/i18n';
import { type BedPlace, placesOf, useTransfer, wardName } from './board.resource';
import { MovementDialog } from './MovementDialog';
import { MovementOverride } from './MovementOverride';
import { atOf, MovementTimeField } from './MovementTimeField';

const EXTRA = 'extra:';

export function MovementTransferDialog({
  place,
  board,
  onClose,
}: {
  place: BedPlace;
  /** The whole pool (unfiltered), to pick the target from. */
  board: Board;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const transfer = useTransfer();
  const [target, setTarget] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [at, setAt] = useState<Dayjs | null>(null);
  const [overriding, setOverriding] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const occupant = place.bed.occupant!;
  const free = placesOf(board).filter((p) => p.bed.state === 'free' && p.bed.id !== place.bed.id);
  const options = board.wards.map((w) => ({
    label: wardName(w, lang),
    options: [
      ...free
        .filter((p) => p.ward.id === w.id)
        .map((p) => ({
          value: p.bed.id,
          label: t('beds.board.move.bedLabel', { room: p.room.code, bed: p.bed.code }),
        })),
      { value: `${EXTRA}${w.id}`, label: t('beds.board.move.extraIn', { ward: wardName(w, lang) }) },
    ],
  }));
  const labels = {
    bedId: t('beds.board.move.target'),
    wardId: t('beds.board.move.target'),
    reason: t('beds.board.move.reason'),
    at: t('beds.board.move.at'),
    override: t('beds.board.override.reason'),
  };
  const ready = !!target && !!reason.trim() && (!overriding || !!overrideReason.trim());
  return (
    <MovementDialog
      title={t('beds.board.move.transferTitle', { name: occupant.name, bed: place.bed.code })}
      testId="transfer"
      labels={labels}
      okDisabled={!ready}
      onClose={onClose}
      onRulesBroken={() => setOverriding(true)}
      onSubmit={() =>
        transfer.mutateAsync({
          admissionId: occupant.admissionId,
          body: {
            ...(target?.startsWith(EXTRA)
              ? { bedId: null, wardId: target.slice(EXTRA.length) }
              : { bedId: target }),
            reason: reason.trim(),
            at: atOf(at),
            override: overriding && overrideReason.trim() ? { reason: overrideReason.trim() } : undefined,
            stayVersion: occupant.stayVersion,
          },
        })
      }
    >
      {(errors) => (
        <>
          <Form.Item
            label={labels.bedId}
            required
            validateStatus={errors.bedId || errors.wardId ? 'error' : undefined}
            help={errors.bedId ?? errors.wardId}
          >
            <Select
              showSearch
              optionFilterProp="label"
              value={target}
              onChange={(v: string) => {
                setTarget(v);
                setOverriding(false);
              }}
              options={options}
              placeholder={t('beds.board.move.targetPlaceholder')}
              data-testid="transfer-target"
            />
          </Form.Item>
          <Form.Item
            label={labels.reason}
            htmlFor="transfer-reason"
            required
            validateStatus={errors.reason ? 'error' : undefined}
            help={errors.reason}
          >
            <Input
              id="transfer-reason"
              maxLength={200}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              data-testid="transfer-reason"
            />
          </Form.Item>
          <MovementTimeField value={at} onChange={setAt} testId="transfer-at" error={errors.at} />
          {overriding && (
            <MovementOverride value={overrideReason} onChange={setOverrideReason} error={errors.override} />
          )}
        </>
      )}
    </MovementDialog>
  );
}
