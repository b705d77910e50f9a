// Drugs: a bolus, or an infusion (a rate change ends the running segment and starts the next), given
// now or at the time typed; each corrected or voided before signing (a voided one struck through); the
// antibiotic's timing against incision, and the totals of what stands.
import { Button, Card, InputNumber, Modal, Radio, Select, Space, Table } from 'antd';
import { useState } from 'react';
import type { AnesthesiaRecord } from '../../api/anesthesia';
import { DRUGS } from '../../domain/anesthesia/drug-catalogue';
import { fmtTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { TimeOfDayInput, type TimeValue, timeOrNow } from '../shared/TimeOfDayInput';
import { DrugEditDialog } from './DrugEditDialog';
import { EntryMarks, voidedStyle } from './EntryMarks';
import { addDrug, stopDrug } from './record.resource';
import { useRecordAttempt } from './record-errors';
import type { PanelProps } from './record-panel';
import { caseSpan } from './record-span';

type Drug = AnesthesiaRecord['drugs'][number];

export function DrugsPanel({ c, rec, editable, onDone }: PanelProps) {
  const { t } = useI18n();
  const attempt = useRecordAttempt();
  const [drug, setDrug] = useState<string | null>(null);
  const [kind, setKind] = useState<'bolus' | 'infusion'>('bolus');
  const [amount, setAmount] = useState<number | null>(null);
  const [time, setTime] = useState<TimeValue>(null);
  const def = DRUGS.find((d) => d.code === drug);
  const [rateFor, setRateFor] = useState<Drug | null>(null);
  const [newRate, setNewRate] = useState<number | null>(null);
  const [correcting, setCorrecting] = useState<{ drug: Drug; action: 'edit' | 'void' } | null>(null);
  const changeRate = async () => {
    if (!rateFor || newRate === null) return;
    await attempt(async () => {
      await addDrug(c.id, {
        drug: rateFor.drug,
        kind: 'infusion',
        rate: newRate,
        startAt: new Date().toISOString(),
        replaces: rateFor.id,
      });
      setRateFor(null);
      setNewRate(null);
      await onDone();
    });
  };
  const add = async () => {
    if (!drug || amount === null || time === 'invalid') return;
    await attempt(async () => {
      await addDrug(c.id, {
        drug,
        kind,
        ...(kind === 'bolus' ? { dose: amount } : { rate: amount }),
        startAt: new Date(timeOrNow(time)).toISOString(),
      });
      setAmount(null);
      setTime(null);
      await onDone();
    });
  };
  const actions = (d: Drug) => {
    if (!editable || d.voided) return null;
    const running = d.kind === 'infusion' && !d.endAt;
    return (
      <Space size={2} wrap>
        {running && (
          <>
            <Button size="small" onClick={() => setRateFor(d)}>
              {t('record.rateChange')}
            </Button>
            <Button
              size="small"
              onClick={() =>
                attempt(async () => {
                  await stopDrug(c.id, d.id, { at: new Date().toISOString() });
                  await onDone();
                })
              }
            >
              {t('record.stop')}
            </Button>
          </>
        )}
        <Button
          size="small"
          type="link"
          onClick={() => setCorrecting({ drug: d, action: 'edit' })}
          data-testid="drug-edit"
        >
          {t('record.correct')}
        </Button>
        <Button
          size="small"
          type="link"
          danger
          onClick={() => setCorrecting({ drug: d, action: 'void' })}
          data-testid="drug-void"
        >
          {t('record.void')}
        </Button>
      </Space>
    );
  };
  return (
    <Card size="small" title={t('record.drugs')} style={{ marginBottom: 8 }} data-testid="drugs-panel">
      {editable && (
        <Space wrap style={{ marginBottom: 8 }}>
          <Select
            showSearch
            size="small"
            style={{ width: 200 }}
            placeholder={t('record.drug')}
            value={drug}
            onChange={setDrug}
            optionFilterProp="label"
            data-testid="drug-select"
            options={DRUGS.map((d) => ({ value: d.code, label: `${d.label['zh-CN']} ${d.label['en-US']}` }))}
          />
          <Radio.Group
            size="small"
            optionType="button"
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            options={[
              { value: 'bolus', label: t('record.kind.bolus') },
              { value: 'infusion', label: t('record.kind.infusion') },
            ]}
          />
          <InputNumber
            size="small"
            min={0}
            value={amount}
            onChange={(v) => setAmount(typeof v === 'number' ? v : null)}
            suffix={def ? (kind === 'bolus' ? def.unit : `${def.unit}/h`) : undefined}
            placeholder={kind === 'bolus' ? t('record.dose') : t('record.rate')}
            data-testid="drug-amount"
          />
          <span>{t('record.eventAt')}</span>
          <TimeOfDayInput value={time} onChange={setTime} span={caseSpan(rec)} testId="drug-time" />
          <Button
            size="small"
            type="primary"
            disabled={!drug || amount === null || time === 'invalid'}
            onClick={add}
            data-testid="drug-add"
          >
            {t('record.add')}
          </Button>
        </Space>
      )}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rec.drugs}
        onRow={(d) => ({ 'data-testid': 'drug-row', 'data-voided': d.voided ? 'true' : 'false' }) as object}
        columns={[
          {
            title: t('record.time'),
            dataIndex: 'startAt',
            width: 60,
            render: (v: string, d: Drug) => <span style={voidedStyle(!!d.voided)}>{fmtTime(v)}</span>,
          },
          {
            title: t('record.drug'),
            render: (_: unknown, d: Drug) => (
              <Space size={4} wrap>
                <span style={voidedStyle(!!d.voided)}>{d.name}</span>
                <EntryMarks entry={{ ...d, at: d.startAt }} />
              </Space>
            ),
          },
          {
            title: t('record.dose'),
            render: (_: unknown, d: Drug) => (
              <span style={voidedStyle(!!d.voided)} data-testid="drug-amount-shown">
                {d.kind === 'bolus'
                  ? `${d.dose} ${d.unit}`
                  : `${d.rate} ${d.unit}${d.endAt ? ` → ${fmtTime(d.endAt)}` : ''}`}
              </span>
            ),
          },
          { title: '', width: 150, render: (_: unknown, d: Drug) => actions(d) },
        ]}
      />
      {rec.antibioticTiming.map((a) => (
        <div key={a.at} style={{ fontSize: 12 }} data-testid="antibiotic-timing">
          {t('record.antibiotic', {
            name: a.name,
            when:
              a.minutesFromIncision === null
                ? t('record.noIncision')
                : a.minutesFromIncision <= 0
                  ? t('record.beforeIncision', { n: -a.minutesFromIncision })
                  : t('record.afterIncision', { n: a.minutesFromIncision }),
          })}
        </div>
      ))}
      {rec.drugTotals.length > 0 && (
        <div style={{ marginTop: 6 }} data-testid="drug-totals">
          <strong>{t('record.totals')}：</strong>
          {rec.drugTotals.map((d) => `${d.name} ${d.total} ${d.unit}`).join('；')}
        </div>
      )}
      {rateFor && (
        <Modal
          open
          title={`${t('record.rateChange')} · ${rateFor.name}`}
          onCancel={() => setRateFor(null)}
          onOk={changeRate}
          okButtonProps={{ disabled: newRate === null }}
          cancelText={t('form.cancel')}
        >
          <InputNumber
            min={0}
            value={newRate}
            onChange={(v) => setNewRate(typeof v === 'number' ? v : null)}
            suffix={rateFor.unit}
            placeholder={t('record.newRate')}
          />
        </Modal>
      )}
      {correcting && (
        <DrugEditDialog
          caseId={c.id}
          rec={rec}
          drug={correcting.drug}
          action={correcting.action}
          onClose={() => setCorrecting(null)}
          onDone={async () => {
            setCorrecting(null);
            await onDone();
          }}
        />
      )}
    </Card>
  );
}
