// Intake and output over HTTP.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, ioInput, ioSaved, ioSchema } from '../../api/monitoring';
import { actorOf } from '../platform/actor';
import { IoService } from './io.service';

export const ioRoutes: FastifyPluginAsyncZod = async (app) => {
  const io = new IoService(app.ctx);

  app.post(
    '/api/v1/cases/:id/io',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['monitoring'],
        summary: '术后出入量 / post-op intake or output',
        params: idParams,
        body: ioInput,
        response: { 200: ioSaved },
      },
    },
    (req) => io.record(actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/cases/:id/io',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['monitoring'],
        summary: '每 24 小时出入量及累计平衡 / intake and output per 24 h',
        params: idParams,
        response: { 200: ioSchema },
      },
    },
    (req) => io.balance(actorOf(req), req.params.id),
  );
};
