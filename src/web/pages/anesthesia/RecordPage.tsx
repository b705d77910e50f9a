// 麻醉记录单: the live record of one case — events with one tap, the vitals chart updated as monitors
// send, drugs, fluids, the WHO checklist, alerts, method, signing and the printed sheet.
import { FilePdfOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import {
  ADVERSE_EVENTS,
  CHECKLIST,
  CHECKLIST_PHASES,
  type ChecklistPhase,
  DRUGS,
  FLUID_LABELS,
  FLUIDS_IN,
  FLUIDS_OUT,
  RECORD_EVENTS,
} from '../../../domain/anesthesia/record-vocabulary';
import { formatAlertExtreme, formatVital, vitalUnit } from '../../../domain/anesthesia/vital-format';
import { PARAMETERS } from '../../../domain/interop/parameters';
import { ANESTHESIA_METHOD_LABELS, ANESTHESIA_METHODS } from '../../../domain/registry/vocabulary';
import { ApiError, api } from '../../app/api';
import { fmtDateTime, fmtTime } from '../../app/format';
import { useI18n } from '../../app/i18n';
import { useLiveTopic, useLiveTopics } from '../../app/realtime';
import { useSession } from '../../app/session';
import type { AnesthesiaRecord, CaseDetail, Observation } from '../../app/types';
import { errorMessage, useAttempt } from '../../app/use-attempt';
import { EChart, type EChartClick } from '../../components/EChart';
import { Loading } from '../../components/Loading';
import type { MessageKey } from '../../i18n/zh-CN';
import { NotFoundPage } from '../errors/NotFoundPage';
import { CasePatientBanner } from '../registry/PatientChartPage';
import { useVitalSeries } from './use-observations';
import {
  type ChartPoint,
  fiveMinuteRows,
  TABLE_PARAMS,
  type VitalSeries,
  vitalsOption,
} from './vitals-chart';

/** The reading a click on the chart offers to mark as an artefact. */
type ArtefactTarget = Pick<Observation, 'id' | 'param' | 'value' | 'observedAt'>;

/** What every panel of the record receives. */
type PanelProps = { c: CaseDetail; rec: AnesthesiaRecord; editable: boolean; onDone: () => Promise<unknown> };

export default function RecordPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const caseQuery = useQuery({
    queryKey: ['case', id],
    queryFn: () => api.get<CaseDetail>(`/api/v1/cases/${id}`),
  });
  const recordQuery = useQuery({
    queryKey: ['record', id],
    queryFn: () => api.get<AnesthesiaRecord>(`/api/v1/cases/${id}/record`),
  });
  const room = caseQuery.data?.orRoom;
  const vitals = useVitalSeries(id, room);
  // Alerts and entries are derived on the server from everything: refresh them every few seconds
  // while monitors send, and at once when the record itself changes.
  useLiveTopics(room ? [`or_room:${room}`] : [], [['record', id]], 5000);
  useLiveTopic(`case:${id}`, [
    ['case', id],
    ['record', id],
  ]);

  if (caseQuery.isLoading || recordQuery.isLoading) return <Loading />;
  const error = caseQuery.error ?? recordQuery.error;
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage />;
  if (!caseQuery.data || !recordQuery.data)
    return <Alert type="error" title={error?.message ?? t('app.error.network')} />;
  return <RecordView c={caseQuery.data} rec={recordQuery.data} vitals={vitals} />;
}

