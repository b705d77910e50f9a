// 生命体征观察: a tablet-friendly observation set with NEWS2 computed live by the same domain code
// the server runs; the scale-2 order for doctors; recent sets; and the case's complications.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { CD_GRADES } from '../../domain/complications/vocabulary';
import { getInstrument } from '../../domain/scores/index';
import { NotFoundPage } from '../app/NotFoundPage';
import type { CaseDetail } from '../app/types';
import { CasePatientBanner } from '../registry/PatientChartPage';
import { ApiError, api } from '../shared/api';
import { fmtDateTime } from '../shared/format';
import type { MessageKey } from '../shared/i18n';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { useLiveTopic } from '../shared/realtime';
import { useSession } from '../shared/session';
import { errorMessage } from '../shared/use-attempt';
import { AssessmentCard, PacuCard } from './AssessmentCard';
import { IoCard } from './IoCard';

type SetItem = {
  id: string;
  takenAt: string;
  complete: boolean;
  total: number | null;
  band: string | null;
  scale: number;
  values: Record<string, unknown>;
};
type Complication = {
  id: string;
  type: string;
  label: { zh: string; en: string };
  onsetAt: string;
  status: 'suggested' | 'confirmed' | 'dismissed';
  evidence: Record<string, unknown> | null;
  grade: string | null;
  version: number;
};
type Values = {
  respirationRate: number | null;
  spo2: number | null;
  onOxygen: boolean | null;
  systolicBp: number | null;
  pulse: number | null;
  consciousness: 'A' | 'C' | 'V' | 'P' | 'U' | null;
  temperature: number | null;
};
const EMPTY: Values = {
  respirationRate: null,
  spo2: null,
  onOxygen: null,
  systolicBp: null,
  pulse: null,
  consciousness: null,
  temperature: null,
};
const BAND_COLOR: Record<string, string> = {
  low: 'green',
  low_medium: 'gold',
  medium: 'orange',
  high: 'red',
};

export default function ObservationsPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const c = useQuery({ queryKey: ['case', id], queryFn: () => api.get<CaseDetail>(`/api/v1/cases/${id}`) });
  const sets = useQuery({
    queryKey: ['sets', id],
    queryFn: () => api.get<{ items: SetItem[] }>(`/api/v1/cases/${id}/observation-sets`),
  });
  useLiveTopic(`case:${id}`, [
    ['sets', id],
    ['complications', id],
  ]);
  if (c.isLoading) return <Loading />;
  if (c.error instanceof ApiError && c.error.status === 404) return <NotFoundPage />;
  if (!c.data) return <Alert type="error" title={c.error?.message ?? t('app.error.network')} />;
  return (
    <div>
      <CasePatientBanner c={c.data} />
      <Row gutter={12}>
        <Col xs={24} lg={14}>
          <EntryCard caseId={id} />
          <AssessmentCard caseId={id} />
          <Scale2Card caseId={id} />
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('obs.recent')} style={{ marginBottom: 12 }}>
            <Table
              size="small"
              rowKey="id"
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              dataSource={sets.data?.items ?? []}
              columns={[
                { title: t('obs.takenAt'), dataIndex: 'takenAt', render: (v: string) => fmtDateTime(v) },
                {
                  title: 'NEWS2',
                  render: (_: unknown, s: SetItem) =>
                    s.complete ? (
                      <Tag color={BAND_COLOR[s.band ?? ''] ?? 'default'}>
                        {s.total}
                        {s.scale === 2 ? ' (S2)' : ''}
                      </Tag>
                    ) : (
                      <Tag>{t('ward.incomplete')}</Tag>
                    ),
                },
              ]}
            />
          </Card>
          <PacuCard caseId={id} />
          <IoCard caseId={id} />
          <ComplicationsCard caseId={id} />
        </Col>
      </Row>
    </div>
  );
}

