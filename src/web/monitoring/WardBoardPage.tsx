// 病区看板: each bed with its patient, the latest NEWS2 and its trend, when the next observation is
// due, and the open early-warning alerts — live, acknowledged here with the action taken, which stays
// on the bed until the next set. The most urgent beds come first (the server's order), with a legend.
import { Alert, Col, Row, Select, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useWards } from '../shared/directory.resource';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { BedCard } from './BedCard';
import { LEGEND, STANDING_STYLE } from './bed-standing';
import { useWardBoard } from './ward-board.resource';

export default function WardBoardPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const wards = useWards();
  const wardId = params.get('ward') ?? wards.data?.items[0]?.id ?? null;
  const board = useWardBoard(wardId);
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
        <Space size={6} wrap data-testid="ward-legend" style={{ fontSize: 12 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('ward.order')}
          </Typography.Text>
          {LEGEND.map((l) => (
            <span
              key={l.standing}
              style={{
                border: '1px solid',
                borderRadius: 4,
                padding: '0 6px',
                ...STANDING_STYLE[l.standing],
              }}
            >
              {t(l.label)}
            </span>
          ))}
        </Space>
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
