// Correcting a fluid entry (its kind — in or out follows —, volume and time) or voiding it.

import { Form, InputNumber, Select } from 'antd';
import { useState } from 'react';
import type { AnesthesiaRecord, FluidEdit } from '../../api/anesthesia';
import {
  FLUID_LABELS,
  FLUIDS_IN,
  FLUIDS_OUT,
  type FluidKind,
} from '../../domain/anesthesia/record-vocabulary';
import { useI18n } from '../shared/i18n';
import type { TimeValue } from '../shared/TimeOfDayInput';
import { CorrectionDialog } from './CorrectionDialog';
import { CorrectionTimeField } from './CorrectionTimeField';
import { editFluid, voidEntry } from './record.resource';
import { caseSpan } from './record-span';

type Fluid = AnesthesiaRecord['fluids'][number];

export const fluidOptions = (t: ReturnType<typeof useI18n>['t'], locale: 'zh-CN' | 'en-US') =>
  [...FLUIDS_IN, ...FLUIDS_OUT].map((k) => ({
    value: k,
    label: `${FLUID_LABELS[k][locale]}（${t(`record.direction.${(FLUIDS_OUT as readonly string[]).includes(k) ? 'out' : 'in'}`)}）`,
  }));

export function FluidEditDialog({
  caseId,
  rec,
  fluid,
  action,
  onClose,
  onDone,
}: {
  caseId: string;
  rec: AnesthesiaRecord;
  fluid: Fluid;
  action: 'edit' | 'void';
  onClose: () => void;
  onDone: () => Promise<unknown>;
}) {
  const { t, locale } = useI18n();
  const [kind, setKind] = useState(fluid.kind as FluidKind);
  const [volume, setVolume] = useState<number | null>(fluid.volumeMl);
  const [time, setTime] = useState<TimeValue>(Date.parse(fluid.at));
  const what = `${FLUID_LABELS[fluid.kind as FluidKind]?.[locale] ?? fluid.kind} ${fluid.volumeMl} ml`;
  const submit = async (reason: string) => {
    if (action === 'void') {
      await voidEntry(caseId, 'fluid', fluid.id, { version: fluid.version, reason });
    } else {
      const body: FluidEdit = { version: fluid.version, reason };
      if (kind !== fluid.kind) body.kind = kind;
      if (volume !== null && volume !== fluid.volumeMl) body.volumeMl = volume;
      if (typeof time === 'number' && time !== Date.parse(fluid.at)) body.at = new Date(time).toISOString();
      await editFluid(caseId, fluid.id, body);
    }
    await onDone();
  };
  return (
    <CorrectionDialog
      title={t(action === 'void' ? 'record.voidTitle' : 'record.correctTitle', { what })}
      action={action}
      onClose={onClose}
      onSubmit={submit}
      okDisabled={action === 'edit' && (volume === null || time === 'invalid')}
    >
      {(errors) =>
        action === 'edit' && (
          <>
            <Form.Item
              label={t('record.fluids')}
              validateStatus={errors.kind ? 'error' : undefined}
              help={errors.kind}
            >
              <Select value={kind} onChange={setKind} options={fluidOptions(t, locale)} />
            </Form.Item>
            <Form.Item
              label={t('record.volume')}
              htmlFor="correction-volume"
              validateStatus={errors.volumeMl ? 'error' : undefined}
              help={errors.volumeMl}
            >
              <InputNumber
                id="correction-volume"
                min={1}
                max={20000}
                value={volume}
                onChange={(v) => setVolume(typeof v === 'number' ? v : null)}
                suffix="ml"
              />
            </Form.Item>
            <CorrectionTimeField
              id="correction-time"
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
