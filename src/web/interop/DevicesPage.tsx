// 设备与接口: the registered bedside devices, and the interface inbox — messages from unknown
// devices (quarantined, replayable once the device is registered) and malformed ones (rejected).
import { Tabs } from 'antd';
import { useI18n } from '../shared/i18n';
import { DeviceList } from './DeviceList';
import { InboxList } from './InboxList';

export default function DevicesPage() {
  const { t } = useI18n();
  return (
    <Tabs
      items={[
        { key: 'devices', label: t('devices.title'), children: <DeviceList /> },
        { key: 'quarantined', label: t('devices.quarantined'), children: <InboxList status="quarantined" /> },
        { key: 'rejected', label: t('devices.rejected'), children: <InboxList status="rejected" /> },
      ]}
    />
  );
}
