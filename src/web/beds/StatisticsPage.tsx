// 床位统计: for the chosen months and wards the nine NHC figures (china-standards.md §3), each ward's occupancy
// and the spread of ward occupancies month by month ("before and after 全科一张床", the pool's start marked),
// the monthly table, the midnight census of any past date, and the monthly report as Excel. Everything the page
// shows is held in its search, so a link opens the same view.
import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { useWards } from '../shared/directory.resource';
import { todayLocal } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';
import { StatisticsCensus } from './StatisticsCensus';
import { StatisticsCharts } from './StatisticsCharts';
import { StatisticsFigures } from './StatisticsFigures';
import { StatisticsMonthlyTable } from './StatisticsMonthlyTable';
import {
  filterOfSearch,
  periodOfMonths,
  type StatisticsFilter,
  searchOfFilter,
  statisticsXlsxUrl,
  useBedFigures,
  useBedMonthly,
} from './statistics.resource';

const MONTH = 'YYYY-MM';
const laterMonth = (d: Dayjs) => d.isAfter(dayjs(), 'month');

export default function StatisticsPage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const today = todayLocal();
  const filter = filterOfSearch(search, today);
  const show = (next: Partial<StatisticsFilter>) =>
    setSearch(new URLSearchParams(searchOfFilter({ ...filter, ...next })), { replace: true });
  const wards = useWards();
  const figures = useBedFigures(filter);
  const monthly = useBedMonthly(filter);
  const period = periodOfMonths(filter);
  const yesterday = dayjs(today).subtract(1, 'day').format('YYYY-MM-DD');
  const skipped = monthly.data?.skippedAdmissions ?? 0;

  return (
    <div>
      <Space align="center" wrap size="middle" style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('beds.stats.title')}
        </Typography.Title>
        <DatePicker.RangePicker
          picker="month"
          format={MONTH}
          value={[dayjs(`${filter.from}-01`), dayjs(`${filter.to}-01`)]}
          allowClear={false}
          disabledDate={laterMonth}
          onChange={(v) => v?.[0] && v[1] && show({ from: v[0].format(MONTH), to: v[1].format(MONTH) })}
          aria-label={t('beds.stats.period')}
          data-testid="beds-stats-period"
        />
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 220 }}
          maxTagCount="responsive"
          value={filter.wards}
          onChange={(codes: string[]) => show({ wards: codes })}
          loading={wards.isLoading}
          placeholder={t('beds.stats.wards.all')}
          aria-label={t('beds.stats.wards')}
          options={(wards.data?.items ?? []).map((w) => ({ value: w.code, label: `${w.code} ${w.name}` }))}
          optionFilterProp="label"
          data-testid="beds-stats-wards"
        />
        <Space size={4}>
          <Typography.Text type="secondary">{t('beds.stats.pool')}</Typography.Text>
          <DatePicker
            picker="month"
            format={MONTH}
            value={filter.pool === null ? null : dayjs(`${filter.pool}-01`)}
            placeholder={t('beds.stats.pool.none')}
            onChange={(d) => show({ pool: d ? d.format(MONTH) : null })}
            aria-label={t('beds.stats.pool')}
            data-testid="beds-stats-pool"
          />
        </Space>
        <Button
          icon={<FileExcelOutlined />}
          href={statisticsXlsxUrl(filter)}
          download
          data-testid="beds-stats-export"
        >
          {t('beds.stats.export')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }} data-testid="beds-stats-scope">
        {t('beds.stats.scope', {
          from: period.from,
          to: period.to,
          wards: filter.wards.length > 0 ? filter.wards.join(', ') : t('beds.stats.wards.all'),
        })}
      </Typography.Paragraph>
      {period.to >= today && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('beds.stats.partial', { date: yesterday })}
        />
      )}
      {skipped > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('beds.stats.skipped', { n: skipped })}
        />
      )}
      <Typography.Title level={5}>{t('beds.stats.figures')}</Typography.Title>
      <StatisticsFigures figures={figures.data} loading={figures.isFetching} error={figures.error} />
      {monthly.error && (
        <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorMessage(monthly.error, t)} />
      )}
      {monthly.data && (
        <>
          <div style={{ marginTop: 12 }}>
            <StatisticsCharts monthly={monthly.data} pool={filter.pool} />
          </div>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {t('beds.stats.monthly')}
          </Typography.Title>
          <StatisticsMonthlyTable monthly={monthly.data} loading={monthly.isFetching} />
        </>
      )}
      <div style={{ marginTop: 12 }}>
        <StatisticsCensus date={filter.date} wards={filter.wards} onDate={(date) => show({ date })} />
      </div>
    </div>
  );
}
