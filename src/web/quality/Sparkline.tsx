// One indicator's last 12 months as a small line (from the trend route), or a dash when no month has a value.
import { useMemo } from 'react';
import type { Unit } from '../../domain/quality/types';
import { EChart } from '../shared/EChart';
import { useI18n } from '../shared/i18n';
import { sparklineOption } from './sparkline';
import { unitValue } from './value-format';

export function Sparkline({
  code,
  months,
  values,
  unit,
}: {
  code: string;
  months: readonly string[];
  values: readonly (number | null)[] | undefined;
  unit: Unit;
}) {
  const { t, locale } = useI18n();
  const option = useMemo(
    () =>
      values
        ? sparklineOption(months, values, (v) =>
            v === null ? t('qc.trend.noValue') : unitValue(v, unit, t, locale),
          )
        : null,
    [months, values, unit, t, locale],
  );
  if (!option || !values?.some((v) => v !== null))
    return <span style={{ color: '#8c8c8c' }}>{t('qc.trend.none')}</span>;
  return (
    <div style={{ width: 120 }} role="img" aria-label={t('qc.trend.label', { code })}>
      <EChart option={option} height={32} testId={`qc-trend-${code}`} />
    </div>
  );
}
