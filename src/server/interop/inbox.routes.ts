// The interface inbox over HTTP (system administrator).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams, inboxListSchema, inboxQuery, replayResultSchema } from '../../api/interop';
import { emptyInput } from '../../api/platform';
import { actorOf } from '../platform/actor';
import { InboxService } from './inbox.service';

export const inboxRoutes: FastifyPluginAsyncZod = async (app) => {
  const inbox = new InboxService(app.ctx);

  app.get(
    '/api/v1/interop/inbox',
    {
      config: { permission: 'device.admin' },
      schema: {
        tags: ['interop'],
        summary: '接口收件箱：未登记设备与格式错误的报文 / quarantined and rejected messages',
        querystring: inboxQuery,
        response: { 200: inboxListSchema },
      },
    },
    (req) => inbox.list(actorOf(req), req.query),
  );

  app.post(
    '/api/v1/interop/inbox/:id/replay',
    {
      config: { permission: 'device.admin' },
      schema: {
        tags: ['interop'],
        summary: '设备登记后重放隔离报文 / replay a quarantined message once its device is registered',
        params: idParams,
        body: emptyInput,
        response: { 200: replayResultSchema },
      },
    },
    (req) => inbox.replay(actorOf(req), req.params.id),
  );
};
