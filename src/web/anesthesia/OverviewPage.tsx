// 术中监控大屏: every running room — patient, current vitals in large type, open alerts to
// acknowledge — updated as the monitors send (at most once a second; the server reads what it stored).
import { Alert, Col, Row, Typography } from 'antd';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { useOverviewLive, useOverviewRooms } from './overview.resource';
import { RoomCard } from './RoomCard';

export default function OverviewPage() {
  const { t } = useI18n();
  const overview = useOverviewRooms();
  const rooms = overview.data?.rooms ?? [];
  useOverviewLive(rooms.map((r) => r.room));
  if (overview.isLoading) return <Loading />;
  if (overview.error) return <Alert type="error" title={overview.error.message} />;
  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('overview.title')}
      </Typography.Title>
      <Row gutter={[8, 8]}>
        {rooms.map((r) => (
          <Col key={r.room} xs={24} md={12} xl={6}>
            <RoomCard r={r} />
          </Col>
        ))}
      </Row>
    </div>
  );
}
