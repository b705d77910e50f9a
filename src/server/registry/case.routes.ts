// Surgical cases over HTTP: each route declares its permission and contract and calls the service.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  boardQuery,
  boardSchema,
  caseDetailSchema,
  caseInput,
  caseSchema,
  caseUpdate,
  idParams,
  transitionInput,
} from '../../api/registry';
import { actorOf } from '../platform/actor';
import { CaseService } from './case.service';

export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  const cases = new CaseService(app.ctx);

  app.get(
    '/api/v1/cases',
    {
      config: { permission: 'case.read' },
      schema: {
        tags: ['registry'],
        summary: '某日手术（手术排程看板）/ the cases of one day, for the OR board',
        querystring: boardQuery,
        response: { 200: boardSchema },
      },
    },
    (req) => cases.board(actorOf(req), req.query.date),
  );

  app.get(
    '/api/v1/cases/:id',
    {
      config: { permission: 'case.read' },
      schema: {
        tags: ['registry'],
        summary: '手术详情 / case detail',
        params: idParams,
        response: { 200: caseDetailSchema },
      },
    },
    (req) => cases.detail(actorOf(req), req.params.id),
  );

  app.post(
    '/api/v1/cases',
    {
      config: { permission: 'case.write' },
      schema: {
        tags: ['registry'],
        summary: '新建手术 / schedule a case',
        body: caseInput,
        response: { 201: caseSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await cases.create(actorOf(req), req.body)),
  );

  app.put(
    '/api/v1/cases/:id',
    {
      config: { permission: 'case.write' },
      schema: {
        tags: ['registry'],
        summary: '修改手术信息（需携带版本号）/ update a case with the version read',
        params: idParams,
        body: caseUpdate,
        response: { 200: caseSchema },
      },
    },
    (req) => cases.update(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/cases/:id/transitions',
    {
      config: { permission: 'case.transition' },
      schema: {
        tags: ['registry'],
        summary: '手术状态变更（入室、麻醉开始……）/ move a case to its next status',
        params: idParams,
        body: transitionInput,
        response: { 200: caseSchema },
      },
    },
    (req) => cases.transition(actorOf(req), req.params.id, req.body),
  );
};
