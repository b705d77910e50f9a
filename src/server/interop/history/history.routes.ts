// The historical case import over HTTP: the upload (multipart, each part streamed to a private temporary file
// with its SHA-256, up to 200 MB), the job's state, and the list of imports.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  IMPORT_MAX_BYTES,
  importAccepted,
  importIdParams,
  importList,
  importState,
} from '../../../api/interop-history';
import { IMPORT_PARTS, type ImportPart } from '../../../domain/interop/history-job';
import { AppError } from '../../errors/app-error';
import { actorOf } from '../../platform/actor';
import type { UploadedPart } from './import-run';

const isPart = (name: string): name is ImportPart => (IMPORT_PARTS as readonly string[]).includes(name);

export const historyImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const imports = app.ctx.historyImports;
  await app.register(multipart, { limits: { fileSize: IMPORT_MAX_BYTES, files: 4, fields: 0, parts: 4 } });

  app.post(
    '/api/v1/imports/history',
    {
      config: { permission: 'history.import', upload: true },
      schema: {
        tags: ['interop'],
        summary:
          '历史病例导入：multipart 文件 cases（必需）、staffing、deliveries、wards / import a history file set',
        consumes: ['multipart/form-data'],
        response: { 202: importAccepted },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      app.ctx.access.require(actor, 'history.import');
      if (!req.isMultipart()) throw new AppError('history_import_no_cases');
      const dir = await mkdtemp(join(tmpdir(), 'periop-import-'));
      const parts: (UploadedPart & { sha256: string })[] = [];
      // The files hold patient data: an upload that is not accepted leaves nothing behind (an accepted one is
      // removed by its job).
      try {
        for await (const file of req.files()) {
          if (!isPart(file.fieldname)) {
            file.file.resume();
            throw new AppError('history_import_unknown_part', { part: file.fieldname.slice(0, 40) });
          }
          const path = join(dir, `${file.fieldname}.csv`);
          const hash = createHash('sha256');
          let bytes = 0;
          const count = new Transform({
            transform(chunk: Buffer, _enc, done) {
              bytes += chunk.length;
              hash.update(chunk);
              done(null, chunk);
            },
          });
          await pipeline(file.file, count, createWriteStream(path));
          if (file.file.truncated) throw new AppError('history_import_too_large');
          parts.push({
            part: file.fieldname,
            name: file.filename.slice(0, 200),
            path,
            bytes,
            sha256: hash.digest('hex'),
          });
        }
        const accepted = await imports.start(actor, parts);
        return reply.code(202).send(accepted);
      } catch (e) {
        await rm(dir, { recursive: true, force: true });
        throw e;
      }
    },
  );

  app.get(
    '/api/v1/imports',
    {
      config: { permission: 'history.import' },
      schema: {
        tags: ['interop'],
        summary: '历史病例导入记录 / the history imports',
        response: { 200: importList },
      },
    },
    (req) => imports.list(actorOf(req)),
  );

  app.get(
    '/api/v1/imports/:id',
    {
      config: { permission: 'history.import' },
      schema: {
        tags: ['interop'],
        summary:
          '一次导入的状态、进度、结果或全部问题 / an import’s state, progress, counts or every problem',
        params: importIdParams,
        response: { 200: importState },
      },
    },
    (req) => imports.get(actorOf(req), req.params.id),
  );
};
