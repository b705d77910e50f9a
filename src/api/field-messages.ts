// Every capability's field-level messages (the custom checks in the domain's input schemas), composed
// once for the server's error responses and the browser's inline validation.
import { RECORD_FIELD_MESSAGES } from '../domain/anesthesia/record-fields';
import { BEDS_FIELD_MESSAGES } from '../domain/beds/field-messages';
import { FIELD_MESSAGES as COMMON_FIELD_MESSAGES, type LocalText } from '../domain/common/field-messages';
import { QUALITY_FIELD_MESSAGES } from '../domain/quality/field-messages';

export const FIELD_MESSAGES: Record<string, LocalText> = {
  ...COMMON_FIELD_MESSAGES,
  ...RECORD_FIELD_MESSAGES,
  ...QUALITY_FIELD_MESSAGES,
  ...BEDS_FIELD_MESSAGES,
};
