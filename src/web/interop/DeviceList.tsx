// The registered devices by place, each editable; a new one is added from here.
import { Alert, Button, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Device } from '../../api/interop';
import { VENDOR_LABELS } from '../../domain/interop/messages';
import type { MessageKey } from '../shared/i18n';
import { useI18n } from '../shared/i18n';
import { DeviceDialog } from './DeviceDialog';
import { useDevices } from './interop.resource';

export function DeviceList() {
  const { t, locale } = useI18n();
  const list = useDevices();
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
          {
            title: t('devices.vendor'),
            render: (_: unknown, d: Device) => `${VENDOR_LABELS[d.vendor][locale]} ${d.model}`,
          },
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
