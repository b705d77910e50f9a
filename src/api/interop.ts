// Interoperability's contract: devices and the interface inbox.
import { defineErrors } from './error-def';

export const interopErrors = defineErrors({
  duplicate_device: {
    status: 409,
    'zh-CN': '设备标识 {identifier} 已登记',
    'en-US': 'Device identifier {identifier} is already registered',
  },
  inbox_not_quarantined: {
    status: 409,
    'zh-CN': '该报文不在隔离区，无需处理',
    'en-US': 'The message is not in quarantine',
  },
});
