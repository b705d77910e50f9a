import type { FastifyRequest } from 'fastify';
import type { Locale } from './messages';

/** The user's saved language, else the browser's, else Chinese. */
export function localeOf(req: FastifyRequest): Locale {
  const saved = req.user?.locale;
  if (saved === 'en-US' || saved === 'zh-CN') return saved;
  const header = req.headers['accept-language'] ?? '';
  return /^en\b/i.test(header) ? 'en-US' : 'zh-CN';
}
