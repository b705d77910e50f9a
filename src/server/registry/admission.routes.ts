// Admissions and the department's structure over HTTP.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  admissionInput,
  admissionSchema,
  admissionUpdate,
  idParams,
  orRoomListSchema,
  wardListSchema,
} from '../../api/registry';
import { actorOf } from '../platform/actor';
import { AdmissionService } from './admission.service';
import { DirectoryService } from './directory.service';

export const admissionRoutes: FastifyPluginAsyncZod = async (app) => {
  const admissions = new AdmissionService(app.ctx);
  const directory = new DirectoryService(app.ctx);

  app.post(
    '/api/v1/admissions',
    {
      config: { permission: 'patient.write' },
      schema: {
        tags: ['registry'],
        summary: '登记住院 / admit',
        body: admissionInput,
        response: { 201: admissionSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await admissions.create(actorOf(req), req.body)),
  );

  app.put(
    '/api/v1/admissions/:id',
    {
      config: { permission: 'patient.write' },
      schema: {
        tags: ['registry'],
        summary: '修改住院信息 / update an admission with the version read',
        params: idParams,
        body: admissionUpdate,
        response: { 200: admissionSchema },
      },
    },
    (req) => admissions.update(actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/v1/wards',
    {
      config: { permission: 'directory.read' },
      schema: {
        tags: ['registry'],
        summary: '病区与床位 / wards and beds',
        response: { 200: wardListSchema },
      },
    },
    async (req) => ({ items: await directory.wards(actorOf(req)) }),
  );

  app.get(
    '/api/v1/or-rooms',
    {
      config: { permission: 'directory.read' },
      schema: {
        tags: ['registry'],
        summary: '手术间 / operating rooms',
        response: { 200: orRoomListSchema },
      },
    },
    async (req) => ({ items: await directory.orRooms(actorOf(req)) }),
  );
};
