// The stateless scores API over HTTP: permission, contract, one service call.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { instrumentListSchema, scoreInput, scoreParams, scoreResultSchema } from '../../api/assessment';
import { actorOf } from '../platform/actor';
import { ScoreService } from './score.service';

export const scoreRoutes: FastifyPluginAsyncZod = async (app) => {
  const scores = new ScoreService(app.ctx);

  app.get(
    '/api/v1/scores',
    {
      config: { permission: 'scores.use' },
      schema: {
        tags: ['scores'],
        summary: '评分量表目录 / the catalogue of clinical instruments',
        response: { 200: instrumentListSchema },
      },
    },
    async (req) => scores.catalogue(actorOf(req)),
  );

  app.post(
    '/api/v1/scores/:id',
    {
      config: { permission: 'scores.use' },
      schema: {
        tags: ['scores'],
        summary: '计算评分（无状态，不保存）/ compute a score (stateless, nothing stored)',
        params: scoreParams,
        body: scoreInput,
        response: { 200: scoreResultSchema },
      },
    },
    async (req) => scores.compute(actorOf(req), req.params.id, req.body),
  );
};
