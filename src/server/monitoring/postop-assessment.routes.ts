// Post-operative assessments over HTTP.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  idParams,
  postopAssessmentInput,
  postopAssessmentList,
  postopAssessmentSaved,
} from '../../api/monitoring';
import { actorOf } from '../platform/actor';
import { PostopAssessmentService } from './postop-assessment.service';

export const postopAssessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const assessments = new PostopAssessmentService(app.ctx);

  app.post(
    '/api/v1/cases/:id/postop-assessments',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['monitoring'],
        summary:
          '术后评估（Aldrete、Braden、疼痛、4AT、CAM-ICU、PHQ-9……、术后 72 小时访视）/ a post-op assessment',
        params: idParams,
        body: postopAssessmentInput,
        response: { 200: postopAssessmentSaved },
      },
    },
    (req) => assessments.record(actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/cases/:id/postop-assessments',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['monitoring'],
        summary: '术后评估记录 / post-op assessments of a case',
        params: idParams,
        response: { 200: postopAssessmentList },
      },
    },
    (req) => assessments.list(actorOf(req), req.params.id),
  );
};
