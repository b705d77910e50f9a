// Health over HTTP: the public check and the system administrator's details.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthDetailsSchema, healthSchema } from '../../api/platform';
import { actorOf } from './actor';
import { HealthService } from './health.service';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  const health = new HealthService(app.ctx);

  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: { tags: ['platform'], summary: '健康检查 / health', response: { 200: healthSchema } },
    },
    () => health.status(),
  );

  app.get(
    '/api/v1/admin/health',
    {
      config: { permission: 'system.health' },
      schema: {
        tags: ['admin'],
        summary:
          '运行状态（数据库、版本、迁移、数据库角色）/ health details: database, versions, migrations, role',
        response: { 200: healthDetailsSchema },
      },
    },
    (req) => health.details(actorOf(req)),
  );
};
