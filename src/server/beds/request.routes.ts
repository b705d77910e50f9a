// The waiting list, its proposed beds and admitting from it, over HTTP.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  admitFromRequestInput,
  bedCheckList,
  bedRequestCancel,
  bedRequestInput,
  bedRequestList,
  bedRequestQuery,
  bedRequestSchema,
  bedRequestUpdate,
  bedReserveInput,
  idParams,
  movementResult,
  proposalList,
  proposalsQuery,
} from '../../api/beds';
import { actorOf } from '../platform/actor';
import { BedProposalService } from './proposal.service';
import { BedRequestService } from './request.service';

const tags = ['beds'];
const request = { permission: 'beds.request' } as const;

export const bedRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  const requests = new BedRequestService(app.ctx);
  const proposals = new BedProposalService(app.ctx);

  app.get(
    '/api/v1/beds/requests',
    {
      config: request,
      schema: {
        tags,
        summary: '待入院/待分床名单（急诊优先）/ the waiting list, urgent first',
        querystring: bedRequestQuery,
        response: { 200: bedRequestList },
      },
    },
    async (req) => ({ items: await requests.list(actorOf(req), req.query) }),
  );

  app.post(
    '/api/v1/beds/requests',
    {
      config: request,
      schema: {
        tags,
        summary: '登记待入院（预计住院日缺省取本科室该术式中位数）/ book a bed request',
        body: bedRequestInput,
        response: { 201: bedRequestSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await requests.create(actorOf(req), req.body)),
  );

  app.put(
    '/api/v1/beds/requests/:id',
    {
      config: request,
      schema: {
        tags,
        summary: '修改待入院申请 / update a bed request with the version read',
        params: idParams,
        body: bedRequestUpdate,
        response: { 200: bedRequestSchema },
      },
    },
    (req) => requests.update(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/beds/requests/:id/cancel',
    {
      config: request,
      schema: {
        tags,
        summary: '取消待入院申请 / cancel a bed request',
        params: idParams,
        body: bedRequestCancel,
        response: { 200: bedRequestSchema },
      },
    },
    (req) => requests.cancel(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/beds/requests/:id/reserve',
    {
      config: { permission: 'beds.assign' },
      schema: {
        tags,
        summary: '为待入院患者预留床位（bedId 为空即取消预留）/ hold a bed for the patient, or release it',
        params: idParams,
        body: bedReserveInput,
        response: { 200: bedRequestSchema },
      },
    },
    (req) => requests.reserve(actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/beds/requests/:id/check',
    {
      config: { permission: 'beds.read' },
      schema: {
        tags,
        summary: '逐床检查：每张床违反哪些规则 / every bed with the rules it would break for the patient',
        params: idParams,
        response: { 200: bedCheckList },
      },
    },
    (req) => proposals.check(actorOf(req), req.params.id),
  );

  app.post(
    '/api/v1/beds/requests/:id/admit',
    {
      config: { permission: 'beds.assign' },
      schema: {
        tags,
        summary: '按申请入院到所选床位（越过规则须填理由）/ admit the waiting patient into the chosen bed',
        params: idParams,
        body: admitFromRequestInput,
        response: { 201: movementResult },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await proposals.admit(actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/api/v1/beds/proposals',
    {
      config: { permission: 'beds.read' },
      schema: {
        tags,
        summary: '联合分床建议（均衡各病区占用率）/ the joint bed proposal for the waiting list',
        querystring: proposalsQuery,
        response: { 200: proposalList },
      },
    },
    (req) => proposals.proposals(actorOf(req), req.query),
  );
};
