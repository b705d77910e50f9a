// The complication registry over HTTP: each route declares its permission and contract and calls the service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  complicationInput,
  complicationList,
  complicationSchema,
  decisionInput,
  idParams,
} from '../../api/complications';
import { actorOf } from '../platform/actor';
import { ComplicationService } from './complication.service';

export const complicationRoutes: FastifyPluginAsyncZod = async (app) => {
  const complications = new ComplicationService(app.ctx);

  app.get(
    '/api/v1/cases/:id/complications',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['complications'],
        summary: '并发症登记 / the complication registry of a case',
        params: idParams,
        response: { 200: complicationList },
      },
    },
    (req) => complications.list(actorOf(req), req.params.id),
  );

  app.post(
    '/api/v1/cases/:id/complications',
    {
      config: { permission: 'complications.write' },
      schema: {
        tags: ['complications'],
        summary: '登记并发症 / record a complication',
        params: idParams,
        body: complicationInput,
        response: { 200: complicationSchema },
      },
    },
    (req) => complications.record(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/complications/:id/decision',
    {
      config: { permission: 'complications.write' },
      schema: {
        tags: ['complications'],
        summary: '确认（含 Clavien–Dindo 分级）或排除提示的并发症 / confirm with a grade, or dismiss',
        params: idParams,
        body: decisionInput,
        response: { 200: complicationSchema },
      },
    },
    (req) => complications.decide(actorOf(req), req.params.id, req.body),
  );
};
