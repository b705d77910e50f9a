// The error vocabulary lives in the shared contracts (src/api/errors.ts); the server reads it from there.
export { ERRORS, type ErrorCode, format, type Locale, localise } from '../../api/errors';
export { FIELD_MESSAGES } from '../../api/field-messages';
