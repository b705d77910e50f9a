// One bed on the ward board, framed by its standing: its patient and procedure, the latest NEWS2 and its
// trend, the next set due (overdue flagged), the open alerts, each acknowledged here, and the
// acknowledged ones the next set has not yet ended.
import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { fmtTime } from '../shared/format';
import type { MessageKey } from '../shared/i18n';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { AcknowledgedAlert } from './AcknowledgedAlert';
import { AlertAckDialog } from './AlertAckDialog';
import { STANDING_STYLE } from './bed-standing';
import type { Bed, BedAlert } from './ward-board.resource';

// The board's own copy of news2-band.ts: a module both pages imported would load as a chunk of its own.
const BAND_COLOR: Record<string, string> = {
  low: 'green',
  low_medium: 'gold',
  medium: 'orange',
  high: 'red',
};

export function BedCard({ b }: { b: Bed }) {
  const { t } = useI18n();
  const { can } = useSession();
  const [acking, setAcking] = useState<BedAlert | null>(null);
  const overdue = b.nextDueAt !== null && dayjs(b.nextDueAt).isBefore(dayjs());
  return (
    <Card
      size="small"
      data-testid={`bed-${b.bedCode}`}
      data-standing={b.standing}
      style={{ minHeight: 150, ...STANDING_STYLE[b.standing] }}
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
              {overdue && <Tag color="gold">{t('ward.overdue')}</Tag>}
            </div>
          )}
          {b.alerts.map((a) => (
            <div key={a.id} data-testid={`bed-${b.bedCode}-alert-${a.type}`} style={{ marginTop: 4 }}>
              <Tag color={a.type === 'emergency' ? 'red' : a.type === 'overdue' ? 'gold' : 'volcano'}>
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
          {b.acknowledged.map((a) => (
            <AcknowledgedAlert
              key={a.id}
              a={a}
              bedCode={b.bedCode}
              scoreShown={b.news2?.complete === true && b.news2.total === a.total}
            />
          ))}
        </>
      )}
      {acking && <AlertAckDialog alert={acking} onClose={() => setAcking(null)} />}
    </Card>
  );
}
