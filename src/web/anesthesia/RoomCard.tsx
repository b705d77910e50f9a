// One room on the big screen: its patient and procedure, the current vitals in large type, and the
// open alerts, each acknowledged here.
import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { OverviewRooms } from '../../api/anesthesia-vitals';
import { formatAlertExtreme, formatVital } from '../../domain/anesthesia/vital-format';
import { fmtTime } from '../shared/format';
import type { MessageKey } from '../shared/i18n';
import { useI18n } from '../shared/i18n';
import { useSession } from '../shared/session';
import { useAckRoomAlert } from './overview.resource';

type Room = OverviewRooms['rooms'][number];

const SHOWN: { label: string; params: string[]; color: string }[] = [
  { label: 'HR', params: ['hr'], color: '#1677ff' },
  { label: 'BP', params: ['art_sys', 'nibp_sys'], color: '#cf1322' },
  { label: 'SpO2', params: ['spo2'], color: '#389e0d' },
  { label: 'EtCO2', params: ['etco2'], color: '#d48806' },
  { label: 'T', params: ['temp'], color: '#722ed1' },
];

function bp(v: Room['vitals']): string | null {
  const pair = (sys: string, dia: string) =>
    v[sys] && v[dia] ? `${formatVital(sys, v[sys].value)}/${formatVital(dia, v[dia].value)}` : null;
  return pair('art_sys', 'art_dia') ?? pair('nibp_sys', 'nibp_dia');
}

export function RoomCard({ r }: { r: Room }) {
  const { t } = useI18n();
  const { can } = useSession();
  const navigate = useNavigate();
  const ack = useAckRoomAlert();
  const alerting = r.alerts.length > 0;
  return (
    <Card
      size="small"
      data-testid={`room-${r.room}`}
      style={{ borderColor: alerting ? '#ff4d4f' : undefined, background: alerting ? '#fff1f0' : undefined }}
      title={
        <Space>
          <strong>{r.room}</strong>
          {r.caseId && <Typography.Text>{r.patientName}</Typography.Text>}
        </Space>
      }
      extra={
        r.caseId && (
          <Button size="small" type="link" onClick={() => navigate(`/cases/${r.caseId}/record`)}>
            {t('record.open')}
          </Button>
        )
      }
    >
      {!r.caseId ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overview.idle')} />
      ) : (
        <>
          <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
            {r.procedureText}
          </Typography.Text>
          <Space size={16} wrap style={{ margin: '6px 0' }}>
            {SHOWN.map((s) => {
              const param = s.params.find((p) => r.vitals[p]);
              const value =
                s.label === 'BP' ? bp(r.vitals) : param ? formatVital(param, r.vitals[param]!.value) : null;
              return (
                <div key={s.label} data-testid={`room-${r.room}-${s.label}`}>
                  <div style={{ fontSize: 11, color: '#8c8c8c' }}>{s.label}</div>
                  <div style={{ fontSize: 24, fontWeight: 600, color: s.color, lineHeight: '28px' }}>
                    {value ?? '—'}
                  </div>
                </div>
              );
            })}
          </Space>
          {r.alerts.map((a) => (
            <div key={`${a.kind}${a.start}`} data-testid={`room-${r.room}-alert-${a.kind}`}>
              <Tag color="red">{t(`record.alert.${a.kind}` as MessageKey)}</Tag>
              {fmtTime(a.start)} · {formatAlertExtreme(a.kind, a.extreme)}
              {can('observation.write') && (
                <Button
                  size="small"
                  type="link"
                  onClick={async () => {
                    await ack.mutateAsync({ caseId: r.caseId!, kind: a.kind, start: a.start });
                  }}
                >
                  {t('record.ack')}
                </Button>
              )}
            </div>
          ))}
        </>
      )}
    </Card>
  );
}
