// A case's vital signs over HTTP: each route declares its permission and contract and calls the service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  correctionResult,
  entryVoid,
  idParams,
  observationParams,
  okResult,
  vitalEdit,
} from '../../api/anesthesia';
import {
  artefactInput,
  manualReadingInput,
  observationPage,
  observationPageQuery,
  readingResult,
  seriesQuery,
  seriesSchema,
} from '../../api/anesthesia-vitals';
import { actorOf } from '../platform/actor';
import { ObservationService } from './observation.service';

const tags = ['anesthesia'];

export const observationRoutes: FastifyPluginAsyncZod = async (app) => {
  const observations = new ObservationService(app.ctx);

  app.get(
    '/api/v1/cases/:id/observations',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags,
        summary:
          '手术的生命体征数值（按时间分页，nextCursor 为空即已取完）/ every vital-sign reading of a case, paged in time order until nextCursor is null',
        params: idParams,
        querystring: observationPageQuery,
        response: { 200: observationPage },
      },
    },
    (req) => observations.page(actorOf(req), req.params.id, req.query),
  );

  app.get(
    '/api/v1/cases/:id/observations/series',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags,
        summary:
          '图表用生命体征：按时间桶的最小/最大/末值数组，伪差逐条列出 / every reading of a case in time buckets (min, max, last per parameter), artefacts one by one',
        description:
          'Buckets are aligned on the epoch; `from` is moved back to the start of its bucket. Without `bucketSeconds` the narrowest width giving at most 720 buckets is chosen.',
        params: idParams,
        querystring: seriesQuery,
        response: { 200: seriesSchema },
      },
    },
    (req) => observations.series(actorOf(req), req.params.id, req.query),
  );

  app.post(
    '/api/v1/cases/:id/observations',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags,
        summary: '手工录入生命体征 / enter a vital sign by hand',
        params: idParams,
        body: manualReadingInput,
        response: { 200: readingResult },
      },
    },
    (req) => observations.enter(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/cases/:id/observations/:obsId/artefact',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags,
        summary: '标记伪差（保留数值，不计入统计）/ mark a reading as artefact',
        params: observationParams,
        body: artefactInput,
        response: { 200: okResult },
      },
    },
    (req) => observations.markArtefact(actorOf(req), req.params.id, req.params.obsId, req.body.reason),
  );

  app.put(
    '/api/v1/cases/:id/observations/:obsId',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags,
        summary:
          '更正手工录入的生命体征（签名前，需原因；原值保留并标记）/ correct a vital sign entered by hand, with a reason',
        params: observationParams,
        body: vitalEdit,
        response: { 200: correctionResult },
      },
    },
    (req) => observations.correct(actorOf(req), req.params.id, req.params.obsId, req.body),
  );

  app.post(
    '/api/v1/cases/:id/observations/:obsId/void',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags,
        summary:
          '作废手工录入的生命体征（签名前，需原因；保留）/ void a vital sign entered by hand, with a reason',
        params: observationParams,
        body: entryVoid,
        response: { 200: correctionResult },
      },
    },
    (req) => observations.voidManual(actorOf(req), req.params.id, req.params.obsId, req.body),
  );
};
