// The ward board over HTTP.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, wardBoardSchema } from '../../api/monitoring';
import { actorOf } from '../platform/actor';
import { WardBoardService } from './ward-board.service';

export const wardBoardRoutes: FastifyPluginAsyncZod = async (app) => {
  const boards = new WardBoardService(app.ctx);

  app.get(
    '/api/v1/wards/:id/board',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['monitoring'],
        summary: '病区看板：床位、NEWS2 及趋势、下次观察时间、未处理预警 / the ward board',
        params: idParams,
        response: { 200: wardBoardSchema },
      },
    },
    (req) => boards.board(actorOf(req), req.params.id),
  );
};
