import type { ErrorCode } from './messages';

export type FieldError = { path: string; message: string };

const STATUS: Partial<Record<ErrorCode, number>> = {
  validation_failed: 400,
  malformed_json: 400,
  password_weak: 400,
  password_wrong: 400,
  cancel_reason_required: 400,
  transition_in_future: 400,
  transition_before_previous: 400,
  reference_not_found: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  unauthenticated: 401,
  session_expired: 401,
  invalid_credentials: 401,
  account_locked: 423,
  account_disabled: 403,
  password_change_required: 403,
  forbidden: 403,
  not_found: 404,
  route_not_found: 404,
  version_conflict: 409,
  illegal_transition: 409,
  duplicate_mrn: 409,
  duplicate_device: 409,
  alert_closed: 409,
  complication_decided: 409,
  record_signed: 409,
  record_not_signed: 409,
  checklist_incomplete: 400,
  inbox_not_quarantined: 409,
  duplicate_username: 409,
  rate_limited: 429,
  duplicate_record: 409,
  own_account: 403,
  write_conflict: 409,
  malformed_url: 400,
  malformed_request: 400,
  uri_too_long: 414,
  header_too_large: 431,
  request_timeout: 408,
  case_closed: 409,
  visit_signed: 409,
  visit_not_signed: 409,
  visit_incomplete: 400,
  task_closed: 409,
  followup_done: 409,
  print_requires_signature: 409,
  pdf_font_missing: 503,
  internal_error: 500,
};

/** An error a client may see: a code from the vocabulary, its parameters and per-field problems. */
export class AppError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
    this.statusCode = STATUS[code] ?? 400;
  }
}

export const notFound = () => new AppError('not_found');
export const conflict = (current: number, latest?: unknown) =>
  new AppError('version_conflict', { current }, [], latest === undefined ? {} : { latest });
