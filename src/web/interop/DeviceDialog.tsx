// Registers a device or changes one: vendor and model, its identifier in the messages, where it stands.
import { Alert, Form, Input, Modal, Select, Space, Switch } from 'antd';
import { useState } from 'react';
import type { Device } from '../../api/interop';
import { DEVICE_VENDORS } from '../../domain/interop/devices';
import { VENDOR_LABELS } from '../../domain/interop/messages';
import { ApiError } from '../shared/api';
import type { MessageKey } from '../shared/i18n';
import { useI18n } from '../shared/i18n';
import { useSaveDevice } from './interop.resource';

export function DeviceDialog({
  device,
  onClose,
  initial,
}: {
  device: Device | null;
  onClose: () => void;
  initial?: Partial<Device>;
}) {
  const { t, locale } = useI18n();
  const saveDevice = useSaveDevice(device);
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    const body = { ...v, address: v.address || null };
    try {
      await saveDevice.mutateAsync(body);
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
          <Select options={DEVICE_VENDORS.map((v) => ({ value: v, label: VENDOR_LABELS[v][locale] }))} />
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
