import { ERRORS, type ErrorCode } from './messages';

export type FieldError = { path: string; message: string };

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
    this.statusCode = ERRORS[code].status;
  }
}

export const notFound = () => new AppError('not_found');
export const conflict = (current: number, latest?: unknown) =>
  new AppError('version_conflict', { current }, [], latest === undefined ? {} : { latest });
