// 病区看板: each bed with its patient, the latest NEWS2 and its trend, when the next observation is
// due, and the open early-warning alerts — live, acknowledged here with the action taken.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ACK_ACTIONS } from '../../domain/monitoring/escalation';
import type { Ward } from '../app/types';
import { api } from '../shared/api';
import { fmtTime } from '../shared/format';
import type { MessageKey } from '../shared/i18n';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { useLiveTopic } from '../shared/realtime';
import { useSession } from '../shared/session';
import { errorMessage } from '../shared/use-attempt';

type BoardAlert = { id: string; type: string; raisedAt: string; escalatedAt: string | null; version: number };
type Bed = {
  bedId: string;
  bedCode: string;
  patientId: string | null;
  patientName: string | null;
  caseId: string | null;
  procedureText: string | null;
  news2: { total: number | null; band: string | null; complete: boolean; takenAt: string } | null;
  trend: (number | null)[];
  nextDueAt: string | null;
  alerts: BoardAlert[];
};

const BAND_COLOR: Record<string, string> = {
  low: 'green',
  low_medium: 'gold',
  medium: 'orange',
  high: 'red',
};

export default function WardBoardPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const wards = useQuery({ queryKey: ['wards'], queryFn: () => api.get<{ items: Ward[] }>('/api/v1/wards') });
  const wardId = params.get('ward') ?? wards.data?.items[0]?.id ?? null;
  const board = useQuery({
    queryKey: ['ward-board', wardId],
    queryFn: () => api.get<{ beds: Bed[] }>(`/api/v1/wards/${wardId}/board`),
    enabled: !!wardId,
  });
  useLiveTopic(wardId ? `ward:${wardId}` : null, [['ward-board', wardId]]);
  if (wards.isLoading) return <Loading />;
  if (wards.error) return <Alert type="error" title={wards.error.message} />;
  return (
    <div>
      <Space style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('ward.title')}
        </Typography.Title>
        <Select
          style={{ width: 200 }}
          value={wardId}
          onChange={(v) => setParams({ ward: v })}
          options={(wards.data?.items ?? []).map((w) => ({ value: w.id, label: w.name }))}
          data-testid="ward-select"
        />
      </Space>
      {board.isLoading && <Loading />}
      <Row gutter={[8, 8]} data-testid="ward-board">
        {(board.data?.beds ?? []).map((b) => (
          <Col key={b.bedId} xs={12} md={8} xl={4}>
            <BedCard b={b} />
          </Col>
        ))}
      </Row>
    </div>
  );
}

function BedCard({ b }: { b: Bed }) {
  const { t } = useI18n();
  const { can } = useSession();
  const [acking, setAcking] = useState<BoardAlert | null>(null);
  const overdue = b.nextDueAt !== null && dayjs(b.nextDueAt).isBefore(dayjs());
  const alerting = b.alerts.length > 0;
  return (
    <Card
      size="small"
      data-testid={`bed-${b.bedCode}`}
      style={{
        minHeight: 150,
        borderColor: alerting ? '#ff4d4f' : undefined,
        background: alerting ? '#fff1f0' : undefined,
      }}
      title={<strong>{b.bedCode}</strong>}
      extra={
        b.caseId && (
          <Link to={`/cases/${b.caseId}/observations`} style={{ fontSize: 12 }}>
            {t('obs.open')}
          </Link>
        )
      }
    >
      {!b.patientId ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ward.empty')} />
      ) : (
        <>
          <div>
            <Link to={`/patients/${b.patientId}`}>{b.patientName}</Link>
          </div>
          <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, display: 'block' }}>
            {b.procedureText}
          </Typography.Text>
          <Space size={4} wrap>
            {b.news2 ? (
              b.news2.complete ? (
                <Tag
                  color={BAND_COLOR[b.news2.band ?? ''] ?? 'default'}
                  data-testid={`bed-${b.bedCode}-news2`}
                  style={{ fontSize: 16, padding: '2px 6px' }}
                >
                  {t('ward.news2')} {b.news2.total}
                </Tag>
              ) : (
                <Tag>{t('ward.incomplete')}</Tag>
              )
            ) : null}
            {b.trend.length > 1 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {b.trend.map((v) => v ?? '?').join(' → ')}
              </Typography.Text>
            )}
          </Space>
          {b.nextDueAt && (
            <div style={{ fontSize: 12 }}>
              {t('ward.nextDue')} {fmtTime(b.nextDueAt)}{' '}
              {overdue && <Tag color="orange">{t('ward.overdue')}</Tag>}
            </div>
          )}
          {b.alerts.map((a) => (
            <div key={a.id} data-testid={`bed-${b.bedCode}-alert-${a.type}`} style={{ marginTop: 4 }}>
              <Tag color={a.type === 'emergency' ? 'red' : a.type === 'overdue' ? 'orange' : 'volcano'}>
                {t(`ward.alert.${a.type}` as MessageKey)}
              </Tag>
              <span style={{ fontSize: 12 }}>{fmtTime(a.raisedAt)}</span>
              {a.escalatedAt && <Tag color="purple">{t('ward.escalated')}</Tag>}
              {can('observation.write') && (
                <Button size="small" type="link" onClick={() => setAcking(a)} data-testid={`ack-${a.id}`}>
                  {t('ward.ack')}
                </Button>
              )}
            </div>
          ))}
        </>
      )}
      {acking && <AckDialog alert={acking} onClose={() => setAcking(null)} />}
    </Card>
  );
}

function AckDialog({ alert, onClose }: { alert: BoardAlert; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [action, setAction] = useState<string | null>(null);
  const [note, setNote] = useState('');
  return (
    <Modal
      open
      title={t('ward.ackTitle')}
      onCancel={onClose}
      cancelText={t('form.cancel')}
      okButtonProps={{ disabled: !action }}
      okText={t('ward.ack')}
      onOk={async () => {
        try {
          await api.post(`/api/v1/ews-alerts/${alert.id}/ack`, {
            action,
            version: alert.version,
            ...(note.trim() ? { note: note.trim() } : {}),
          });
          await client.invalidateQueries({ queryKey: ['ward-board'] });
          onClose();
        } catch (e) {
          message.error(errorMessage(e, t));
        }
      }}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select
          style={{ width: '100%' }}
          placeholder={t('ward.action')}
          value={action}
          onChange={setAction}
          data-testid="ack-action"
          options={ACK_ACTIONS.map((a) => ({ value: a, label: t(`ward.action.${a}`) }))}
        />
        <Input.TextArea
          rows={2}
          placeholder={t('ward.note')}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Space>
    </Modal>
  );
}
