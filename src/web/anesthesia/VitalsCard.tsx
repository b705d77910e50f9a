// The record's vitals: the chart (a click on a drawn reading offers to mark it as an artefact), the
// five-minute table, and a vital sign entered by hand.
import { Button, Card, InputNumber, Select, Space, Table, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import type { AnesthesiaRecord } from '../../api/anesthesia';
import { PARAMETERS } from '../../domain/interop/parameters';
import type { CaseDetail } from '../app/types';
import { api } from '../shared/api';
import { EChart, type EChartClick } from '../shared/EChart';
import { useI18n } from '../shared/i18n';
import { useAttempt } from '../shared/use-attempt';
import { ArtefactDialog, type ArtefactTarget } from './ArtefactDialog';
import {
  type ChartPoint,
  fiveMinuteRows,
  TABLE_PARAMS,
  type VitalSeries,
  vitalsOption,
} from './vitals-chart';

export function VitalsCard({
  c,
  rec,
  vitals,
  editable,
  onReadingChanged,
}: {
  c: CaseDetail;
  rec: AnesthesiaRecord;
  vitals: VitalSeries | null;
  editable: boolean;
  /** After a reading was entered or marked here: the readings from its time on, and the record. */
  onReadingChanged: (at: number) => Promise<unknown>;
}) {
  const { t, locale } = useI18n();
  const [artefact, setArtefact] = useState<ArtefactTarget | null>(null);
  const option = useMemo(() => vitalsOption(vitals, rec, locale), [vitals, rec, locale]);
  const count = vitals?.count ?? 0;
  // A click on a drawn reading (a bucket's minimum or maximum) offers to mark that reading as an artefact.
  const onChartClick = useCallback(
    (e: EChartClick) => {
      const p = e.data as ChartPoint | undefined;
      if (!editable || !p || p.artefact) return;
      setArtefact({ id: p.id, param: p.param, value: p.value[1], observedAt: new Date(p.at).toISOString() });
    },
    [editable],
  );
  return (
    <Card
      size="small"
      title={t('record.vitals')}
      style={{ marginBottom: 8 }}
      extra={
        <Typography.Text type="secondary" data-testid="vitals-count" data-count={count}>
          {count}
        </Typography.Text>
      }
    >
      <Tabs
        size="small"
        items={[
          {
            key: 'chart',
            label: t('record.vitals'),
            children: <EChart option={option} height={300} testId="vitals-chart" onClick={onChartClick} />,
          },
          { key: 'table', label: t('record.table'), children: <FiveMinuteTable vitals={vitals} /> },
        ]}
      />
      {editable && <ManualVital caseId={c.id} onDone={onReadingChanged} />}
      {editable && (
        <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
          {t('record.artefactHint')}
        </Typography.Text>
      )}
      {artefact && (
        <ArtefactDialog
          caseId={c.id}
          o={artefact}
          onClose={() => setArtefact(null)}
          onDone={async () => {
            setArtefact(null);
            await onReadingChanged(Date.parse(artefact.observedAt));
          }}
        />
      )}
    </Card>
  );
}

function FiveMinuteTable({ vitals }: { vitals: VitalSeries | null }) {
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

function ManualVital({ caseId, onDone }: { caseId: string; onDone: (at: number) => Promise<unknown> }) {
  const { t, lang } = useI18n();
  const attempt = useAttempt();
  const [param, setParam] = useState('nibp_sys');
  const [value, setValue] = useState<number | null>(null);
  return (
    <Space style={{ marginTop: 8 }}>
      <span>{t('record.manual')}</span>
      <Select
        size="small"
        style={{ width: 140 }}
        value={param}
        onChange={setParam}
        options={Object.entries(PARAMETERS).map(([k, p]) => ({ value: k, label: `${p[lang]} (${p.unit})` }))}
      />
      <InputNumber size="small" value={value} onChange={(v) => setValue(typeof v === 'number' ? v : null)} />
      <Button
        size="small"
        disabled={value === null}
        onClick={async () => {
          await attempt(async () => {
            const at = new Date();
            await api.post(`/api/v1/cases/${caseId}/observations`, { param, value, at: at.toISOString() });
            setValue(null);
            await onDone(at.getTime());
          });
        }}
      >
        {t('record.add')}
      </Button>
    </Space>
  );
}
