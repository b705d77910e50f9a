import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appliedMigrations } from '../../db/client';
import { describeRole } from '../../db/roles';
import { rows } from '../../db/rows';
import { APP_VERSION } from './version';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;

  // Public, for load balancers and monitors: says only that the server answers and reaches its database.
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['platform'],
        summary: '健康检查 / health',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => {
      await rows(db, sql`select 1`);
      return { status: 'ok' as const };
    },
  );

  app.get(
    '/api/v1/admin/health',
    {
      // To become `system.health` (the system administrator's) when the roles are split.
      config: { permission: 'user.admin' },
      schema: {
        tags: ['admin'],
        summary:
          '运行状态（数据库、版本、迁移、数据库角色）/ health details: database, versions, migrations, role',
        response: {
          200: z.object({
            status: z.literal('ok'),
            version: z.string(),
            database: z.object({
              kind: z.enum(['pglite', 'postgresql']),
              serverVersion: z.string(),
              migrations: z.number(),
              role: z.string(),
              superuser: z.boolean(),
              /** Whether the application's own role could alter the audit log or switch off its trigger. */
              ownsAuditLog: z.boolean(),
            }),
          }),
        },
      },
    },
    async () => {
      const [server] = await rows<{ version: string }>(
        db,
        sql`select current_setting('server_version') as version`,
      );
      return {
        status: 'ok' as const,
        version: APP_VERSION,
        database: {
          kind: app.ctx.database.kind,
          serverVersion: server!.version,
          migrations: await appliedMigrations(db),
          ...(await describeRole(db)),
        },
      };
    },
  );
};
