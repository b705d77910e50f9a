// Transfers, swaps, discharges, corrections and the bed's own state over HTTP (admitting from the waiting
// list: request.routes.ts). Event times default to now.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  bedStateInput,
  bedStateResult,
  dischargeInput,
  expectedDischargeInput,
  expectedDischargeResult,
  idParams,
  movementResult,
  stayCorrectionInput,
  stayList,
  swapInput,
  swapResult,
  transferInput,
} from '../../api/beds';
import { actorOf } from '../platform/actor';
import { BedMovementService } from './movement.service';

const tags = ['beds'];
const assign = { permission: 'beds.assign' } as const;

export const bedMovementRoutes: FastifyPluginAsyncZod = async (app) => {
  const movements = new BedMovementService(app.ctx);
  const at = (value: string | undefined) => (value ? new Date(value) : app.ctx.clock());

  app.post(
    '/api/v1/beds/admissions/:id/transfer',
    {
      config: assign,
      schema: {
        tags,
        summary: '转床 / 转科室病区（含加床）/ transfer to another bed or ward (or an extra bed)',
        params: idParams,
        body: transferInput,
        response: { 200: movementResult },
      },
    },
    (req) => {
      const { at: when, wardId, override, ...rest } = req.body;
      return movements.transfer(actorOf(req), req.params.id, {
        ...rest,
        ...(wardId ? { wardId } : {}),
        override: override ?? null,
        at: at(when),
      });
    },
  );

  app.post(
    '/api/v1/beds/admissions/:id/discharge',
    {
      config: assign,
      schema: {
        tags,
        summary: '出院（时间、离院方式）/ discharge with time and disposition',
        params: idParams,
        body: dischargeInput,
        response: { 200: movementResult },
      },
    },
    (req) => movements.discharge(actorOf(req), req.params.id, { ...req.body, at: at(req.body.at) }),
  );

  app.post(
    '/api/v1/beds/admissions/:id/expected-discharge',
    {
      config: assign,
      schema: {
        tags,
        summary: '预计出院日期 / the expected discharge date',
        params: idParams,
        body: expectedDischargeInput,
        response: { 200: expectedDischargeResult },
      },
    },
    (req) => movements.setExpectedDischarge(actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/beds/admissions/:id/stays',
    {
      config: { permission: 'beds.read' },
      schema: {
        tags,
        summary: '住院床位史（含作废记录）/ the admission’s bed stays, voided ones included',
        params: idParams,
        response: { 200: stayList },
      },
    },
    async (req) => ({ items: (await movements.stays(actorOf(req), req.params.id)).stays }),
  );

  app.post(
    '/api/v1/beds/swap',
    {
      config: assign,
      schema: {
        tags,
        summary: '两位患者互换床位 / two patients exchange beds in one step',
        body: swapInput,
        response: { 200: swapResult },
      },
    },
    (req) => {
      const { at: when, override, ...rest } = req.body;
      return movements.swap(actorOf(req), { ...rest, override: override ?? null, at: at(when) });
    },
  );

  app.post(
    '/api/v1/beds/stays/:id/correct',
    {
      config: assign,
      schema: {
        tags,
        summary: '更正床位记录（原记录作废保留）/ correct a stay (the old one kept, voided)',
        params: idParams,
        body: stayCorrectionInput,
        response: { 200: movementResult },
      },
    },
    (req) => movements.correctStay(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/beds/:id/state',
    {
      config: assign,
      schema: {
        tags,
        summary: '床位状态：可用、清洁中、关闭（原因、预计开放）/ a bed’s state: available, cleaning, closed',
        params: idParams,
        body: bedStateInput,
        response: { 200: bedStateResult },
      },
    },
    (req) => movements.setBedState(actorOf(req), req.params.id, req.body),
  );
};
