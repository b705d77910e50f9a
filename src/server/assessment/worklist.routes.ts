// The worklists 待访视 and 高危患者 over HTTP: permission, contract, one service call.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { worklistSchema } from '../../api/assessment';
import { actorOf } from '../platform/actor';
import { WorklistService } from './worklist.service';

export const worklistRoutes: FastifyPluginAsyncZod = async (app) => {
  const worklists = new WorklistService(app.ctx);

  app.get(
    '/api/v1/worklists/pending-visits',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags: ['assessment'],
        summary: '待访视：未来 3 天内尚无已签名访视的手术 / cases in the next 3 days without a signed visit',
        response: { 200: worklistSchema },
      },
    },
    (req) => worklists.pendingVisits(actorOf(req)),
  );

  app.get(
    '/api/v1/worklists/high-risk',
    {
      config: { permission: 'assessment.read' },
      schema: {
        tags: ['assessment'],
        summary: '高危患者：本周手术中访视提示高危者 / this week’s high-risk patients',
        response: { 200: worklistSchema },
      },
    },
    (req) => worklists.highRisk(actorOf(req)),
  );
};
