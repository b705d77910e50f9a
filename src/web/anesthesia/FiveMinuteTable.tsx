// The five-minute table of the record's vitals (the printed sheet's grid), from the chart's buckets.
import { Table } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import type { VitalSeries } from '../../api/anesthesia-vitals';
import { PARAMETERS } from '../../domain/interop/parameters';
import { useI18n } from '../shared/i18n';
import { fiveMinuteRows, TABLE_PARAMS } from './vitals-chart';

export function FiveMinuteTable({ vitals }: { vitals: VitalSeries | null }) {
  const { t, lang } = useI18n();
  const rows = useMemo(() => fiveMinuteRows(vitals), [vitals]);
  return (
    <Table
      size="small"
      rowKey="slot"
      pagination={false}
      scroll={{ y: 240 }}
      dataSource={rows}
      locale={{ emptyText: t('record.noVitals') }}
      columns={[
        {
          title: t('record.time'),
          dataIndex: 'slot',
          width: 70,
          render: (v: number) => dayjs(v).format('HH:mm'),
        },
        ...TABLE_PARAMS.map((p) => ({
          title: PARAMETERS[p as keyof typeof PARAMETERS][lang],
          render: (_: unknown, r: { values: Record<string, string> }) => r.values[p] ?? '',
        })),
      ]}
    />
  );
}
