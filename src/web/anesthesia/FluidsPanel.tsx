// Fluids in and out, and the running balance.
import { Button, Card, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import type { FluidInput } from '../../api/anesthesia';
import { FLUID_LABELS, FLUIDS_IN, FLUIDS_OUT } from '../../domain/anesthesia/record-vocabulary';
import { fmtTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { useAttempt } from '../shared/use-attempt';
import { addFluid } from './record.resource';
import type { PanelProps } from './record-panel';

export function FluidsPanel({ c, rec, editable, onDone }: PanelProps) {
  const { t, locale } = useI18n();
  const attempt = useAttempt();
  const [kind, setKind] = useState<FluidInput['kind']>('crystalloid');
  const [volume, setVolume] = useState<number | null>(null);
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
            options={[...FLUIDS_IN, ...FLUIDS_OUT].map((k) => ({
              value: k,
              label: `${FLUID_LABELS[k][locale]}（${t(`record.direction.${(FLUIDS_OUT as readonly string[]).includes(k) ? 'out' : 'in'}`)}）`,
            }))}
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
          <Button
            size="small"
            disabled={volume === null}
            data-testid="fluid-add"
            onClick={async () => {
              if (volume === null) return;
              await attempt(async () => {
                await addFluid(c.id, {
                  direction,
                  kind,
                  volumeMl: volume,
                  at: new Date().toISOString(),
                });
                setVolume(null);
                await onDone();
              });
            }}
          >
            {t('record.add')}
          </Button>
        </Space>
      )}
      {rec.fluids.map((f) => (
        <div key={f.id} style={{ fontSize: 12 }}>
          {fmtTime(f.at)} {FLUID_LABELS[f.kind as keyof typeof FLUID_LABELS]?.[locale] ?? f.kind}{' '}
          {f.direction === 'in' ? '+' : '−'}
          {f.volumeMl} ml
        </div>
      ))}
      <div style={{ marginTop: 4 }} data-testid="fluid-balance">
        {t('record.balance', rec.balance)}
      </div>
    </Card>
  );
}