function RecordView({
  c,
  rec,
  vitals,
}: {
  c: CaseDetail;
  rec: AnesthesiaRecord;
  vitals: VitalSeries | null;
}) {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const attempt = useAttempt();
  const client = useQueryClient();
  const [eventCode, setEventCode] = useState<string | null>(null);
  const [amending, setAmending] = useState(false);
  const [artefact, setArtefact] = useState<ArtefactTarget | null>(null);
  const editable = can('observation.write') && rec.record.status !== 'signed';
  const refresh = () =>
    Promise.all(
      [
        ['record', c.id],
        ['case', c.id],
        ['observations', c.id],
      ].map((k) => client.invalidateQueries({ queryKey: k })),
    );
  const option = useMemo(() => vitalsOption(vitals, rec, lang), [vitals, rec, lang]);
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

  const sign = async () => {
    await attempt(async () => {
      await api.post(`/api/v1/cases/${c.id}/record/sign`, { version: rec.record.version });
      await refresh();
    });
  };

  return (
    <div>
      <CasePatientBanner c={c} />
      <Card
        size="small"
        style={{ marginBottom: 8 }}
        title={
          <Space wrap>
            <span>{t('record.title')}</span>
            <Typography.Text type="secondary">
              {c.orRoom} · {c.procedureText}
            </Typography.Text>
            <Tag
              color={rec.record.status === 'signed' ? 'green' : 'blue'}
              data-testid="record-status"
              data-status={rec.record.status}
            >
              {t(`record.status.${rec.record.status}`)}
            </Tag>
            <Tag data-testid="record-case-status" data-status={rec.case.status}>
              {rec.case.status}
            </Tag>
          </Space>
        }
        extra={
          <Space>
            <Button
              size="small"
              icon={<FilePdfOutlined />}
              href={`/api/v1/cases/${c.id}/record/pdf`}
              target="_blank"
              data-testid="record-print"
            >
              {t('record.print')}
            </Button>
            {can('assessment.sign') && rec.record.status === 'draft' && (
              <Button size="small" type="primary" onClick={sign} data-testid="record-sign">
                {t('record.sign')}
              </Button>
            )}
            {can('assessment.sign') && rec.record.status === 'signed' && (
              <Button size="small" onClick={() => setAmending(true)}>
                {t('record.amend')}
              </Button>
            )}
          </Space>
        }
      >
        {editable && (
          <Space wrap>
            {RECORD_EVENTS.map((e) => (
              <Button
                key={e.code}
                size="small"
                onClick={() => setEventCode(e.code)}
                data-testid={`event-${e.code}`}
              >
                {e.label[lang]}
              </Button>
            ))}
            <Select
              size="small"
              style={{ width: 180 }}
              placeholder={t('record.adverse')}
              value={null}
              onChange={(v: string) => setEventCode(v)}
              options={ADVERSE_EVENTS.map((e) => ({ value: e.code, label: e.label[lang] }))}
            />
          </Space>
        )}
        {rec.record.status === 'signed' && rec.record.signedAt && (
          <Typography.Text type="success">
            {t('record.signed', { time: fmtDateTime(rec.record.signedAt) })}
          </Typography.Text>
        )}
      </Card>
      <Row gutter={8}>
        <Col span={16}>
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
                  children: (
                    <EChart option={option} height={300} testId="vitals-chart" onClick={onChartClick} />
                  ),
                },
                { key: 'table', label: t('record.table'), children: <FiveMinuteTable vitals={vitals} /> },
              ]}
            />
            {editable && <ManualVital caseId={c.id} onDone={refresh} />}
            {editable && (
              <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
                {t('record.artefactHint')}
              </Typography.Text>
            )}
          </Card>
          <DrugsPanel c={c} rec={rec} editable={editable} onDone={refresh} />
        </Col>
        <Col span={8}>
          <AlertsPanel c={c} rec={rec} editable={can('observation.write')} onDone={refresh} />
          <FluidsPanel c={c} rec={rec} editable={editable} onDone={refresh} />
          <ChecklistPanel c={c} rec={rec} editable={editable} onDone={refresh} />
          <MethodPanel c={c} rec={rec} editable={editable} onDone={refresh} />
          <Card size="small" title={t('record.events')}>
            {rec.events.map((e) => (
              <div key={e.id} style={{ fontSize: 12 }}>
                {fmtTime(e.at)} <strong>{e.label[lang]}</strong> {e.text}
                {e.overrideReason && <Typography.Text type="warning"> · {e.overrideReason}</Typography.Text>}
              </div>
            ))}
          </Card>
        </Col>
      </Row>
      {eventCode && (
        <EventDialog
          c={c}
          rec={rec}
          code={eventCode}
          onClose={() => setEventCode(null)}
          onDone={async () => {
            setEventCode(null);
            await refresh();
          }}
        />
      )}
      {artefact && (
        <ArtefactDialog
          caseId={c.id}
          o={artefact}
          onClose={() => setArtefact(null)}
          onDone={async () => {
            setArtefact(null);
            await refresh();
          }}
        />
      )}
      {amending && (
        <AmendDialog
          c={c}
          version={rec.record.version}
          onClose={() => setAmending(false)}
          onDone={async () => {
            setAmending(false);
            await refresh();
          }}
        />
      )}
    </div>
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

