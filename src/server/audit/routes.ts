import { and, desc, eq, gte, lt, lte } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditLog } from '../../db/schema';
import { isoDateTime } from '../../domain/registry/schemas';
import { audit } from './audit';

const entrySchema = z.object({
  id: z.number(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  role: z.string().nullable(),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  patientId: z.string().nullable(),
  clientAddress: z.string().nullable(),
  outcome: z.string(),
});

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.ctx.database.db;
  app.get(
    '/api/v1/audit',
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: '审计日志检索（按患者、用户、时间）/ search the audit log',
        querystring: z.strictObject({
          patientId: z.uuid().optional(),
          username: z.string().trim().max(64).optional(),
          from: isoDateTime.optional(),
          to: isoDateTime.optional(),
          cursor: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ items: z.array(entrySchema), nextCursor: z.number().nullable() }) },
      },
    },
    async (req) => {
      const q = req.query;
      const rows = await db
        .select()
        .from(auditLog)
        .where(
          and(
            q.patientId ? eq(auditLog.patientId, q.patientId) : undefined,
            q.username ? eq(auditLog.username, q.username) : undefined,
            q.from ? gte(auditLog.at, new Date(q.from)) : undefined,
            q.to ? lte(auditLog.at, new Date(q.to)) : undefined,
            q.cursor ? lt(auditLog.id, q.cursor) : undefined,
          ),
        )
        .orderBy(desc(auditLog.id))
        .limit(q.limit + 1);
      const hasMore = rows.length > q.limit;
      const items = hasMore ? rows.slice(0, q.limit) : rows;
      // Looking at who looked is itself recorded.
      await audit(req, {
        action: 'search',
        resourceType: 'audit',
        patientId: q.patientId ?? null,
        detail: { ...q },
      });
      return {
        items: items.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          userId: r.userId,
          username: r.username,
          role: r.role,
          action: r.action,
          resourceType: r.resourceType,
          resourceId: r.resourceId,
          patientId: r.patientId,
          clientAddress: r.clientAddress,
          outcome: r.outcome,
        })),
        nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null,
      };
    },
  );
};
