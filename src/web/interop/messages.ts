// The words of the device directory (monitors, their places and feeds), in the one label shape.
import type { Messages } from '../shared/messages-shape';

export const interopMessages = {
  'devices.title': { 'zh-CN': '设备登记', 'en-US': 'Devices' },
  'devices.quarantined': { 'zh-CN': '隔离区（未登记设备）', 'en-US': 'Quarantine (unknown devices)' },
  'devices.rejected': { 'zh-CN': '格式错误的报文', 'en-US': 'Malformed messages' },
  'devices.add': { 'zh-CN': '登记设备', 'en-US': 'Register a device' },
  'devices.edit': { 'zh-CN': '修改', 'en-US': 'Edit' },
  'devices.place': { 'zh-CN': '位置', 'en-US': 'Place' },
  'devices.placeCode': { 'zh-CN': '位置编码', 'en-US': 'Place code' },
  'devices.vendor': { 'zh-CN': '厂商', 'en-US': 'Vendor' },
  'devices.model': { 'zh-CN': '型号', 'en-US': 'Model' },
  'devices.identifier': { 'zh-CN': '设备标识', 'en-US': 'Identifier' },
  'devices.identifierHelp': {
    'zh-CN': 'IHE 设备为 MSH-3 中的 EUI-64；其他设备填序列号或 MSH-3 文本',
    'en-US': 'EUI-64 from MSH-3 for IHE devices; otherwise the serial or the MSH-3 text',
  },
  'devices.address': { 'zh-CN': 'IP 地址', 'en-US': 'IP address' },
  'devices.charset': { 'zh-CN': '默认字符集', 'en-US': 'Default character set' },
  'devices.active': { 'zh-CN': '启用', 'en-US': 'Active' },
  'devices.on': { 'zh-CN': '启用', 'en-US': 'Active' },
  'devices.off': { 'zh-CN': '停用', 'en-US': 'Inactive' },
  'devices.kind.or_room': { 'zh-CN': '手术间', 'en-US': 'OR room' },
  'devices.kind.pacu_bed': { 'zh-CN': 'PACU 床位', 'en-US': 'PACU bed' },
  'devices.kind.ward_bed': { 'zh-CN': '病区床位', 'en-US': 'Ward bed' },
  'devices.received': { 'zh-CN': '接收时间', 'en-US': 'Received' },
  'devices.from': { 'zh-CN': '来源地址', 'en-US': 'From' },
  'devices.hint': { 'zh-CN': '设备线索', 'en-US': 'Device hint' },
  'devices.type': { 'zh-CN': '消息类型', 'en-US': 'Message type' },
  'devices.reason': { 'zh-CN': '原因', 'en-US': 'Reason' },
  'devices.register': { 'zh-CN': '登记该设备', 'en-US': 'Register this device' },
  'devices.replay': { 'zh-CN': '重放', 'en-US': 'Replay' },
  'devices.replayed': { 'zh-CN': '已重放并保存', 'en-US': 'Replayed and stored' },
  'devices.stillUnknown': {
    'zh-CN': '设备仍未登记，报文保留在隔离区',
    'en-US': 'The device is still unknown; the message stays in quarantine',
  },
} as const satisfies Messages;