function EntryCard({ caseId }: { caseId: string }) {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [v, setV] = useState<Values>(EMPTY);
  const live = useMemo(() => {
    const input = Object.fromEntries(Object.entries({ ...v, spo2Scale: 1 }).filter(([, x]) => x !== null));
    return getInstrument('news2')!.compute(input as never);
  }, [v]);
  const num = (key: keyof Values, label: MessageKey, min: number, max: number, step = 1) => (
    <div>
      <div>{t(label)}</div>
      <InputNumber
        size="large"
        style={{ width: '100%' }}
        min={min}
        max={max}
        step={step}
        value={v[key] as number | null}
        onChange={(x) => setV({ ...v, [key]: typeof x === 'number' ? x : null })}
        data-testid={`obs-${key}`}
      />
    </div>
  );
  const prefill = async () => {
    const r = await api.get<{ values: Partial<Values>; at: string | null }>(
      `/api/v1/cases/${caseId}/bedside-vitals`,
    );
    if (!r.at) {
      message.info(t('obs.noMonitor'));
      return;
    }
    const found = Object.fromEntries(Object.entries(r.values).filter(([, x]) => x !== null));
    setV({ ...v, ...found });
    message.success(t('obs.prefilled', { time: fmtDateTime(r.at) }));
  };
  const submit = async () => {
    try {
      const r = await api.post<{ complete: boolean; total: number | null }>(
        `/api/v1/cases/${caseId}/observation-sets`,
        {
          takenAt: new Date().toISOString(),
          values: v,
        },
      );
      message.success(r.complete ? t('obs.saved', { total: r.total ?? '' }) : t('obs.savedIncomplete'));
      setV(EMPTY);
      await client.invalidateQueries({ queryKey: ['sets', caseId] });
    } catch (e) {
      message.error(errorMessage(e, t));
    }
  };
  return (
    <Card
      size="small"
      title={t('obs.title')}
      style={{ marginBottom: 12 }}
      extra={
        <span data-testid="obs-live" data-total={live.status === 'complete' ? live.total : ''}>
          {t('obs.live')}：
          {live.status === 'complete' ? (
            <Tag color={BAND_COLOR[live.band] ?? 'default'} style={{ fontSize: 16 }}>
              {live.total} · {live.bandLabel[lang]}
            </Tag>
          ) : (
            <Tag>{t('ward.incomplete')}</Tag>
          )}
        </span>
      }
    >
      <Row gutter={[12, 12]}>
        <Col span={8}>{num('respirationRate', 'obs.rr', 0, 80)}</Col>
        <Col span={8}>{num('spo2', 'obs.spo2', 40, 100)}</Col>
        <Col span={8}>
          <div>{t('obs.o2')}</div>
          <Radio.Group
            size="large"
            optionType="button"
            value={v.onOxygen}
            onChange={(e) => setV({ ...v, onOxygen: e.target.value })}
            data-testid="obs-onOxygen"
            options={[
              { value: true, label: t('visit.yes') },
              { value: false, label: t('visit.no') },
            ]}
          />
        </Col>
        <Col span={8}>{num('systolicBp', 'obs.sbp', 30, 300)}</Col>
        <Col span={8}>{num('pulse', 'obs.pulse', 10, 300)}</Col>
        <Col span={8}>{num('temperature', 'obs.temp', 25, 45, 0.1)}</Col>
        <Col span={24}>
          <div>{t('obs.acvpu')}</div>
          <Radio.Group
            size="large"
            optionType="button"
            value={v.consciousness}
            onChange={(e) => setV({ ...v, consciousness: e.target.value })}
            data-testid="obs-consciousness"
            options={['A', 'C', 'V', 'P', 'U'].map((x) => ({ value: x, label: x }))}
          />
        </Col>
      </Row>
      {can('observation.write') && (
        <Space style={{ marginTop: 12 }}>
          <Button type="primary" size="large" onClick={submit} data-testid="obs-submit">
            {t('obs.submit')}
          </Button>
          <Button size="large" onClick={prefill} data-testid="obs-prefill">
            {t('obs.prefill')}
          </Button>
        </Space>
      )}
    </Card>
  );
}

