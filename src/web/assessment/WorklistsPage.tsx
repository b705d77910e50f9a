// 术前评估 worklists: 待访视 (next 3 days, no signed visit), 高危患者 (this week), and the
// recommendations followed as tasks until someone accepts, declines (with a reason) or completes them.
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useI18n } from '../shared/i18n';
import { CaseWorklist } from './CaseWorklist';
import { TaskWorklist } from './TaskWorklist';

const TABS = ['pending', 'high-risk', 'tasks'] as const;

export default function WorklistsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((k) => k === params.get('tab')) ?? 'pending';
  return (
    <Tabs
      activeKey={tab}
      onChange={(k) => setParams({ tab: k })}
      items={[
        { key: 'pending', label: t('worklist.pending'), children: <CaseWorklist kind="pending-visits" /> },
        { key: 'high-risk', label: t('worklist.highRisk'), children: <CaseWorklist kind="high-risk" /> },
        { key: 'tasks', label: t('worklist.tasks'), children: <TaskWorklist /> },
      ]}
    />
  );
}
