// The midnight census of a date (床位日报, 24 时): per ward the inpatients present, those in extra beds, the open
// beds and that night's occupancy, each ward opening its list of patients and beds — replayed from the history,
// so any past date can be looked up. Tonight's census, before midnight, is marked as provisional.
import { Alert, Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { BedCensusResponse, CensusOccupantDto } from '../../api/beds-statistics';
import { fmtDateTime, todayLocal } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';
import { percentText } from './StatisticsFigures';
import { useBedCensus } from './statistics.resource';

type WardRow = BedCensusResponse['wards'][number];

function Occupants({ items }: { items: CensusOccupantDto[] }) {
  const { t } = useI18n();
  return (
    <Table<CensusOccupantDto>
      size="small"
      rowKey="admissionId"
      pagination={false}
      dataSource={items}
      locale={{ emptyText: t('beds.stats.census.empty') }}
      columns={[
        {
          title: t('beds.stats.census.bed'),
          width: 140,
          render: (_: unknown, o) => (
            <Space size={4}>
              <span>{o.bedCode ?? t('beds.stats.census.noBed')}</span>
              {o.extraBed && <Tag color="orange">{t('beds.stats.census.extraBed')}</Tag>}
            </Space>
          ),
        },
        { title: t('beds.stats.census.patient'), dataIndex: 'patientName', width: 120 },
        { title: t('beds.stats.census.mrn'), dataIndex: 'mrn', width: 140 },
        { title: t('beds.stats.census.since'), render: (_: unknown, o) => fmtDateTime(o.since) },
      ]}
    />
  );
}

export function StatisticsCensus({
  date,
  wards,
  onDate,
}: {
  date: string;
  wards: string[];
  onDate: (date: string) => void;
}) {
  const { t, locale } = useI18n();
  const census = useBedCensus(date, wards);
  const c = census.data;
  const today = todayLocal();
  const occupancy = (present: number, open: number) => (open === 0 ? null : present / open);
  return (
    <Card
      size="small"
      title={t('beds.stats.census')}
      extra={
        <DatePicker
          value={dayjs(date)}
          allowClear={false}
          disabledDate={(d) => d.format('YYYY-MM-DD') > today}
          onChange={(d) => d && onDate(d.format('YYYY-MM-DD'))}
          aria-label={t('beds.stats.census.date')}
          data-testid="beds-stats-census-date"
        />
      }
    >
      {census.error && <Alert type="error" showIcon title={errorMessage(census.error, t)} />}
      {c?.provisional && (
        <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('beds.stats.census.provisional')} />
      )}
      {c && c.conflicts.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('beds.stats.census.conflicts', { n: c.conflicts.length })}
        />
      )}
      <Table<WardRow>
        size="small"
        rowKey="ward"
        loading={census.isFetching}
        dataSource={c?.wards ?? []}
        pagination={false}
        expandable={{
          expandedRowRender: (w) => <Occupants items={w.occupants} />,
          rowExpandable: (w) => w.occupants.length > 0,
        }}
        data-testid="beds-stats-census"
        columns={[
          {
            title: t('beds.stats.col.ward'),
            render: (_: unknown, w) => `${w.ward} ${locale === 'en-US' ? (w.nameEn ?? w.name) : w.name}`,
          },
          { title: t('beds.stats.census.present'), dataIndex: 'present', align: 'right' },
          { title: t('beds.stats.census.inExtraBeds'), dataIndex: 'inExtraBeds', align: 'right' },
          { title: t('beds.stats.census.openBeds'), dataIndex: 'openBeds', align: 'right' },
          {
            title: t('beds.stats.census.occupancy'),
            align: 'right',
            render: (_: unknown, w) => percentText(occupancy(w.present, w.openBeds), t, locale),
          },
        ]}
        summary={() =>
          c ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} />
              <Table.Summary.Cell index={1}>
                <Typography.Text strong>{t('beds.stats.census.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                <strong>{c.department.present}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <strong>{c.department.inExtraBeds}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                <strong>{c.department.openBeds}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                <strong>
                  {percentText(occupancy(c.department.present, c.department.openBeds), t, locale)}
                </strong>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
