// Turns every failure into `{error:{code,message,fields}}` in the user's language; nothing a client
// sends yields a stack trace or a 500.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, type FieldError } from './app-error';
import { localeOf } from './locale';
import { FIELD_MESSAGES, type Locale, localise } from './messages';

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

function pgCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  const code = typeof e.cause?.code === 'string' ? e.cause.code : e.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
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
  }
  if (fe.statusCode === 429) return new AppError('rate_limited');
  if (fe.statusCode === 400 && error instanceof SyntaxError) return new AppError('malformed_json');
  switch (pgCode(error)) {
    case '22P02': // invalid_text_representation (e.g. a malformed uuid)
    case '22007': // invalid_datetime_format
    case '22008': // datetime_field_overflow
    case '22003': // numeric_value_out_of_range
    case '22001': // string_data_right_truncation
      return new AppError('validation_failed');
    case '23503': // foreign_key_violation
      return new AppError('reference_not_found', { what: localeOf(req) === 'en-US' ? 'record' : '记录' });
  }
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
