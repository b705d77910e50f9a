// The record's vitals: the chart (a click on a drawn reading offers to mark it as an artefact), the
// five-minute table, and the vital signs entered by hand (now or at their time, corrected or voided).
import { Card, Tabs, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { AnesthesiaRecord } from '../../api/anesthesia';
import type { VitalSeries } from '../../api/anesthesia-vitals';
import type { CaseDetail } from '../../api/registry';
import { EChart, type EChartClick } from '../shared/EChart';
import { useI18n } from '../shared/i18n';
import { ArtefactDialog, type ArtefactTarget } from './ArtefactDialog';
import { FiveMinuteTable } from './FiveMinuteTable';
import { ManualVital } from './ManualVital';
import { ManualVitalsList } from './ManualVitalsList';
import { caseSpan } from './record-span';
import { type ChartPoint, vitalsOption } from './vitals-chart';

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
      {editable && <ManualVital caseId={c.id} span={caseSpan(rec)} onDone={onReadingChanged} />}
      <ManualVitalsList caseId={c.id} rec={rec} editable={editable} onDone={onReadingChanged} />
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
