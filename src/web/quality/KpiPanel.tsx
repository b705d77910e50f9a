// Tab 科室指标: the department KPIs of the period — each share with numerator and denominator, the value as a
// percentage with its Wilson 95% interval, the units left out because the deciding datum is unknown and how it
// is counted; the operations, bed occupancy and average length of stay with their bed-days.
import { Alert, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import type { KpisResponse, Proportion } from '../../api/quality';
import { type MessageKey, useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';
import { useKpis } from './quality.resource';
import type { QualityFilter } from './quality-search';
import { count, days, interval, percent } from './value-format';

const SHARES = [
  'grade4Share',
  'minimallyInvasiveShare',
  'minimallyInvasiveShareExcludingAblation',
  'roboticShare',
  'outsideProvinceShare',
  'mortality28d',
  'clavienIIIPlusShare',
] as const satisfies readonly (keyof KpisResponse)[];
type Share = (typeof SHARES)[number];
type KpiRow = Proportion & { key: Share };

const NOTE: Record<Proportion['countingNote'], MessageKey> = {
  persons_per_admission: 'qc.kpi.note.persons_per_admission',
  episodes: 'qc.kpi.note.episodes',
  persons: 'qc.kpi.note.persons',
};

export function KpiPanel({ filter }: { filter: QualityFilter }) {
  const { t, locale } = useI18n();
  const kpis = useKpis(filter);
  if (kpis.error) return <Alert type="error" showIcon title={errorMessage(kpis.error, t)} />;
  const k = kpis.data;
  const rows: KpiRow[] = k ? SHARES.map((key) => ({ ...k[key], key })) : [];
  return (
    <div>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        <Col span={6}>
          <Card size="small" loading={!k}>
            <Statistic title={t('qc.kpi.operations')} value={k ? count(k.operations, locale) : ''} />
            <Typography.Text type="secondary">
              {k && t('qc.kpi.ablations', { n: count(k.ablationCount, locale) })}
            </Typography.Text>
          </Card>
        </Col>
        <Col span={9}>
          <Card size="small" loading={!k}>
            <Statistic
              title={t('qc.kpi.bedOccupancy')}
              value={k ? percent(k.bedOccupancy.value, locale, t) : ''}
              data-testid="qc-kpi-occupancy"
            />
            <Typography.Text type="secondary">
              {k &&
                t('qc.kpi.bedDays', {
                  occupied: count(k.bedOccupancy.occupiedBedDays, locale),
                  open: count(k.bedOccupancy.openBedDays, locale),
                })}
            </Typography.Text>
          </Card>
        </Col>
        <Col span={9}>
          <Card size="small" loading={!k}>
            <Statistic
              title={t('qc.kpi.alos')}
              value={k ? days(k.averageLengthOfStay.value, locale, t) : ''}
              data-testid="qc-kpi-alos"
            />
            <Typography.Text type="secondary">
              {k &&
                t('qc.kpi.losDays', {
                  days: count(k.averageLengthOfStay.sumLosDays, locale),
                  discharges: count(k.averageLengthOfStay.discharges, locale),
                })}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      <Table<KpiRow>
        size="small"
        rowKey="key"
        loading={kpis.isFetching}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('qc.kpi.empty') }}
        data-testid="qc-kpis"
        columns={[
          {
            title: t('qc.kpi.col.name'),
            render: (_: unknown, r) => t(`qc.kpi.${r.key}`, { province: k?.homeProvince ?? '' }),
          },
          {
            title: t('qc.term.numerator'),
            align: 'right',
            render: (_: unknown, r) => count(r.numerator, locale),
          },
          {
            title: t('qc.term.denominator'),
            align: 'right',
            render: (_: unknown, r) => count(r.denominator, locale),
          },
          {
            title: t('qc.kpi.col.value'),
            align: 'right',
            render: (_: unknown, r) => (
              <strong data-testid={`qc-kpi-${r.key}`}>
                {r.value === null ? t('quality.valueUnavailable') : percent(r.value, locale, t)}
              </strong>
            ),
          },
          {
            title: t('qc.kpi.col.interval'),
            align: 'right',
            width: 190,
            render: (_: unknown, r) => (
              <span style={{ whiteSpace: 'nowrap' }}>{interval(r.lower, r.upper, locale, t)}</span>
            ),
          },
          {
            title: t('qc.kpi.col.unknown'),
            align: 'right',
            render: (_: unknown, r) => count(r.unknown, locale),
          },
          {
            title: t('qc.kpi.col.note'),
            render: (_: unknown, r) => (
              <Typography.Text type="secondary">{t(NOTE[r.countingNote])}</Typography.Text>
            ),
          },
        ]}
      />
    </div>
  );
}
