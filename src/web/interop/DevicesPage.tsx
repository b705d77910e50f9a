// 设备与接口: the registered bedside devices, and the interface inbox — messages from unknown
// devices (quarantined, replayable once the device is registered) and malformed ones (rejected).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ApiError, api, query } from '../shared/api';
import { fmtDateTime } from '../shared/format';
import type { MessageKey } from '../shared/i18n';
import { useI18n } from '../shared/i18n';
import { errorMessage } from '../shared/use-attempt';

type Device = {
  id: string;
  vendor: string;
  model: string;
  identifier: string;
  address: string | null;
  charset: string;
  placeKind: string;
  placeCode: string;
  overrideCaseId: string | null;
  active: boolean;
  version: number;
};
type InboxItem = {
  id: string;
  receivedAt: string;
  remoteAddress: string;
  status: string;
  reason: string;
  controlId: string | null;
  messageType: string | null;
  deviceHint: string | null;
  raw: string;
};

export default function DevicesPage() {
  const { t } = useI18n();
  return (
    <Tabs
      items={[
        { key: 'devices', label: t('devices.title'), children: <DeviceList /> },
        { key: 'quarantined', label: t('devices.quarantined'), children: <Inbox status="quarantined" /> },
        { key: 'rejected', label: t('devices.rejected'), children: <Inbox status="rejected" /> },
      ]}
    />
  );
}

