// Observation sets (entered, listed, corrected and voided), the scale-2 order and the bed monitor's
// prefill over HTTP: each route declares its permission and contract and calls the service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  bedsideVitalsSchema,
  idParams,
  observationSetCorrected,
  observationSetEdit,
  observationSetInput,
  observationSetList,
  observationSetSaved,
  observationSetVoid,
  scale2OrderInput,
  scale2OrderSchema,
  setParams,
} from '../../api/monitoring';
import { actorOf } from '../platform/actor';
import { ObservationSetService } from './observation-set.service';

export const observationSetRoutes: FastifyPluginAsyncZod = async (app) => {
  const sets = new ObservationSetService(app.ctx);

  app.post(
    '/api/v1/cases/:id/observation-sets',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['monitoring'],
        summary:
          '录入一组生命体征（自动计算 NEWS2 与响应）/ enter an observation set; NEWS2 and the response follow',
        params: idParams,
        body: observationSetInput,
        response: { 200: observationSetSaved },
      },
    },
    (req) => sets.record(actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/cases/:id/observation-sets',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['monitoring'],
        summary: '观察记录与 NEWS2 / observation sets',
        params: idParams,
        response: { 200: observationSetList },
      },
    },
    (req) => sets.list(actorOf(req), req.params.id),
  );

  // ── Corrections: over the version read, with a reason, what it was kept ──
  app.put(
    '/api/v1/cases/:id/observation-sets/:setId',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['monitoring'],
        summary:
          '更正观察记录的数值或测量时间（需原因；重新计算 NEWS2 与预警）/ correct a set’s values or time with a reason; NEWS2 and its alerts follow',
        params: setParams,
        body: observationSetEdit,
        response: { 200: observationSetCorrected },
      },
    },
    (req) => sets.edit(actorOf(req), req.params.id, req.params.setId, req.body),
  );

  app.post(
    '/api/v1/cases/:id/observation-sets/:setId/void',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['monitoring'],
        summary:
          '作废观察记录（需原因，保留并划除，其预警撤回）/ void a set with a reason: kept struck through, its alerts withdrawn',
        params: setParams,
        body: observationSetVoid,
        response: { 200: observationSetCorrected },
      },
    },
    (req) => sets.void(actorOf(req), req.params.id, req.params.setId, req.body),
  );

  app.post(
    '/api/v1/cases/:id/scale2-order',
    {
      config: { permission: 'observation.order' },
      schema: {
        tags: ['monitoring'],
        summary: 'SpO2 量表 2 医嘱（需理由，可停止）/ order (or stop) SpO2 scale 2 for the episode',
        params: idParams,
        body: scale2OrderInput,
        response: { 200: scale2OrderSchema },
      },
    },
    (req) => sets.orderScale2(actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/cases/:id/bedside-vitals',
    {
      config: { permission: 'observation.read' },
      schema: {
        tags: ['monitoring'],
        summary:
          '床旁监护仪最近 15 分钟数值（预填观察表）/ the ward bed monitor’s latest readings, to prefill a set',
        params: idParams,
        response: { 200: bedsideVitalsSchema },
      },
    },
    (req) => sets.bedsideVitals(actorOf(req), req.params.id),
  );
};
