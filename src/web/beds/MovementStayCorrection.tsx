// Correcting one stay after the fact — its start, its end (an ended stay only: the current one ends by a
// transfer or a discharge), its bed — with the reason; the server keeps the stay as it was, voided, so the
// census can be replayed either way and the change is audited.
import { DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { BedStay, Board } from '../../api/beds';
import { CorrectionModal } from '../shared/CorrectionModal';
import { errorText } from '../shared/error-text';
import { useI18n } from '../shared/i18n';
import { isRegisteredBed, placesOf, useCorrectStay, wardName } from './board.resource';

export function MovementStayCorrection({
  stay,
  board,
  onClose,
}: {
  stay: BedStay;
  board: Board;
  onClose: () => void;
}) {
  const { t, locale, lang } = useI18n();
  const correct = useCorrectStay();
  const [fromAt, setFromAt] = useState<Dayjs | null>(dayjs(stay.fromAt));
  const [toAt, setToAt] = useState<Dayjs | null>(stay.toAt ? dayjs(stay.toAt) : null);
  const [bedId, setBedId] = useState<string | null>(stay.bedId);
  const labels: Record<string, string> = {
    fromAt: t('beds.board.stays.from'),
    toAt: t('beds.board.stays.to'),
    bedId: t('beds.board.stays.place'),
    reason: t('beds.board.stays.correctReason'),
  };
  const options = board.wards.map((w) => ({
    label: wardName(w, lang),
    options: placesOf(board)
      .filter((p) => p.ward.id === w.id && isRegisteredBed(p.bed))
      .map((p) => ({
        value: p.bed.id,
        label: t('beds.board.move.bedLabel', { room: p.room.code, bed: p.bed.code }),
      })),
  }));
  const changed = <T,>(now: T, was: T): T | undefined => (now === was ? undefined : now);
  return (
    <CorrectionModal
      title={t('beds.board.stays.correctTitle')}
      action="edit"
      labels={{ ok: t('beds.board.stays.correct'), reason: labels.reason!, voidNote: '' }}
      testId="stay-correction"
      onClose={onClose}
      okDisabled={!fromAt}
      errorText={(e) => errorText(e, t, locale, (path) => labels[path])}
      onSubmit={async (reason) => {
        await correct.mutateAsync({
          stayId: stay.id,
          body: {
            fromAt: changed(fromAt?.format(), dayjs(stay.fromAt).format()),
            toAt: stay.toAt && toAt ? changed(toAt.format(), dayjs(stay.toAt).format()) : undefined,
            bedId: changed(bedId, stay.bedId),
            reason,
            version: stay.version,
          },
        });
        onClose();
      }}
    >
      {(errors) => (
        <>
          <Form.Item
            label={labels.fromAt}
            required
            validateStatus={errors.fromAt ? 'error' : undefined}
            help={errors.fromAt}
          >
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              value={fromAt}
              onChange={setFromAt}
              data-testid="stay-correction-from"
            />
          </Form.Item>
          {stay.toAt && (
            <Form.Item
              label={labels.toAt}
              required
              validateStatus={errors.toAt ? 'error' : undefined}
              help={errors.toAt}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                allowClear={false}
                value={toAt}
                onChange={setToAt}
                data-testid="stay-correction-to"
              />
            </Form.Item>
          )}
          <Form.Item
            label={labels.bedId}
            validateStatus={errors.bedId ? 'error' : undefined}
            help={errors.bedId}
          >
            <Select
              showSearch
              optionFilterProp="label"
              value={bedId}
              onChange={(v: string) => setBedId(v)}
              options={options}
              data-testid="stay-correction-bed"
            />
          </Form.Item>
        </>
      )}
    </CorrectionModal>
  );
}
