// The QC period picker: month, quarter, year or a custom range of days; the kind switch keeps the period's
// last day (a month switched to a quarter becomes the quarter holding that month).
import { DatePicker, Segmented, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../shared/i18n';
import { movedTo, PERIOD_KINDS, type Period, type PeriodKind, presetPeriod } from './period';

const DAY = 'YYYY-MM-DD';
const FORMAT: Record<Exclude<PeriodKind, 'range'>, string> = {
  month: 'YYYY-MM',
  quarter: 'YYYY-[Q]Q',
  year: 'YYYY',
};

/** No period reaches past today. */
const future = (d: Dayjs) => d.isAfter(dayjs(), 'day');

export function PeriodPicker({ value, onChange }: { value: Period; onChange: (p: Period) => void }) {
  const { t } = useI18n();
  const switchKind = (kind: PeriodKind) =>
    onChange(kind === 'range' ? { ...value, kind } : presetPeriod(kind, value.to));
  return (
    <Space size={4}>
      <Segmented<PeriodKind>
        value={value.kind}
        onChange={switchKind}
        options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`qc.period.${k}`) }))}
        data-testid="qc-period-kind"
      />
      {value.kind === 'range' ? (
        <DatePicker.RangePicker
          value={[dayjs(value.from), dayjs(value.to)]}
          allowClear={false}
          disabledDate={future}
          onChange={(v) =>
            v?.[0] && v[1] && onChange({ kind: 'range', from: v[0].format(DAY), to: v[1].format(DAY) })
          }
          aria-label={t('qc.period.label')}
          data-testid="qc-period-range"
        />
      ) : (
        <DatePicker
          picker={value.kind}
          format={FORMAT[value.kind]}
          value={dayjs(value.from)}
          allowClear={false}
          disabledDate={future}
          onChange={(d) => d && onChange(movedTo(value, d))}
          aria-label={t('qc.period.label')}
          data-testid="qc-period"
        />
      )}
    </Space>
  );
}
