import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appliedMigrations } from '../../db/client';
import { APP_VERSION } from './version';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['platform'],
        summary: '健康检查 / health',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgresql']),
            version: z.string(),
            migrations: z.number(),
          }),
        },
      },
    },
    async () => ({
      status: 'ok' as const,
      database: app.ctx.database.kind,
      version: APP_VERSION,
      migrations: await appliedMigrations(app.ctx.database.db),
    }),
  );
};
