// A vital sign entered by hand on the record (a reading the monitors did not send), now or at the time
// it was measured.
import { Button, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import type { TimeSpan } from '../../domain/common/time-of-day';
import { PARAMETERS } from '../../domain/interop/parameters';
import { useI18n } from '../shared/i18n';
import { TimeOfDayInput, type TimeValue, timeOrNow } from '../shared/TimeOfDayInput';
import { addManualReading } from './record.resource';
import { useRecordAttempt } from './record-errors';

export function ManualVital({
  caseId,
  span,
  onDone,
}: {
  caseId: string;
  span: TimeSpan;
  onDone: (at: number) => Promise<unknown>;
}) {
  const { t, lang } = useI18n();
  const attempt = useRecordAttempt();
  const [param, setParam] = useState('nibp_sys');
  const [value, setValue] = useState<number | null>(null);
  const [time, setTime] = useState<TimeValue>(null);
  return (
    <Space style={{ marginTop: 8 }} wrap>
      <span>{t('record.manual')}</span>
      <Select
        size="small"
        style={{ width: 140 }}
        value={param}
        onChange={setParam}
        options={Object.entries(PARAMETERS).map(([k, p]) => ({ value: k, label: `${p[lang]} (${p.unit})` }))}
      />
      <InputNumber
        size="small"
        value={value}
        onChange={(v) => setValue(typeof v === 'number' ? v : null)}
        data-testid="vital-value"
      />
      <TimeOfDayInput value={time} onChange={setTime} span={span} testId="vital-time" width={100} />
      <Button
        size="small"
        disabled={value === null || time === 'invalid'}
        data-testid="vital-add"
        onClick={async () => {
          if (value === null || time === 'invalid') return;
          await attempt(async () => {
            const at = timeOrNow(time);
            await addManualReading(caseId, { param, value, at: new Date(at).toISOString() });
            setValue(null);
            setTime(null);
            await onDone(at);
          });
        }}
      >
        {t('record.add')}
      </Button>
    </Space>
  );
}
