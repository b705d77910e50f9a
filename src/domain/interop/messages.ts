// Interoperability's labels, read by the server's messages and the web alike.
import type { LocalText } from '../common/field-messages';
import type { DeviceVendor } from './devices';

/** The makers as the department names them. */
export const VENDOR_LABELS = {
  mindray: { 'zh-CN': '迈瑞', 'en-US': 'Mindray' },
  ge: { 'zh-CN': 'GE', 'en-US': 'GE' },
  philips: { 'zh-CN': '飞利浦', 'en-US': 'Philips' },
  comen: { 'zh-CN': '科曼', 'en-US': 'Comen' },
  other: { 'zh-CN': '其他', 'en-US': 'Other' },
} as const satisfies Record<DeviceVendor, LocalText>;

export const INTEROP_LABELS = {
  /** What a device binding refers to, in "the referenced … does not exist". */
  case: { 'zh-CN': '手术', 'en-US': 'case' },
} as const satisfies Record<string, LocalText>;

/**
 * What the interface says to a device (the NAK's ERR reason) and keeps in the inbox: both languages in
 * one text, since a device has no locale and the inbox is read in either.
 */
export const DEVICE_REASONS = {
  unknownDevice: () => '未登记的设备 / unknown device',
  notStored: () => '暂时无法保存，请重发 / could not be stored, send again',
  unsupportedCharset: (declared: string) => `不支持的字符集 MSH-18 ${declared} / unsupported character set`,
  tooLarge: (maxBytes: number) => `报文超过 ${maxBytes} 字节 / message larger than ${maxBytes} bytes`,
} as const;
