// 出入量: post-op intake and output entered by the nurse, per 24 h with the cumulative balance (chart).
import { App, Button, Card, InputNumber, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { IO_IN, IO_LABELS, IO_OUT, type IoKind } from '../../domain/monitoring/intake-output';
import { EChart, type EChartsOption } from '../shared/EChart';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { errorMessage } from '../shared/use-attempt';
import { useAddIo, useIoBalance } from './io.resource';

export function IoCard({ caseId }: { caseId: string }) {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const addIo = useAddIo(caseId);
  const [kind, setKind] = useState<IoKind>('iv');
  const [volume, setVolume] = useState<number | null>(null);
  const io = useIoBalance(caseId);
  const days = io.data?.days ?? [];
  const option = useMemo<EChartsOption>(
    () => ({
      animation: false,
      grid: { left: 48, right: 16, top: 28, bottom: 24 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: days.map((d) => t('io.day', { n: d.day })) },
      yAxis: { type: 'value', name: 'ml' },
      series: [
        { name: t('io.in'), type: 'bar', data: days.map((d) => d.inMl), itemStyle: { color: '#1677ff' } },
        { name: t('io.out'), type: 'bar', data: days.map((d) => d.outMl), itemStyle: { color: '#fa8c16' } },
        {
          name: t('io.cumulative'),
          type: 'line',
          data: days.map((d) => d.cumulativeMl),
          itemStyle: { color: '#cf1322' },
        },
      ],
    }),
    [days, t],
  );
  const add = async () => {
    if (volume === null) return;
    try {
      await addIo.mutateAsync({
        direction: (IO_IN as readonly string[]).includes(kind) ? 'in' : 'out',
        kind,
        volumeMl: volume,
        at: new Date().toISOString(),
      });
      setVolume(null);
    } catch (e) {
      message.error(errorMessage(e, t));
    }
  };
  return (
    <Card size="small" title={t('io.title')} style={{ marginBottom: 12 }} data-testid="io-card">
      {can('observation.write') && (
        <Space style={{ marginBottom: 8 }} wrap>
          <Select
            style={{ width: 150 }}
            value={kind}
            onChange={setKind}
            options={[...IO_IN, ...IO_OUT].map((k) => ({
              value: k,
              label: `${IO_LABELS[k][lang]}（${(IO_IN as readonly string[]).includes(k) ? t('io.in') : t('io.out')}）`,
            }))}
          />
          <InputNumber
            min={1}
            max={10000}
            value={volume}
            onChange={(v) => setVolume(typeof v === 'number' ? v : null)}
            suffix="ml"
          />
          <Button disabled={volume === null} onClick={add}>
            {t('record.add')}
          </Button>
        </Space>
      )}
      {days.length === 0 ? (
        <Typography.Text type="secondary">{t('pacu.none')}</Typography.Text>
      ) : (
        <>
          <EChart option={option} height={180} />
          <Typography.Text style={{ fontSize: 12 }} data-testid="io-latest">
            {t('io.summary', { ...days.at(-1)! })}
          </Typography.Text>
        </>
      )}
    </Card>
  );
}
