// 质控看板: the national anesthesia QC indicators of an edition, the department KPIs and the year's staffing,
// for a period (default: the last complete month) and a choice of wards, all held in the page's search.
import { Space, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { todayLocal } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { IndicatorTable } from './IndicatorTable';
import { KpiPanel } from './KpiPanel';
import { QualityFilters } from './QualityFilters';
import { filterOfSearch, pageSearch, type QualityFilter } from './quality-search';
import { StaffingPanel } from './StaffingPanel';

const TABS = ['indicators', 'kpis', 'staffing'] as const;
type Tab = (typeof TABS)[number];

export default function QualityPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const [search, setSearch] = useSearchParams();
  const filter = filterOfSearch(search, todayLocal());
  const asked = search.get('tab');
  const tabs = TABS.filter((k) => k !== 'staffing' || can('quality.staffing'));
  const tab: Tab = tabs.find((k) => k === asked) ?? 'indicators';
  const show = (f: QualityFilter, next: Tab = tab) =>
    setSearch(new URLSearchParams(pageSearch(f, { tab: next === 'indicators' ? undefined : next })), {
      replace: true,
    });
  const panels: Record<Tab, ReactNode> = {
    indicators: <IndicatorTable filter={filter} />,
    kpis: <KpiPanel filter={filter} />,
    staffing: <StaffingPanel initialYear={Number(filter.period.to.slice(0, 4))} />,
  };
  return (
    <div>
      <Space align="center" wrap style={{ marginBottom: 8 }} size="large">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('qc.title')}
        </Typography.Title>
        {tab !== 'staffing' && (
          <QualityFilters value={filter} onChange={(f) => show(f)} showEdition={tab === 'indicators'} />
        )}
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }} data-testid="qc-period-text">
        {tab !== 'staffing' &&
          t(filter.wards.length ? 'qc.scope.wards' : 'qc.scope.all', {
            from: filter.period.from,
            to: filter.period.to,
            wards: filter.wards.join(', '),
          })}
      </Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(k) => show(filter, tabs.find((x) => x === k) ?? 'indicators')}
        destroyOnHidden
        items={tabs.map((k) => ({ key: k, label: t(`qc.tab.${k}`), children: panels[k] }))}
        data-testid="qc-tabs"
      />
    </div>
  );
}
