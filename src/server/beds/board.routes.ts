// The department bed board over HTTP.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { boardQuery, boardSchema } from '../../api/beds';
import { actorOf } from '../platform/actor';
import { BedBoardService } from './board.service';

export const bedBoardRoutes: FastifyPluginAsyncZod = async (app) => {
  const board = new BedBoardService(app.ctx);

  app.get(
    '/api/v1/beds/board',
    {
      config: { permission: 'beds.read' },
      schema: {
        tags: ['beds'],
        summary:
          '全科床位一览：各病区床位、患者、手术、术后天数、预计出院、隔离、NEWS2 预警、占用率 / the department bed board',
        querystring: boardQuery,
        response: { 200: boardSchema },
      },
    },
    async (req, reply) => {
      // The board's bytes as built for every screen of the scope (board.service.ts), not serialised again.
      const { board: shown, json } = await board.serialised(actorOf(req), req.query);
      return reply.serializer(() => json).send(shown);
    },
  );
};