function ManualVital({ caseId, onDone }: { caseId: string; onDone: () => Promise<unknown> }) {
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
            await api.post(`/api/v1/cases/${caseId}/observations`, {
              param,
              value,
              at: new Date().toISOString(),
            });
            setValue(null);
            await onDone();
          });
        }}
      >
        {t('record.add')}
      </Button>
    </Space>
  );
}

function EventDialog({
  c,
  rec,
  code,
  onClose,
  onDone,
}: {
  c: CaseDetail;
  rec: AnesthesiaRecord;
  code: string;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const def = [...RECORD_EVENTS, ...ADVERSE_EVENTS].find((e) => e.code === code)!;
  const [text, setText] = useState('');
  const [override, setOverride] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const needsOverride = !!def.needs && !rec.checklistComplete[def.needs];
  return (
    <Modal
      open
      title={def.label[lang]}
      onCancel={onClose}
      cancelText={t('form.cancel')}
      okText={t('record.record')}
      okButtonProps={{ loading: busy, disabled: needsOverride && !override.trim() }}
      onOk={async () => {
        setBusy(true);
        try {
          await api.post(`/api/v1/cases/${c.id}/record/events`, {
            code,
            at: new Date().toISOString(),
            ...(text.trim() ? { text: text.trim() } : {}),
            ...(override.trim() ? { overrideReason: override.trim() } : {}),
            caseVersion: rec.case.version,
          });
          await onDone();
        } catch (e) {
          setError(errorMessage(e, t));
        } finally {
          setBusy(false);
        }
      }}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} data-testid="event-error" />}
      {needsOverride && (
        <Alert
          type="warning"
          style={{ marginBottom: 8 }}
          title={`${CHECKLIST[def.needs!].label[lang]} — ${t('record.override')}`}
        />
      )}
      <Space direction="vertical" style={{ width: '100%' }}>
        <Input
          placeholder={t('record.eventText')}
          value={text}
          maxLength={200}
          onChange={(e) => setText(e.target.value)}
        />
        {needsOverride && (
          <Input.TextArea
            placeholder={t('record.override')}
            value={override}
            maxLength={200}
            onChange={(e) => setOverride(e.target.value)}
            data-testid="event-override"
          />
        )}
      </Space>
    </Modal>
  );
}

