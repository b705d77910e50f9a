// The stateless scores API for the hospital's other systems: the catalogue and one computation.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getInstrument, inputJsonSchema, instruments } from '../../domain/scores';
import { AppError } from '../errors/app-error';
import { issuesToFields } from '../errors/error-handler';
import { localeOf } from '../errors/locale';

const text = z.object({ zh: z.string(), en: z.string() });
const resultSchema = z.union([
  z.object({
    status: z.literal('complete'),
    total: z.number().nullable(),
    band: z.string(),
    bandLabel: text,
    subscores: z.record(z.string(), z.number()),
    flags: z.array(z.object({ code: z.string(), severity: z.string(), label: text })),
    recommendations: z.array(z.object({ code: z.string(), text, source: z.string() })),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  }),
  z.object({ status: z.literal('incomplete'), missing: z.array(z.string()) }),
]);

export const scoreRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/scores',
    {
      config: { permission: 'scores.use' },
      schema: {
        tags: ['scores'],
        summary: '评分量表目录 / the catalogue of clinical instruments',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                names: text,
                version: z.string(),
                source: z.string(),
                inputSchema: z.record(z.string(), z.unknown()),
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      items: instruments.map((i) => ({
        id: i.id,
        names: i.names,
        version: i.version,
        source: i.source,
        inputSchema: inputJsonSchema(i),
      })),
    }),
  );

  app.post(
    '/api/v1/scores/:id',
    {
      config: { permission: 'scores.use' },
      schema: {
        tags: ['scores'],
        summary: '计算评分（无状态，不保存）/ compute a score (stateless, nothing stored)',
        params: z.object({ id: z.string().max(40) }),
        body: z.record(z.string(), z.unknown()),
        response: { 200: resultSchema },
      },
    },
    async (req) => {
      const instrument = getInstrument(req.params.id);
      if (!instrument) throw new AppError('not_found');
      const parsed = instrument.input.safeParse(req.body);
      if (!parsed.success) {
        throw new AppError('validation_failed', {}, issuesToFields(parsed.error.issues, localeOf(req)));
      }
      return instrument.compute(parsed.data);
    },
  );
};
