// 病区与床位设置 (system administrator): the department's wards — their regular open beds over time — and, for
// the ward chosen, its rooms and beds with each bed's history. Structure only: no patient is shown here.
import { Alert, Button, Card, Col, Descriptions, Empty, Row, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { StructureWard } from '../../api/beds-structure';
import { useI18n } from '../shared/i18n';
import { Loading } from '../shared/Loading';
import { errorMessage } from '../shared/use-attempt';
import { StructureOpenBeds } from './StructureOpenBeds';
import { StructureRooms } from './StructureRooms';
import { StructureWardDialog } from './StructureWardDialog';
import { useStructure } from './structure.resource';
import { useStructureText } from './structure-messages';

export default function StructurePage() {
  const { t, lang } = useI18n();
  const s = useStructureText();
  const structure = useStructure();
  const [chosen, setChosen] = useState<string | null>(null);
  const [editing, setEditing] = useState<StructureWard | 'new' | null>(null);
  const data = structure.data;
  if (structure.isLoading) return <Loading />;
  if (structure.error || !data)
    return <Alert type="error" showIcon title={errorMessage(structure.error, t)} />;

  const ward = data.wards.find((w) => w.id === chosen) ?? data.wards[0] ?? null;
  const nameOf = (w: StructureWard) => (lang === 'en' && w.nameEn ? w.nameEn : w.name);
  const bedsOf = (wardId: string) => data.beds.filter((b) => b.wardId === wardId);
  const activeBeds = (wardId: string) => bedsOf(wardId).filter((b) => b.active).length;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="structure-page">
      <div>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {s('structure.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{s('structure.help')}</Typography.Text>
      </div>
      <Row gutter={16}>
        <Col xs={24} xl={9}>
          <Card
            size="small"
            title={s('structure.wards')}
            extra={
              <Button
                size="small"
                type="primary"
                onClick={() => setEditing('new')}
                data-testid="structure-ward-add"
              >
                {s('structure.ward.add')}
              </Button>
            }
          >
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={data.wards}
              locale={{ emptyText: s('structure.ward.none') }}
              data-testid="structure-wards"
              onRow={(w: StructureWard) => ({ onClick: () => setChosen(w.id), style: { cursor: 'pointer' } })}
              rowSelection={{
                type: 'radio',
                selectedRowKeys: ward ? [ward.id] : [],
                onChange: (keys) => setChosen(String(keys[0])),
              }}
              columns={[
                { title: s('structure.ward.code'), dataIndex: 'code' },
                { title: s('structure.ward.name'), render: (_: unknown, w: StructureWard) => nameOf(w) },
                {
                  title: s('structure.ward.openBeds'),
                  render: (_: unknown, w: StructureWard) => w.openBeds ?? '—',
                },
                {
                  title: s('structure.ward.beds'),
                  render: (_: unknown, w: StructureWard) => activeBeds(w.id),
                },
                { title: s('structure.ward.occupied'), dataIndex: 'occupiedNow' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          {ward ? (
            <Space
              orientation="vertical"
              size="middle"
              style={{ width: '100%' }}
              data-testid="structure-ward"
            >
              <Card
                size="small"
                title={`${ward.code} · ${nameOf(ward)}`}
                extra={
                  <Button size="small" onClick={() => setEditing(ward)} data-testid="structure-ward-edit">
                    {s('structure.edit')}
                  </Button>
                }
              >
                <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                  <Descriptions.Item label={s('structure.ward.nameEn')}>
                    {ward.nameEn ?? '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={s('structure.ward.staffingLimit')}>
                    {ward.staffingLimit ?? s('structure.none')}
                  </Descriptions.Item>
                  <Descriptions.Item label={s('structure.ward.sortOrder')}>
                    {ward.sortOrder}
                  </Descriptions.Item>
                  <Descriptions.Item label={s('structure.ward.openBeds')}>
                    {ward.openBeds ?? s('structure.ward.openBedsNone')}
                  </Descriptions.Item>
                  <Descriptions.Item label={s('structure.ward.beds')}>
                    {activeBeds(ward.id)}
                  </Descriptions.Item>
                  <Descriptions.Item label={s('structure.ward.occupied')}>
                    {ward.occupiedNow}
                  </Descriptions.Item>
                </Descriptions>
              </Card>
              <StructureOpenBeds ward={ward} today={data.today} />
              <StructureRooms
                ward={ward}
                rooms={data.rooms.filter((r) => r.wardId === ward.id)}
                beds={bedsOf(ward.id)}
                today={data.today}
              />
            </Space>
          ) : (
            <Empty description={s('structure.ward.pick')} />
          )}
        </Col>
      </Row>
      {editing && (
        <StructureWardDialog ward={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Space>
  );
}
