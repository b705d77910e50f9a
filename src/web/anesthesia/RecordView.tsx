// The record of one case on screen: its header (status, print, sign, amend, the one-tap events), the
// vitals and drugs, and the side panels; each panel's change reloads the record (and the case).
import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { AnesthesiaRecord, VitalSeries } from '../../api/anesthesia';
import type { CaseDetail } from '../../api/registry';
import { ADVERSE_EVENTS, RECORD_EVENTS } from '../../domain/anesthesia/record-vocabulary';
import { fmtDateTime, fmtTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { CasePatientBanner } from '../shared/PatientBanner';
import { useSession } from '../shared/session';
import { useAttempt } from '../shared/use-attempt';
import { AlertsPanel } from './AlertsPanel';
import { AmendDialog } from './AmendDialog';
import { ChecklistPanel } from './ChecklistPanel';
import { DrugsPanel } from './DrugsPanel';
import { EventDialog } from './EventDialog';
import { FluidsPanel } from './FluidsPanel';
import { MethodPanel } from './MethodPanel';
import { recordUrls, signRecord } from './record.resource';
import type { PageReload } from './record-live';
import { VitalsCard } from './VitalsCard';

export function RecordView({
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
      await signRecord(c.id, { version: rec.record.version });
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
              href={recordUrls.pdf(c.id)}
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
