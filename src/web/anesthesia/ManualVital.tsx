// A vital sign entered by hand on the record (a reading the monitors did not send).
import { Button, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { PARAMETERS } from '../../domain/interop/parameters';
import { useI18n } from '../shared/i18n';
import { useAttempt } from '../shared/use-attempt';
import { addManualReading } from './record.resource';

export function ManualVital({
  caseId,
  onDone,
}: {
  caseId: string;
  onDone: (at: number) => Promise<unknown>;
}) {
  const { t, lang } = useI18n();
  const attempt = useAttempt();
  const [param, setParam] = useState('nibp_sys');
  const [value, setValue] = useState<number | null>(null);
  return (
    <Space style={{ marginTop: 8 }}>
      <span>{t('record.manual')}</span>
      <Select
        size="small"
        style={{ width: 140 }}
        value={param}
        onChange={setParam}
        options={Object.entries(PARAMETERS).map(([k, p]) => ({ value: k, label: `${p[lang]} (${p.unit})` }))}
      />
      <InputNumber size="small" value={value} onChange={(v) => setValue(typeof v === 'number' ? v : null)} />
      <Button
        size="small"
        disabled={value === null}
        onClick={async () => {
          if (value === null) return;
          await attempt(async () => {
            const at = new Date();
            await addManualReading(caseId, { param, value, at: at.toISOString() });
            setValue(null);
            await onDone(at.getTime());
          });
        }}
      >
        {t('record.add')}
      </Button>
    </Space>
  );
}
