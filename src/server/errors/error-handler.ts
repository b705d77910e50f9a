// Turns every failure into `{error:{code,message,fields}}` in the user's language; nothing a client
// sends yields a stack trace or a 500.
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { REFERENCED_RECORD } from '../../api/platform';
import { AppError, type FieldError } from './app-error';
import { localeOf } from './locale';
import { type ErrorCode, FIELD_MESSAGES, type Locale, localise } from './messages';

const zhCN = z.locales.zhCN();

export type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[] };

export function issueMessage(issue: Issue, locale: Locale): string {
  const custom = FIELD_MESSAGES[issue.message];
  if (custom) return custom[locale];
  if (issue.code === 'unrecognized_keys') return FIELD_MESSAGES['field.unknown']![locale];
  if (locale === 'en-US') return issue.message;
  const local = zhCN.localeError(issue as unknown as Parameters<typeof zhCN.localeError>[0]);
  if (typeof local === 'string') return local;
  return local?.message ?? issue.message;
}

export function issuesToFields(issues: Issue[], locale: Locale, prefix = ''): FieldError[] {
  const fields: FieldError[] = [];
  for (const issue of issues) {
    const base = [prefix, ...issue.path.map((p) => String(p))].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys)
        fields.push({ path: base ? `${base}.${key}` : key, message: issueMessage(issue, locale) });
    } else {
      fields.push({ path: base, message: issueMessage(issue, locale) });
    }
  }
  return fields;
}

export function sendError(req: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const locale = localeOf(req);
  const message = localise(error.code, locale, error.params);
  // A field error given as a FIELD_MESSAGES key is localised here; an empty one repeats the main message.
  const fields = error.fields.map((f) => ({
    path: f.path,
    message: FIELD_MESSAGES[f.message]?.[locale] ?? (f.message || message),
  }));
  return reply
    .status(error.statusCode)
    .send({ error: { code: error.code, message, fields, ...error.extra } });
}

type PgError = { code: string; constraint?: string; detail?: string };

/** The PostgreSQL error behind a failure (drizzle wraps it as the cause), if any. */
function pgError(error: unknown): PgError | undefined {
  for (
    let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 4;
    depth += 1
  ) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e as PgError;
    e = e.cause as typeof e;
  }
  return undefined;
}

// Unique constraints a client can run into, by name (drizzle's `<table>_<column>_unique`), with the
// error the client sees and the parameter taken from PostgreSQL's detail "Key (col)=(value) already exists".
const UNIQUE: Record<string, (value: string) => AppError> = {
  devices_identifier_unique: (identifier) => new AppError('duplicate_device', { identifier }),
  patients_mrn_unique: (mrn) => new AppError('duplicate_mrn', { mrn }),
  users_username_unique: (username) => new AppError('duplicate_username', { username }),
};

/** Every constraint and data error PostgreSQL can raise from what a client sent, in one place. */
export function fromDatabaseError(error: unknown, req: FastifyRequest): AppError | null {
  const pg = pgError(error);
  if (!pg) return null;
  switch (pg.code) {
    case '23505': {
      const value = /\)=\((.*)\) already exists/.exec(pg.detail ?? '')?.[1] ?? '';
      return UNIQUE[pg.constraint ?? '']?.(value) ?? new AppError('duplicate_record');
    }
    case '23503': // foreign_key_violation
      return new AppError('reference_not_found', { what: REFERENCED_RECORD[localeOf(req)] });
    case '23502': // not_null_violation
    case '23514': // check_violation
    case '54000': // program_limit_exceeded (e.g. a value too large for an index)
      return new AppError('validation_failed');
    case '23P01': // exclusion_violation
      return new AppError('duplicate_record');
    case '40001': // serialization_failure
    case '40P01': // deadlock_detected
      return new AppError('write_conflict');
  }
  // Class 22, data exceptions: invalid text (22P02), untranslatable character (22P05), invalid byte
  // sequence (22021), datetime and numeric range (22007, 22008, 22003), too long (22001) …
  if (pg.code.startsWith('22')) return new AppError('validation_failed');
  return null;
}

export function toAppError(error: FastifyError | Error, req: FastifyRequest): AppError | null {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const prefix = error.validationContext === 'body' ? '' : (error.validationContext ?? '');
    const issues: Issue[] = error.validation.map((v) => ({
      ...(v.params as Record<string, unknown>),
      code: v.keyword,
      path: v.instancePath.split('/').filter(Boolean),
      message: v.message ?? '',
    }));
    return new AppError('validation_failed', {}, issuesToFields(issues, localeOf(req), prefix));
  }
  const fe = error as FastifyError;
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('unsupported_media_type');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('malformed_json');
    case 'FST_ERR_BAD_URL':
      return new AppError('malformed_url');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError('uri_too_long');
  }
  if (fe.statusCode === 429) return new AppError('rate_limited');
  if (fe.statusCode === 400 && error instanceof SyntaxError) return new AppError('malformed_json');
  const database = fromDatabaseError(error, req);
  if (database) return database;
  if (fe.statusCode === 413) return new AppError('payload_too_large');
  if (fe.statusCode === 414) return new AppError('uri_too_long');
  if (fe.statusCode === 415) return new AppError('unsupported_media_type');
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return new AppError('validation_failed');
  return null;
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    const known = toAppError(error, req);
    if (known) return sendError(req, reply, known);
    req.log.error({ err: error }, 'unhandled error');
    return sendError(req, reply, new AppError('internal_error'));
  });
}

/** Errors the framework raises before a route runs (a malformed URL, an over-long path parameter). */
export function frameworkErrorHandler(error: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  void sendError(req, reply, toAppError(error, req) ?? new AppError('validation_failed'));
}

/**
 * Errors of the HTTP parser, before there is a request (oversized headers, a malformed request line):
 * answered on the raw socket in our error shape, in Chinese with the English after it.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code: ErrorCode =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 'header_too_large'
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'request_timeout'
        : 'malformed_request';
  const status = new AppError(code).statusCode;
  const message = `${localise(code, 'zh-CN')} / ${localise(code, 'en-US')}`;
  const body = JSON.stringify({ error: { code, message, fields: [] } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
