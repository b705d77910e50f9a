// The audit log over HTTP (审计管理员).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPageSchema, auditQuery } from '../../api/platform';
import { actorOf } from '../platform/actor';
import { AuditService } from './audit.service';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const audit = new AuditService(app.ctx);

  app.get(
    '/api/v1/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: '审计日志检索（按患者、用户、时间）/ search the audit log',
        querystring: auditQuery,
        response: { 200: auditPageSchema },
      },
    },
    (req) => audit.search(actorOf(req), req.query),
  );
};
