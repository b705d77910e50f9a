// Recommendations followed as tasks, over HTTP: permission, contract, one service call.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  taskActionInput,
  taskActionResult,
  taskListQuery,
  taskListSchema,
  taskParams,
} from '../../api/assessment';
import { actorOf } from '../platform/actor';
import { RecommendationService } from './recommendation.service';

export const recommendationRoutes: FastifyPluginAsyncZod = async (app) => {
  const recommendations = new RecommendationService(app.ctx);

  app.get(
    '/api/v1/recommendations',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags: ['assessment'],
        summary: '建议跟踪工作列表 / recommendations followed as tasks',
        querystring: taskListQuery,
        response: { 200: taskListSchema },
      },
    },
    (req) => recommendations.list(actorOf(req), req.query),
  );

  app.post(
    '/api/v1/recommendations/:id/actions',
    {
      config: { permission: 'assessment.write' },
      schema: {
        tags: ['assessment'],
        summary: '处理建议：接受、拒绝（需理由）或完成 / accept, decline (with a reason) or complete',
        params: taskParams,
        body: taskActionInput,
        response: { 200: taskActionResult },
      },
    },
    (req) => recommendations.act(actorOf(req), req.params.id, req.body),
  );
};
