// 麻醉记录单: the live record of one case — events with one tap, the vitals chart updated as monitors
// send, drugs, fluids, the WHO checklist, alerts, method, signing and the printed sheet. Each realtime
// event reloads only what it says changed (use-record-live.ts).
import { FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { AnesthesiaRecord } from '../../api/anesthesia';
import { ADVERSE_EVENTS, RECORD_EVENTS } from '../../domain/anesthesia/record-vocabulary';
import { NotFoundPage } from '../app/NotFoundPage';
import type { CaseDetail } from '../app/types';
import { CasePatientBanner } from '../registry/PatientChartPage';
import { ApiError, api } from '../shared/api';
import { fmtDateTime, fmtTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { useSession } from '../shared/session';
import { useAttempt } from '../shared/use-attempt';
import { AlertsPanel } from './AlertsPanel';
import { AmendDialog } from './AmendDialog';
import { ChecklistPanel } from './ChecklistPanel';
import { DrugsPanel } from './DrugsPanel';
import { EventDialog } from './EventDialog';
import { FluidsPanel } from './FluidsPanel';
import { MethodPanel } from './MethodPanel';
import type { PageReload } from './record-live';
import { useVitalSeries } from './use-observations';
import { useRecordLive } from './use-record-live';
import { VitalsCard } from './VitalsCard';
import type { VitalSeries } from './vitals-chart';

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
  const vitals = useVitalSeries(id);
  const reload = useRecordLive(id, caseQuery.data?.orRoom, vitals.reload);

  if (caseQuery.isLoading || recordQuery.isLoading) return <Loading />;
  const error = caseQuery.error ?? recordQuery.error;
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage />;
  if (!caseQuery.data || !recordQuery.data)
    return <Alert type="error" title={error?.message ?? t('app.error.network')} />;
  return <RecordView c={caseQuery.data} rec={recordQuery.data} vitals={vitals.data} reload={reload} />;
}

function RecordView({
  c,
  rec,
  vitals,
  reload,
}: {
  c: CaseDetail;
  rec: AnesthesiaRecord;
  vitals: VitalSeries | null;
  reload: (what: PageReload) => Promise<unknown>;
}) {
  const { t, locale } = useI18n();
  const { can } = useSession();
  const attempt = useAttempt();
  const [eventCode, setEventCode] = useState<string | null>(null);
  const [amending, setAmending] = useState(false);
  const editable = can('observation.write') && rec.record.status !== 'signed';
  // What this page changed itself is on screen at once; its realtime event reaches the other pages.
  const refresh = async () => reload({ case: true, record: true, readings: 'none' });
  const panel = { c, rec, editable, onDone: refresh };

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
                {e.label[locale]}
              </Button>
            ))}
            <Select
              size="small"
              style={{ width: 180 }}
              placeholder={t('record.adverse')}
              value={null}
              onChange={(v: string) => setEventCode(v)}
              options={ADVERSE_EVENTS.map((e) => ({ value: e.code, label: e.label[locale] }))}
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
          <VitalsCard
            c={c}
            rec={rec}
            vitals={vitals}
            editable={editable}
            onReadingChanged={async (at) => reload({ case: false, record: true, readings: { from: at } })}
          />
          <DrugsPanel {...panel} />
        </Col>
        <Col span={8}>
          <AlertsPanel {...panel} editable={can('observation.write')} />
          <FluidsPanel {...panel} />
          <ChecklistPanel {...panel} />
          <MethodPanel {...panel} />
          <Card size="small" title={t('record.events')}>
            {rec.events.map((e) => (
              <div key={e.id} style={{ fontSize: 12 }}>
                {fmtTime(e.at)} <strong>{e.label[locale]}</strong> {e.text}
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
