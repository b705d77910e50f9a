// The nine NHC bed figures of the period (china-standards.md §3) as cards, each with its definition; and how
// the page writes a figure: bed-days as counts, occupancy as a percentage, the ratios with two decimals, a
// figure without a denominator as a dash that says why.
import { InfoCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Row, Statistic, Tooltip } from 'antd';
import type { BedFigures } from '../../api/beds-statistics';
import type { Locale } from '../../domain/common/field-messages';
import { type MessageKey, type Translate, useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';

export const FIGURE_KEYS = [
  'openBedDays',
  'averageOpenBeds',
  'occupiedBedDays',
  'occupancy',
  'turnover',
  'averageBedWorkingDays',
  'discharges',
  'dischargedBedDays',
  'averageLengthOfStay',
] as const satisfies readonly (keyof BedFigures)[];
export type FigureKey = (typeof FIGURE_KEYS)[number];

export const DASH = '—';

const fixed = (v: number, decimals: number, locale: Locale): string =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
    v,
  );

/** A fraction as a percentage with two decimals (0.8532 → 85.32%). */
export const percentText = (v: number | null, t: Translate, locale: Locale): string =>
  v === null ? DASH : t('beds.stats.value.percent', { v: fixed(v * 100, 2, locale) });

/** A figure as the tables write it: the number alone, in its own precision. */
export function figureNumber(key: FigureKey, v: number | null, t: Translate, locale: Locale): string {
  if (v === null) return DASH;
  switch (key) {
    case 'openBedDays':
    case 'occupiedBedDays':
    case 'discharges':
    case 'dischargedBedDays':
      return fixed(v, 0, locale);
    case 'occupancy':
      return percentText(v, t, locale);
    default:
      return fixed(v, 2, locale);
  }
}

/** A figure with its unit, as the cards write it. */
function figureWithUnit(key: FigureKey, v: number | null, t: Translate, locale: Locale): string {
  if (v === null) return DASH;
  switch (key) {
    case 'averageOpenBeds':
      return t('beds.stats.value.beds', { v: fixed(v, 2, locale) });
    case 'turnover':
      return t('beds.stats.value.times', { v: fixed(v, 2, locale) });
    case 'averageBedWorkingDays':
    case 'averageLengthOfStay':
      return t('beds.stats.value.days', { v: fixed(v, 2, locale) });
    default:
      return figureNumber(key, v, t, locale);
  }
}

export const figureLabel = (key: FigureKey): MessageKey => `beds.stats.f.${key}`;
const definition = (key: FigureKey): MessageKey => `beds.stats.def.${key}`;

export function StatisticsFigures({
  figures,
  loading,
  error,
}: {
  figures: BedFigures | undefined;
  loading: boolean;
  error: unknown;
}) {
  const { t, locale } = useI18n();
  if (error) return <Alert type="error" showIcon title={errorMessage(error, t)} />;
  return (
    <Row gutter={[12, 12]} data-testid="beds-stats-figures">
      {FIGURE_KEYS.map((key) => {
        const v = figures ? figures[key] : null;
        return (
          <Col key={key} xs={12} md={8} xl={6} xxl={4}>
            <Card size="small" loading={loading && !figures}>
              <Statistic
                title={
                  <span>
                    {t(figureLabel(key))}{' '}
                    <Tooltip title={t(definition(key))}>
                      <InfoCircleOutlined aria-label={t(definition(key))} />
                    </Tooltip>
                  </span>
                }
                value={figures ? figureWithUnit(key, v, t, locale) : DASH}
                data-testid={`beds-stats-${key}`}
              />
              {figures && v === null && (
                <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{t('beds.stats.noValue')}</span>
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