function Scale2Card({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  if (!can('observation.order')) return null;
  const send = async (active: boolean) => {
    try {
      await api.post(`/api/v1/cases/${caseId}/scale2-order`, active ? { active, reason } : { active });
      message.success(active ? t('obs.scale2On') : t('obs.scale2Off'));
    } catch (e) {
      message.error(errorMessage(e, t));
    }
  };
  return (
    <Card size="small" title={t('obs.scale2')}>
      <Space wrap>
        <Input
          style={{ width: 260 }}
          placeholder={t('obs.scale2Reason')}
          value={reason}
          maxLength={200}
          onChange={(e) => setReason(e.target.value)}
        />
        <Button disabled={!reason.trim()} onClick={() => send(true)}>
          {t('obs.scale2On')}
        </Button>
        <Button onClick={() => send(false)}>{t('obs.scale2Off')}</Button>
      </Space>
    </Card>
  );
}

function ComplicationsCard({ caseId }: { caseId: string }) {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['complications', caseId],
    queryFn: () => api.get<{ items: Complication[] }>(`/api/v1/cases/${caseId}/complications`),
  });
  const [creatinine, setCreatinine] = useState<number | null>(null);
  const [deciding, setDeciding] = useState<Complication | null>(null);
  const addLab = async () => {
    try {
      await api.post(`/api/v1/cases/${caseId}/labs`, {
        analyte: 'creatinine',
        value: creatinine,
        takenAt: new Date().toISOString(),
      });
      setCreatinine(null);
      await client.invalidateQueries({ queryKey: ['complications', caseId] });
    } catch (e) {
      message.error(errorMessage(e, t));
    }
  };
  return (
    <Card size="small" title={t('comp.title')} data-testid="complications">
      {can('observation.write') && (
        <Space style={{ marginBottom: 8 }}>
          <span>{t('comp.labs')}</span>
          <InputNumber
            min={5}
            max={3000}
            value={creatinine}
            onChange={(x) => setCreatinine(typeof x === 'number' ? x : null)}
            data-testid="lab-creatinine"
          />
          <Button size="small" disabled={creatinine === null} onClick={addLab} data-testid="lab-add">
            {t('comp.addLab')}
          </Button>
        </Space>
      )}
      {(list.data?.items ?? []).length === 0 && (
        <Typography.Text type="secondary">{t('comp.none')}</Typography.Text>
      )}
      {(list.data?.items ?? []).map((x) => (
        <div
          key={x.id}
          style={{ marginBottom: 6 }}
          data-testid={`complication-${x.type}`}
          data-status={x.status}
        >
          <Tag color={x.status === 'suggested' ? 'orange' : x.status === 'confirmed' ? 'red' : 'default'}>
            {t(`comp.${x.status}`)}
          </Tag>
          <strong>{x.label[lang]}</strong> {x.grade && <Tag>{x.grade}</Tag>}{' '}
          <span style={{ fontSize: 12 }}>{fmtDateTime(x.onsetAt)}</span>
          {x.evidence && (
            <div style={{ fontSize: 12, color: '#8c8c8c' }}>
              {t('comp.evidence', {
                text: Object.entries(x.evidence)
                  .map(([k, v]) => `${k} ${v}`)
                  .join('，'),
              })}
            </div>
          )}
          {x.status === 'suggested' && can('complications.write') && (
            <Button size="small" type="link" onClick={() => setDeciding(x)} data-testid={`decide-${x.id}`}>
              {t('comp.confirm')} / {t('comp.dismiss')}
            </Button>
          )}
        </div>
      ))}
      {deciding && (
        <DecisionDialog
          x={deciding}
          onClose={() => setDeciding(null)}
          onDone={async () => {
            setDeciding(null);
            await client.invalidateQueries({ queryKey: ['complications', caseId] });
          }}
        />
      )}
    </Card>
  );
}

function DecisionDialog({
  x,
  onClose,
  onDone,
}: {
  x: Complication;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const [decision, setDecision] = useState<'confirm' | 'dismiss'>('confirm');
  const [grade, setGrade] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ready = decision === 'confirm' ? !!grade : !!text.trim();
  return (
    <Modal
      open
      title={x.label[lang]}
      onCancel={onClose}
      cancelText={t('form.cancel')}
      okText={decision === 'confirm' ? t('comp.confirm') : t('comp.dismiss')}
      okButtonProps={{ disabled: !ready }}
      onOk={async () => {
        try {
          await api.post(
            `/api/v1/complications/${x.id}/decision`,
            decision === 'confirm'
              ? { decision, grade, version: x.version, ...(text.trim() ? { treatment: text.trim() } : {}) }
              : { decision, reason: text.trim(), version: x.version },
          );
          await onDone();
        } catch (e) {
          setError(errorMessage(e, t));
        }
      }}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
      <Space direction="vertical" style={{ width: '100%' }}>
        <Radio.Group
          optionType="button"
          value={decision}
          onChange={(e) => setDecision(e.target.value)}
          options={[
            { value: 'confirm', label: t('comp.confirm') },
            { value: 'dismiss', label: t('comp.dismiss') },
          ]}
        />
        {decision === 'confirm' && (
          <Select
            style={{ width: 200 }}
            placeholder={t('comp.grade')}
            value={grade}
            onChange={setGrade}
            data-testid="complication-grade"
            options={CD_GRADES.map((g) => ({ value: g, label: g }))}
          />
        )}
        <Input.TextArea
          rows={2}
          maxLength={500}
          placeholder={decision === 'confirm' ? t('comp.treatment') : t('comp.reason')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Space>
    </Modal>
  );
}
