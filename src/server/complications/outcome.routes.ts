// The 28-day outcome over HTTP.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, outcomeSchema } from '../../api/complications';
import { actorOf } from '../platform/actor';
import { OutcomeService } from './outcome.service';

export const outcomeRoutes: FastifyPluginAsyncZod = async (app) => {
  const outcomes = new OutcomeService(app.ctx);

  app.get(
    '/api/v1/cases/:id/outcome',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['complications'],
        summary: '28 天结局 / the 28-day outcome',
        params: idParams,
        response: { 200: outcomeSchema },
      },
    },
    (req) => outcomes.get(actorOf(req), req.params.id),
  );
};