function DeviceList() {
  const { t } = useI18n();
  const list = useQuery({
    queryKey: ['devices'],
    queryFn: () => api.get<{ items: Device[] }>('/api/v1/devices'),
  });
  const [editing, setEditing] = useState<Device | 'new' | null>(null);
  if (list.error) return <Alert type="error" title={list.error.message} />;
  return (
    <>
      <Button
        type="primary"
        size="small"
        style={{ marginBottom: 8 }}
        onClick={() => setEditing('new')}
        data-testid="device-new"
      >
        {t('devices.add')}
      </Button>
      <Table
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('devices.place'),
            render: (_: unknown, d: Device) =>
              `${t(`devices.kind.${d.placeKind}` as MessageKey)} ${d.placeCode}`,
          },
          { title: t('devices.vendor'), render: (_: unknown, d: Device) => `${d.vendor} ${d.model}` },
          { title: t('devices.identifier'), dataIndex: 'identifier' },
          { title: t('devices.address'), dataIndex: 'address', render: (v: string | null) => v ?? '—' },
          { title: t('devices.charset'), dataIndex: 'charset' },
          {
            title: t('devices.active'),
            render: (_: unknown, d: Device) => (
              <Tag color={d.active ? 'green' : 'default'}>
                {d.active ? t('devices.on') : t('devices.off')}
              </Tag>
            ),
          },
          {
            title: '',
            render: (_: unknown, d: Device) => (
              <Button size="small" type="link" onClick={() => setEditing(d)}>
                {t('devices.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing && (
        <DeviceDialog device={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}

function DeviceDialog({
  device,
  onClose,
  initial,
}: {
  device: Device | null;
  onClose: () => void;
  initial?: Partial<Device>;
}) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    const body = { ...v, address: v.address || null };
    try {
      if (device) await api.put(`/api/v1/devices/${device.id}`, { ...body, version: device.version });
      else await api.post('/api/v1/devices', body);
      await client.invalidateQueries({ queryKey: ['devices'] });
      onClose();
    } catch (e) {
      if (e instanceof ApiError) {
        setError(e.body.message);
        form.setFields(e.body.fields.map((f) => ({ name: f.path, errors: [f.message] })));
      } else setError(t('app.error.network'));
    }
  };
  return (
    <Modal
      open
      title={device ? t('devices.edit') : t('devices.add')}
      onCancel={onClose}
      onOk={submit}
      cancelText={t('form.cancel')}
    >
      {error && <Alert type="error" title={error} style={{ marginBottom: 8 }} />}
      <Form
        form={form}
        layout="vertical"
        size="small"
        initialValues={
          device ?? { vendor: 'mindray', charset: 'utf8', placeKind: 'or_room', active: true, ...initial }
        }
      >
        <Form.Item name="vendor" label={t('devices.vendor')} rules={[{ required: true }]}>
          <Select
            options={['mindray', 'ge', 'philips', 'comen', 'other'].map((v) => ({ value: v, label: v }))}
          />
        </Form.Item>
        <Form.Item name="model" label={t('devices.model')} rules={[{ required: true, max: 60 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="identifier"
          label={t('devices.identifier')}
          extra={t('devices.identifierHelp')}
          rules={[{ required: true, max: 80 }]}
        >
          <Input data-testid="device-identifier" />
        </Form.Item>
        <Form.Item name="address" label={t('devices.address')}>
          <Input placeholder="192.168.1.20" />
        </Form.Item>
        <Space>
          <Form.Item name="placeKind" label={t('devices.place')} rules={[{ required: true }]}>
            <Select
              style={{ width: 140 }}
              options={['or_room', 'pacu_bed', 'ward_bed'].map((k) => ({
                value: k,
                label: t(`devices.kind.${k}` as MessageKey),
              }))}
            />
          </Form.Item>
          <Form.Item name="placeCode" label={t('devices.placeCode')} rules={[{ required: true, max: 40 }]}>
            <Input placeholder="OR-01" data-testid="device-place" />
          </Form.Item>
        </Space>
        <Space>
          <Form.Item name="charset" label={t('devices.charset')}>
            <Select
              style={{ width: 120 }}
              options={['utf8', 'gb18030', 'latin1'].map((c) => ({ value: c, label: c }))}
            />
          </Form.Item>
          <Form.Item name="active" label={t('devices.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

function Inbox({ status }: { status: 'quarantined' | 'rejected' }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [registering, setRegistering] = useState<InboxItem | null>(null);
  const list = useQuery({
    queryKey: ['inbox', status],
    queryFn: () => api.get<{ items: InboxItem[] }>(`/api/v1/interop/inbox${query({ status })}`),
  });
  const replay = async (m: InboxItem) => {
    try {
      const r = await api.post<{ outcome: string }>(`/api/v1/interop/inbox/${m.id}/replay`);
      if (r.outcome === 'stored') message.success(t('devices.replayed'));
      else message.warning(t('devices.stillUnknown'));
      await client.invalidateQueries({ queryKey: ['inbox'] });
    } catch (e) {
      message.error(errorMessage(e, t));
    }
  };
  if (list.error) return <Alert type="error" title={list.error.message} />;
  return (
    <>
      <Table
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        data-testid={`inbox-${status}`}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{
          expandedRowRender: (m: InboxItem) => (
            <Typography.Paragraph
              copyable
              style={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace', fontSize: 12, margin: 0 }}
            >
              {m.raw.replace(/\r/g, '\n')}
            </Typography.Paragraph>
          ),
        }}
        columns={[
          {
            title: t('devices.received'),
            dataIndex: 'receivedAt',
            width: 150,
            render: (v: string) => fmtDateTime(v),
          },
          { title: t('devices.from'), dataIndex: 'remoteAddress', width: 120 },
          { title: t('devices.hint'), dataIndex: 'deviceHint', render: (v: string | null) => v ?? '—' },
          { title: t('devices.type'), dataIndex: 'messageType', render: (v: string | null) => v ?? '—' },
          { title: t('devices.reason'), dataIndex: 'reason' },
          ...(status === 'quarantined'
            ? [
                {
                  title: '',
                  width: 180,
                  render: (_: unknown, m: InboxItem) => (
                    <Space size={2}>
                      <Button size="small" type="link" onClick={() => setRegistering(m)}>
                        {t('devices.register')}
                      </Button>
                      <Button size="small" type="link" onClick={() => replay(m)}>
                        {t('devices.replay')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {registering && (
        <DeviceDialog
          device={null}
          initial={{ identifier: registering.deviceHint ?? '', address: null }}
          onClose={() => setRegistering(null)}
        />
      )}
    </>
  );
}
