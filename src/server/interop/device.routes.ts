// Devices over HTTP: the registry (system administrator) and the binding of a device to a case (clinicians).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  deviceBindingInput,
  deviceInput,
  deviceListSchema,
  deviceSchema,
  deviceUpdate,
  idParams,
} from '../../api/interop';
import { actorOf } from '../platform/actor';
import { DeviceService } from './device.service';

export const deviceRoutes: FastifyPluginAsyncZod = async (app) => {
  const devices = new DeviceService(app.ctx);

  app.get(
    '/api/v1/devices',
    {
      config: { permission: 'device.admin' },
      schema: {
        tags: ['interop'],
        summary: '设备登记列表 / registered devices',
        response: { 200: deviceListSchema },
      },
    },
    (req) => devices.list(actorOf(req)),
  );

  app.post(
    '/api/v1/devices',
    {
      config: { permission: 'device.admin' },
      schema: {
        tags: ['interop'],
        summary: '登记设备 / register a device',
        body: deviceInput,
        response: { 201: deviceSchema },
      },
    },
    async (req, reply) => reply.code(201).send(await devices.register(actorOf(req), req.body)),
  );

  app.put(
    '/api/v1/devices/:id',
    {
      config: { permission: 'device.admin' },
      schema: {
        tags: ['interop'],
        summary: '修改设备 / update a device',
        params: idParams,
        body: deviceUpdate,
        response: { 200: deviceSchema },
      },
    },
    (req) => devices.update(actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/devices/:id/binding',
    {
      config: { permission: 'observation.write' },
      schema: {
        tags: ['interop'],
        summary: '手动绑定设备到手术（优先于手术间自动关联）/ bind a device to a case by hand',
        params: idParams,
        body: deviceBindingInput,
        response: { 200: deviceSchema },
      },
    },
    (req) => devices.bind(actorOf(req), req.params.id, req.body),
  );
};
