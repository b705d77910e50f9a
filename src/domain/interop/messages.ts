// Interoperability's labels, read by the server's messages and the web alike.
import type { LocalText } from '../common/field-messages';

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
