// 术中监控大屏 over HTTP.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { overviewSchema } from '../../api/anesthesia-vitals';
import { actorOf } from '../platform/actor';
import { OverviewService } from './overview.service';

export const overviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const overview = new OverviewService(app.ctx);

  app.get(
    '/api/v1/overview/rooms',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['anesthesia'],
        summary: '术中监控大屏：各手术间当前患者、生命体征与未确认警报 / every running room, live',
        response: { 200: overviewSchema },
      },
    },
    (req) => overview.rooms(actorOf(req)),
  );
};
