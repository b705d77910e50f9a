// The record of one case on screen: its header (status, print, sign, amend, the one-tap events), the
// vitals and drugs, and the side panels; each panel's change reloads the record (and the case). Signing
// saves the method panel's draft first and, refused, names every field it lacks there and in the message.
import { FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { AnesthesiaRecord } from '../../api/anesthesia';
import type { VitalSeries } from '../../api/anesthesia-vitals';
import type { CaseDetail } from '../../api/registry';
import { ADVERSE_EVENTS, RECORD_EVENTS } from '../../domain/anesthesia/record-vocabulary';
import { type CaseStatus, STATUS_LABELS } from '../../domain/registry/case-status';
import { fieldErrorsOf } from '../shared/error-text';
import { fmtDateTime } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { CasePatientBanner } from '../shared/PatientBanner';
import { useSession } from '../shared/session';
import { AlertsPanel } from './AlertsPanel';
import { AmendDialog } from './AmendDialog';
import { ChecklistPanel } from './ChecklistPanel';
import { DrugsPanel } from './DrugsPanel';
import { EventDialog } from './EventDialog';
import { EventsCard } from './EventsCard';
import { FluidsPanel } from './FluidsPanel';
import { MethodPanel } from './MethodPanel';
import { recordUrls, signRecord, updateRecord } from './record.resource';
import { useRecordAttempt } from './record-errors';
import type { PageReload } from './record-live';
import { needsSave } from './record-method';
import { useMethodDraft } from './use-method-draft';
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
  const { t, locale, lang } = useI18n();
  const { can } = useSession();
  const { message } = App.useApp();
  const attempt = useRecordAttempt();
  const [eventCode, setEventCode] = useState<string | null>(null);
  const [amending, setAmending] = useState(false);
  const [draft, setDraft] = useMethodDraft(rec);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const editable = can('observation.write') && rec.record.status !== 'signed';
  // What this page changed itself is on screen at once; its realtime event reaches the other pages.
  const refresh = async () => reload({ case: true, record: true, readings: 'none' });
  const panel = { c, rec, editable, onDone: refresh };
  /** The method panel's draft saved when it differs from the record; the version to go on from. */
  const saveDraft = async (): Promise<number> => {
    if (!needsSave(draft, rec)) return rec.record.version;
    return (await updateRecord(c.id, { ...draft, version: rec.record.version })).version;
  };
  const saveMethod = () =>
    attempt(
      async () => {
        await saveDraft();
        setFieldErrors({});
        // Refetch first: the new version must be on screen before anything else (signing) uses it.
        await refresh();
        message.success(t('record.saved'));
      },
      (e) => setFieldErrors(fieldErrorsOf(e)),
    );
  const sign = () =>
    attempt(
      async () => {
        const version = await saveDraft();
        await signRecord(c.id, { version });
        setFieldErrors({});
        await refresh();
      },
      async (e) => {
        setFieldErrors(fieldErrorsOf(e));
        // A draft saved before the refusal is the record's now.
        await refresh();
      },
    );

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
              {t('record.caseStatus', {
                status: STATUS_LABELS[rec.case.status as CaseStatus]?.[lang] ?? rec.case.status,
              })}
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
          <MethodPanel
            rec={rec}
            editable={editable}
            draft={draft}
            onChange={setDraft}
            errors={fieldErrors}
            onSave={saveMethod}
          />
          <EventsCard
            {...panel}
            // A corrected 入室 or 出室 changes which readings are the case's: the chart again.
            onDone={async () => reload({ case: true, record: true, readings: 'all' })}
          />
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
