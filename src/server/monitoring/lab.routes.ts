// Lab results over HTTP.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, labInput, labSavedSchema } from '../../api/monitoring';
import { actorOf } from '../platform/actor';
import { LabService } from './lab.service';

export const labRoutes: FastifyPluginAsyncZod = async (app) => {
  const labs = new LabService(app.ctx);

  app.post(
    '/api/v1/cases/:id/labs',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['monitoring'],
        summary: '录入检验结果（肌酐触发 AKI 判定）/ enter a lab result; creatinine runs the AKI rule',
        params: idParams,
        body: labInput,
        response: { 200: labSavedSchema },
      },
    },
    (req) => labs.record(actorOf(req), req.params.id, req.body),
  );
};
