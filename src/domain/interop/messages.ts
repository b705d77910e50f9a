// Interoperability's labels, read by the server's messages and the web alike.
import type { LocalText } from '../common/field-messages';

export const INTEROP_LABELS = {
  /** What a device binding refers to, in "the referenced … does not exist". */
  case: { 'zh-CN': '手术', 'en-US': 'case' },
} as const satisfies Record<string, LocalText>;
