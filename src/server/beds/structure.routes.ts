// The bed pool's structure over HTTP (system administrator, beds.structure): wards and their open beds over
// time, rooms, beds, and a bed's history.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  bedHistorySchema,
  bedInput,
  bedUpdate,
  idParams,
  openBedsInput,
  roomInput,
  roomUpdate,
  structureBedSchema,
  structureRoomSchema,
  structureSchema,
  structureWardSchema,
  wardInput,
  wardUpdate,
} from '../../api/beds-structure';
import { actorOf } from '../platform/actor';
import { BedStructureService } from './structure.service';

const tags = ['beds'];
const config = { permission: 'beds.structure' as const };

export const bedStructureRoutes: FastifyPluginAsyncZod = async (app) => {
  const structure = new BedStructureService(app.ctx);

  app.get(
    '/api/v1/beds/structure',
    {
      config,
      schema: {
        tags,
        summary: '病区、病房与床位（含开放床位历史）/ wards, rooms and beds with the open-bed history',
        response: { 200: structureSchema },
      },
    },
    (req) => structure.structure(actorOf(req)),
  );

  app.post(
    '/api/v1/beds/wards',
    {
      config,
      schema: {
        tags,
        summary: '新建病区 / add a ward',
        body: wardInput,
        response: { 201: structureWardSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await structure.createWard(actorOf(req), req.body)),
  );

  app.put(
    '/api/v1/beds/wards/:id',
    {
      config,
      schema: {
        tags,
        summary: '修改病区 / update a ward',
        params: idParams,
        body: wardUpdate,
        response: { 200: structureWardSchema },
      },
    },
    (req) => structure.updateWard(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/beds/wards/:id/open-beds',
    {
      config,
      schema: {
        tags,
        summary: '自某日起调整病区编制开放床位数 / change a ward’s regular open beds from a date',
        params: idParams,
        body: openBedsInput,
        response: { 200: structureWardSchema },
      },
    },
    (req) => structure.changeOpenBeds(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/beds/rooms',
    {
      config,
      schema: {
        tags,
        summary: '新建病房 / add a room',
        body: roomInput,
        response: { 201: structureRoomSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await structure.createRoom(actorOf(req), req.body)),
  );

  app.put(
    '/api/v1/beds/rooms/:id',
    {
      config,
      schema: {
        tags,
        summary: '修改病房 / update a room',
        params: idParams,
        body: roomUpdate,
        response: { 200: structureRoomSchema },
      },
    },
    (req) => structure.updateRoom(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/beds',
    {
      config,
      schema: {
        tags,
        summary: '新增床位 / add a bed',
        body: bedInput,
        response: { 201: structureBedSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await structure.createBed(actorOf(req), req.body)),
  );

  app.put(
    '/api/v1/beds/:id',
    {
      config,
      schema: {
        tags,
        summary: '修改床位（换病房、加床、撤床）/ update a bed (room, extra bed, retirement)',
        params: idParams,
        body: bedUpdate,
        response: { 200: structureBedSchema },
      },
    },
    (req) => structure.updateBed(actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/beds/:id/history',
    {
      config,
      schema: {
        tags,
        summary: '床位历史（状态变更、放置与撤床）/ a bed’s history (state changes, placement, removal)',
        params: idParams,
        response: { 200: bedHistorySchema },
      },
    },
    (req) => structure.bedHistory(actorOf(req), req.params.id),
  );
};
