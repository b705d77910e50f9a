// Fluids in and out, given now or at the time typed, each corrected or voided before signing (a voided
// one struck through), and the running balance of what stands.
import { Button, Card, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import type { AnesthesiaRecord, FluidInput } from '../../api/anesthesia';
import { FLUID_LABELS, FLUIDS_OUT } from '../../domain/anesthesia/record-vocabulary';
import { fmtTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { TimeOfDayInput, type TimeValue, timeOrNow } from '../shared/TimeOfDayInput';
import { EntryMarks, voidedStyle } from './EntryMarks';
import { FluidEditDialog, fluidOptions } from './FluidEditDialog';
import { addFluid } from './record.resource';
import { useRecordAttempt } from './record-errors';
import type { PanelProps } from './record-panel';
import { caseSpan } from './record-span';

type Fluid = AnesthesiaRecord['fluids'][number];

export function FluidsPanel({ c, rec, editable, onDone }: PanelProps) {
  const { t, locale } = useI18n();
  const attempt = useRecordAttempt();
  const [kind, setKind] = useState<FluidInput['kind']>('crystalloid');
  const [volume, setVolume] = useState<number | null>(null);
  const [time, setTime] = useState<TimeValue>(null);
  const [correcting, setCorrecting] = useState<{ fluid: Fluid; action: 'edit' | 'void' } | null>(null);
  const direction = (FLUIDS_OUT as readonly string[]).includes(kind) ? 'out' : 'in';
  return (
    <Card size="small" title={t('record.fluids')} style={{ marginBottom: 8 }} data-testid="fluids-panel">
      {editable && (
        <Space wrap style={{ marginBottom: 6 }}>
          <Select
            size="small"
            style={{ width: 120 }}
            value={kind}
            onChange={setKind}
            data-testid="fluid-kind"
            options={fluidOptions(t, locale)}
          />
          <InputNumber
            size="small"
            min={1}
            max={20000}
            value={volume}
            onChange={(v) => setVolume(typeof v === 'number' ? v : null)}
            suffix="ml"
            data-testid="fluid-volume"
          />
          <TimeOfDayInput
            value={time}
            onChange={setTime}
            span={caseSpan(rec)}
            testId="fluid-time"
            width={100}
          />
          <Button
            size="small"
            disabled={volume === null || time === 'invalid'}
            data-testid="fluid-add"
            onClick={async () => {
              if (volume === null || time === 'invalid') return;
              await attempt(async () => {
                await addFluid(c.id, {
                  direction,
                  kind,
                  volumeMl: volume,
                  at: new Date(timeOrNow(time)).toISOString(),
                });
                setVolume(null);
                setTime(null);
                await onDone();
              });
            }}
          >
            {t('record.add')}
          </Button>
        </Space>
      )}
      {rec.fluids.map((f) => (
        <div
          key={f.id}
          style={{ fontSize: 12 }}
          data-testid="fluid-row"
          data-voided={f.voided ? 'true' : 'false'}
        >
          <span style={voidedStyle(!!f.voided)}>
            {fmtTime(f.at)} {FLUID_LABELS[f.kind as keyof typeof FLUID_LABELS]?.[locale] ?? f.kind}{' '}
            {f.direction === 'in' ? '+' : '−'}
            {f.volumeMl} ml
          </span>{' '}
          <EntryMarks entry={f} />
          {editable && !f.voided && (
            <>
              <Button size="small" type="link" onClick={() => setCorrecting({ fluid: f, action: 'edit' })}>
                {t('record.correct')}
              </Button>
              <Button
                size="small"
                type="link"
                danger
                onClick={() => setCorrecting({ fluid: f, action: 'void' })}
              >
                {t('record.void')}
              </Button>
            </>
          )}
        </div>
      ))}
      <div style={{ marginTop: 4 }} data-testid="fluid-balance">
        {t('record.balance', rec.balance)}
      </div>
      {correcting && (
        <FluidEditDialog
          caseId={c.id}
          rec={rec}
          fluid={correcting.fluid}
          action={correcting.action}
          onClose={() => setCorrecting(null)}
          onDone={async () => {
            setCorrecting(null);
            await onDone();
          }}
        />
      )}
    </Card>
  );
}
