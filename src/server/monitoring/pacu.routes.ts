// PACU events and the post-op summary over HTTP.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, pacuEventInput, pacuEventSaved, postopSummarySchema } from '../../api/monitoring';
import { actorOf } from '../platform/actor';
import { PacuService } from './pacu.service';

export const pacuRoutes: FastifyPluginAsyncZod = async (app) => {
  const pacu = new PacuService(app.ctx);

  app.post(
    '/api/v1/cases/:id/pacu-events',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['monitoring'],
        summary: 'PACU/病房事件：拔管、非计划再插管 / extubation and unplanned re-intubation after surgery',
        params: idParams,
        body: pacuEventInput,
        response: { 200: pacuEventSaved },
      },
    },
    (req) => pacu.recordEvent(actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/cases/:id/postop-summary',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['monitoring'],
        summary:
          '术后质控要点（PACU 停留、入 PACU 体温、再插管、非计划转 ICU……）/ the case’s post-op indicators',
        params: idParams,
        response: { 200: postopSummarySchema },
      },
    },
    (req) => pacu.summary(actorOf(req), req.params.id),
  );
};