function DrugsPanel({ c, rec, editable, onDone }: PanelProps) {
  const { t } = useI18n();
  const attempt = useAttempt();
  const [drug, setDrug] = useState<string | null>(null);
  const [kind, setKind] = useState<'bolus' | 'infusion'>('bolus');
  const [amount, setAmount] = useState<number | null>(null);
  const def = DRUGS.find((d) => d.code === drug);
  const [rateFor, setRateFor] = useState<AnesthesiaRecord['drugs'][number] | null>(null);
  const [newRate, setNewRate] = useState<number | null>(null);
  const changeRate = async () => {
    if (!rateFor || newRate === null) return;
    await attempt(async () => {
      await api.post(`/api/v1/cases/${c.id}/record/drugs`, {
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
    await attempt(async () => {
      await api.post(`/api/v1/cases/${c.id}/record/drugs`, {
        drug,
        kind,
        ...(kind === 'bolus' ? { dose: amount } : { rate: amount }),
        startAt: new Date().toISOString(),
      });
      setAmount(null);
      await onDone();
    });
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
            options={DRUGS.map((d) => ({ value: d.code, label: `${d.zh} ${d.generic}` }))}
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
          <Button
            size="small"
            type="primary"
            disabled={!drug || amount === null}
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
        columns={[
          { title: t('record.time'), dataIndex: 'startAt', width: 60, render: (v: string) => fmtTime(v) },
          { title: t('record.drug'), dataIndex: 'name' },
          {
            title: t('record.dose'),
            render: (_: unknown, d: AnesthesiaRecord['drugs'][number]) =>
              d.kind === 'bolus'
                ? `${d.dose} ${d.unit}`
                : `${d.rate} ${d.unit}${d.endAt ? ` → ${fmtTime(d.endAt)}` : ''}`,
          },
          {
            title: '',
            width: 70,
            render: (_: unknown, d: AnesthesiaRecord['drugs'][number]) =>
              editable && d.kind === 'infusion' && !d.endAt ? (
                <Space size={2}>
                  <Button size="small" onClick={() => setRateFor(d)}>
                    {t('record.rateChange')}
                  </Button>
                  <Button
                    size="small"
                    onClick={async () => {
                      await api.post(`/api/v1/cases/${c.id}/record/drugs/${d.id}/stop`, {
                        at: new Date().toISOString(),
                      });
                      await onDone();
                    }}
                  >
                    {t('record.stop')}
                  </Button>
                </Space>
              ) : null,
          },
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
    </Card>
  );
}

function FluidsPanel({ c, rec, editable, onDone }: PanelProps) {
  const { t, lang } = useI18n();
  const attempt = useAttempt();
  const [kind, setKind] = useState<string>('crystalloid');
  const [volume, setVolume] = useState<number | null>(null);
  const direction = (FLUIDS_OUT as readonly string[]).includes(kind) ? 'out' : 'in';
  return (
    <Card size="small" title={t('record.fluids')} style={{ marginBottom: 8 }} data-testid="fluids-panel">
      {editable && (
        <Space wrap style={{ marginBottom: 6 }}>
          <Select
            size="small"
            style={{ width: 120 }}
            value={kind}
            onChange={setKind}
            data-testid="fluid-kind"
            options={[...FLUIDS_IN, ...FLUIDS_OUT].map((k) => ({
              value: k,
              label: `${FLUID_LABELS[k][lang]}（${t(`record.direction.${(FLUIDS_OUT as readonly string[]).includes(k) ? 'out' : 'in'}`)}）`,
            }))}
          />
          <InputNumber
            size="small"
            min={1}
            max={20000}
            value={volume}
            onChange={(v) => setVolume(typeof v === 'number' ? v : null)}
            suffix="ml"
            data-testid="fluid-volume"
          />
          <Button
            size="small"
            disabled={volume === null}
            data-testid="fluid-add"
            onClick={async () => {
              await attempt(async () => {
                await api.post(`/api/v1/cases/${c.id}/record/fluids`, {
                  direction,
                  kind,
                  volumeMl: volume,
                  at: new Date().toISOString(),
                });
                setVolume(null);
                await onDone();
              });
            }}
          >
            {t('record.add')}
          </Button>
        </Space>
      )}
      {rec.fluids.map((f) => (
        <div key={f.id} style={{ fontSize: 12 }}>
          {fmtTime(f.at)} {FLUID_LABELS[f.kind as keyof typeof FLUID_LABELS]?.[lang] ?? f.kind}{' '}
          {f.direction === 'in' ? '+' : '−'}
          {f.volumeMl} ml
        </div>
      ))}
      <div style={{ marginTop: 4 }} data-testid="fluid-balance">
        {t('record.balance', rec.balance)}
      </div>
    </Card>
  );
}

function ChecklistPanel({ c, rec, editable, onDone }: PanelProps) {
  const { t, lang } = useI18n();
  const attempt = useAttempt();
  const saved = new Map(rec.checklist.map((a) => [`${a.phase}.${a.item}`, a.answer]));
  const [draft, setDraft] = useState<Record<string, 'yes' | 'no' | 'na'>>({});
  const save = async (phase: ChecklistPhase) => {
    const answers = Object.fromEntries(
      CHECKLIST[phase].items
        .map((i) => [i.code, draft[`${phase}.${i.code}`] ?? saved.get(`${phase}.${i.code}`)])
        .filter(([, v]) => v),
    );
    await attempt(async () => {
      await api.put(`/api/v1/cases/${c.id}/record/checklist`, { phase, answers });
      await onDone();
    });
  };
  return (
    <Card size="small" title={t('record.checklist')} style={{ marginBottom: 8 }}>
      <Tabs
        size="small"
        items={CHECKLIST_PHASES.map((phase) => ({
          key: phase,
          label: (
            <span>
              {CHECKLIST[phase].label[lang]}{' '}
              {rec.checklistComplete[phase] && (
                <Tag color="green" data-testid={`checklist-done-${phase}`}>
                  {t('record.complete')}
                </Tag>
              )}
            </span>
          ),
          children: (
            <div data-testid={`checklist-${phase}`}>
              {CHECKLIST[phase].items.map((i) => {
                const key = `${phase}.${i.code}`;
                return (
                  <div key={key} style={{ fontSize: 12, marginBottom: 4 }}>
                    <div>{i.label[lang]}</div>
                    <Radio.Group
                      size="small"
                      disabled={!editable}
                      value={draft[key] ?? saved.get(key)}
                      onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
                      options={(['yes', 'no', 'na'] as const).map((a) => ({
                        value: a,
                        label: t(`record.answer.${a}`),
                      }))}
                    />
                  </div>
                );
              })}
              {editable && (
                <Space>
                  <Button
                    size="small"
                    onClick={() =>
                      setDraft({
                        ...draft,
                        ...Object.fromEntries(
                          CHECKLIST[phase].items.map((i) => [`${phase}.${i.code}`, 'yes' as const]),
                        ),
                      })
                    }
                    data-testid={`checklist-all-${phase}`}
                  >
                    {t('record.answer.yes')} ✓
                  </Button>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => save(phase)}
                    data-testid={`checklist-save-${phase}`}
                  >
                    {t('record.save')}
                  </Button>
                </Space>
              )}
            </div>
          ),
        }))}
      />
    </Card>
  );
}

function AlertsPanel({ c, rec, editable, onDone }: PanelProps) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('record.alerts')} style={{ marginBottom: 8 }} data-testid="alerts-panel">
      {rec.exposure && (
        <div style={{ fontSize: 12, marginBottom: 6 }} data-testid="hypotension-exposure">
          {t('record.exposure', {
            threshold: rec.exposure.threshold,
            minutes: rec.exposure.minutesBelow,
            aut: rec.exposure.aut,
            twa: rec.exposure.twa,
            source: t(`record.source.${rec.exposure.source}`),
          })}
        </div>
      )}
      {rec.alerts.length === 0 && <Typography.Text type="secondary">{t('record.noAlerts')}</Typography.Text>}
      {rec.alerts.map((a) => (
        <div key={`${a.kind}${a.start}`} style={{ fontSize: 12, marginBottom: 4 }}>
          <Tag color={a.acknowledged ? 'default' : 'red'}>{t(`record.alert.${a.kind}` as MessageKey)}</Tag>
          {fmtTime(a.start)}–{fmtTime(a.end)} · {formatAlertExtreme(a.kind, a.extreme)}
          {editable && !a.acknowledged ? (
            <Button
              size="small"
              type="link"
              onClick={async () => {
                await api.post(`/api/v1/cases/${c.id}/record/alerts/ack`, { kind: a.kind, start: a.start });
                await onDone();
              }}
            >
              {t('record.ack')}
            </Button>
          ) : (
            a.acknowledged && <Typography.Text type="secondary"> {t('record.acked')}</Typography.Text>
          )}
        </div>
      ))}
    </Card>
  );
}

function MethodPanel({ c, rec, editable, onDone }: PanelProps) {
  const { t, lang } = useI18n();
  const attempt = useAttempt();
  const [method, setMethod] = useState(rec.record.method);
  const [details, setDetails] = useState(rec.record.details);
  const [tempMode, setTempMode] = useState(rec.record.tempMode);
  const { message } = App.useApp();
  const save = async () => {
    await attempt(async () => {
      await api.put(`/api/v1/cases/${c.id}/record`, {
        method,
        details,
        tempMode,
        version: rec.record.version,
      });
      // Refetch first: the new version must be on screen before anything else (signing) uses it.
      await onDone();
      message.success(t('record.saved'));
    });
  };
  return (
    <Card size="small" title={t('record.method')} style={{ marginBottom: 8 }}>
      <Space direction="vertical" style={{ width: '100%' }} size={4}>
        <Select
          size="small"
          disabled={!editable}
          value={method}
          onChange={setMethod}
          data-testid="record-method"
          options={ANESTHESIA_METHODS.map((m) => ({ value: m, label: ANESTHESIA_METHOD_LABELS[m][lang] }))}
        />
        {(['airway', 'lines', 'position'] as const).map((k) => (
          <Input
            key={k}
            size="small"
            disabled={!editable}
            addonBefore={t(`record.${k}`)}
            value={details[k] ?? ''}
            maxLength={200}
            onChange={(e) => setDetails({ ...details, [k]: e.target.value })}
          />
        ))}
        <Checkbox
          disabled={!editable}
          checked={!!details.activeWarming}
          onChange={(e) => setDetails({ ...details, activeWarming: e.target.checked })}
        >
          {t('record.warming')}
        </Checkbox>
        <Radio.Group
          size="small"
          disabled={!editable}
          value={tempMode}
          onChange={(e) => setTempMode(e.target.value)}
          options={(['continuous', 'intermittent'] as const).map((m) => ({
            value: m,
            label: `${t('record.tempMode')}：${t(`record.tempMode.${m}`)}`,
          }))}
        />
        {editable && (
          <Button size="small" onClick={save} data-testid="record-method-save">
            {t('record.save')}
          </Button>
        )}
      </Space>
    </Card>
  );
}

function AmendDialog({
  c,
  version,
  onClose,
  onDone,
}: {
  c: CaseDetail;
  version: number;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open
      title={t('record.amend')}
      onCancel={onClose}
      cancelText={t('form.cancel')}
      okButtonProps={{ disabled: !reason.trim() }}
      onOk={async () => {
        try {
          await api.post(`/api/v1/cases/${c.id}/record/amend`, { reason: reason.trim(), version });
          await onDone();
        } catch (e) {
          setError(errorMessage(e, t));
        }
      }}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
      <span>{t('record.amendReason')}</span>
      <Input.TextArea rows={2} maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
    </Modal>
  );
}

function ArtefactDialog({
  caseId,
  o,
  onClose,
  onDone,
}: {
  caseId: string;
  o: ArtefactTarget;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const p = PARAMETERS[o.param as keyof typeof PARAMETERS];
  return (
    <Modal
      open
      title={t('record.artefact')}
      onCancel={onClose}
      cancelText={t('form.cancel')}
      okButtonProps={{ disabled: !reason.trim() }}
      onOk={async () => {
        try {
          await api.post(`/api/v1/cases/${caseId}/observations/${o.id}/artefact`, { reason: reason.trim() });
          await onDone();
        } catch (e) {
          setError(errorMessage(e, t));
        }
      }}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
      <p>
        {fmtDateTime(o.observedAt)} · {p?.[lang] ?? o.param} {formatVital(o.param, o.value)}{' '}
        {vitalUnit(o.param)}
      </p>
      <Input
        placeholder={t('record.artefactReason')}
        maxLength={200}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
    </Modal>
  );
}
