// A generated document as a route sends it: a printed one opens in the browser (inline), an export is saved
// (attachment), under its file name (UTF-8, RFC 6266 filename*), never cached.
import type { FastifyReply } from 'fastify';

export type DocumentFile = { bytes: Buffer; filename: string };

export function sendFile(
  reply: FastifyReply,
  type: string,
  disposition: 'inline' | 'attachment',
  file: DocumentFile,
) {
  return reply
    .type(type)
    .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
    .header('cache-control', 'no-store')
    .send(file.bytes);
}
