// 预警响应报表: per ward and alert type, how many alerts, how many acknowledged or escalated, and the
// time to acknowledge (median, 90th percentile) and to escalation.
import { Alert, DatePicker, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ALERT_LABELS, type AlertType } from '../../domain/monitoring/escalation';
import { useI18n } from '../shared/i18n';
import { useEwsReport } from './ews-report.resource';

const min = (v: number | null) => (v === null ? '—' : v.toFixed(1));

export default function EwsReportPage() {
  const { t, lang } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([
    dayjs().subtract(30, 'day').startOf('day'),
    dayjs().endOf('day'),
  ]);
  const report = useEwsReport(range[0].toISOString(), range[1].toISOString());
  return (
    <div>
      <Space style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('report.ews')}
        </Typography.Title>
        <DatePicker.RangePicker
          value={range}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0].startOf('day'), v[1].endOf('day')])}
        />
      </Space>
      {report.error && <Alert type="error" title={report.error.message} />}
      <Table
        size="small"
        rowKey={(r) => `${r.ward_id}-${r.type}`}
        loading={report.isLoading}
        dataSource={report.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('worklist.empty') }}
        columns={[
          { title: t('report.ward'), dataIndex: 'ward_name', render: (v: string | null) => v ?? '—' },
          {
            title: t('report.type'),
            dataIndex: 'type',
            render: (v: string) => ALERT_LABELS[v as AlertType]?.[lang] ?? v,
          },
          { title: t('report.alerts'), dataIndex: 'alerts' },
          { title: t('report.acknowledged'), dataIndex: 'acknowledged' },
          { title: t('report.escalated'), dataIndex: 'escalated' },
          { title: t('report.medianAck'), dataIndex: 'median_ack_min', render: min },
          { title: t('report.p90Ack'), dataIndex: 'p90_ack_min', render: min },
          { title: t('report.medianEscalation'), dataIndex: 'median_escalation_min', render: min },
        ]}
      />
    </div>
  );
}
