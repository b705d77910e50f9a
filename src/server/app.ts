// Builds the Fastify application: one process serves the API, the realtime endpoint and the web app.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import websocket from '@fastify/websocket';
import fastJson from 'fast-json-stringify';
import Fastify, { type FastifyInstance, type FastifySchema } from 'fastify';
import { jsonSchemaTransform, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/client';
import { observationRoutes } from './anesthesia/observation.routes';
import { overviewRoutes } from './anesthesia/overview.routes';
import { recordRoutes } from './anesthesia/record.routes';
import { recommendationRoutes } from './assessment/recommendation.routes';
import { scoreRoutes } from './assessment/score.routes';
import { visitRoutes } from './assessment/visit.routes';
import { worklistRoutes } from './assessment/worklist.routes';
import { auditRoutes } from './audit/audit.routes';
import { authRoutes } from './auth/auth.routes';
import { markPublicRoutes, registerGuard } from './auth/guard';
import { bedBoardRoutes } from './beds/board.routes';
import { bedMovementRoutes } from './beds/movement.routes';
import { bedRequestRoutes } from './beds/request.routes';
import { bedStatisticsRoutes } from './beds/statistics.routes';
import { bedStructureRoutes } from './beds/structure.routes';
import { complicationRoutes } from './complications/complication.routes';
import { outcomeSweepJob } from './complications/outcome.job';
import { outcomeRoutes } from './complications/outcome.routes';
import { type Config, escalationConfig } from './config';
import { AppError } from './errors/app-error';
import {
  clientErrorHandler,
  frameworkErrorHandler,
  registerErrorHandler,
  sendError,
} from './errors/error-handler';
import { validatorCompiler } from './errors/validator';
import { followupTaskRoutes } from './followup/task.routes';
import { deviceRoutes } from './interop/device.routes';
import { historyImportRoutes } from './interop/history/history.routes';
import { inboxRoutes } from './interop/inbox.routes';
import { escalationJob } from './monitoring/escalation.job';
import { ewsAlertRoutes } from './monitoring/ews-alert.routes';
import { ioRoutes } from './monitoring/io.routes';
import { labRoutes } from './monitoring/lab.routes';
import { observationSetRoutes } from './monitoring/observation-set.routes';
import { pacuRoutes } from './monitoring/pacu.routes';
import { postopAssessmentRoutes } from './monitoring/postop-assessment.routes';
import { wardBoardRoutes } from './monitoring/ward-board.routes';
import { createContext } from './platform/create-context';
import { healthRoutes } from './platform/health.routes';
import { JobRunner } from './platform/job-runner';
import { APP_VERSION, PROJECT_ROOT } from './platform/version';
import { REVALIDATE, webStaticOptions } from './platform/web-serving';
import { qualityRoutes } from './quality/quality.routes';
import { realtimeRoutes } from './realtime/routes';
import { admissionRoutes } from './registry/admission.routes';
import { caseRoutes } from './registry/case.routes';
import { dictionaryRoutes } from './registry/dictionary.routes';
import { patientRoutes } from './registry/patient.routes';
import { securityPolicyRoutes } from './users/security-policy.routes';
import { userRoutes } from './users/user.routes';

export const WEB_DIST = resolve(PROJECT_ROOT, 'dist/web');

export type RouteInfo = {
  method: string;
  url: string;
  permission: string | null;
  public: boolean;
  /** The route's zod schemas (params, querystring, body, response), for the tests that probe every route. */
  schema: FastifySchema | undefined;
};

export type BuildOptions = {
  database: Database;
  config: Config;
  clock?: () => Date;
  logger?: boolean;
  /** The built web app to serve (default `dist/web`); tests point it elsewhere. */
  webRoot?: string;
};

export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.LOG_LEVEL,
            // Query strings can hold a patient's name or number: log the path only.
            serializers: {
              req: (req) => ({ method: req.method, path: req.url.split('?')[0], remoteAddress: req.ip }),
            },
          },
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    // A malformed URL, an over-long path parameter, an oversized header: our error shape too.
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  markPublicRoutes(app);

  // Every registered route with the permission it declares, for the deny-by-default check.
  const routeTable: RouteInfo[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      routeTable.push({
        method,
        url: route.url,
        permission: route.config?.permission ?? null,
        public: route.config?.public === true,
        schema: route.schema,
      });
    }
  });
  app.decorate('routeTable', routeTable);

  app.setValidatorCompiler(validatorCompiler);
  // Responses are serialised by fast-json-stringify compiled from the same zod schemas: it emits only
  // the declared properties (nothing leaks) and costs far less than validating each response.
  app.setSerializerCompiler(({ schema }) => {
    const json = z.toJSONSchema(schema as z.ZodType, { io: 'output', unrepresentable: 'any' });
    return fastJson(json as Parameters<typeof fastJson>[0]);
  });
  // Only JSON bodies: a cross-site form or text/plain post is refused before it reaches a route.
  app.removeContentTypeParser('text/plain');

  const ctx = createContext({ database: options.database, config, clock: options.clock, log: app.log });
  const { hub } = ctx;
  app.decorate('ctx', ctx);

  registerErrorHandler(app);
  await app.register(cookie);
  await app.register(helmet, {
    hsts: false,
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: null,
        'img-src': ["'self'", 'data:', 'blob:'],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'connect-src': ["'self'", 'ws:', 'wss:'],
      },
    },
  });
  await app.register(rateLimit, { global: false });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Periop 围术期全程管理平台 API', version: APP_VERSION },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'periop_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerGuard(app);

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(securityPolicyRoutes);
  await app.register(auditRoutes);
  await app.register(patientRoutes);
  await app.register(admissionRoutes);
  await app.register(caseRoutes);
  await app.register(dictionaryRoutes);
  await app.register(scoreRoutes);
  await app.register(visitRoutes);
  await app.register(recommendationRoutes);
  await app.register(worklistRoutes);
  await app.register(deviceRoutes);
  await app.register(inboxRoutes);
  await app.register(observationRoutes);
  await app.register(recordRoutes);
  await app.register(overviewRoutes);
  await app.register(observationSetRoutes);
  await app.register(ewsAlertRoutes);
  await app.register(wardBoardRoutes);
  await app.register(labRoutes);
  await app.register(postopAssessmentRoutes);
  await app.register(pacuRoutes);
  await app.register(ioRoutes);
  await app.register(complicationRoutes);
  await app.register(outcomeRoutes);
  await app.register(followupTaskRoutes);
  await app.register(qualityRoutes);
  await app.register(bedStatisticsRoutes);
  await app.register(historyImportRoutes);
  await app.register(bedStructureRoutes);
  await app.register(bedBoardRoutes);
  await app.register(bedRequestRoutes);
  await app.register(bedMovementRoutes);
  await app.register(realtimeRoutes);

  const webRoot = options.webRoot ?? WEB_DIST;
  const hasWeb = existsSync(resolve(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, webStaticOptions(webRoot));
  // The single-page app answers every GET outside the API with its index page; any spelling of an
  // API path that matched no route is a 404 in our error shape.
  app.setNotFoundHandler((req, reply) => {
    if (hasWeb && req.method === 'GET' && !mentionsApi(req.url)) {
      return reply.header('cache-control', REVALIDATE).sendFile('index.html');
    }
    return sendError(req, reply, new AppError('route_not_found'));
  });
  // Patient data must never sit in a browser's or a proxy's cache (the web app's files say their own).
  app.addHook('onSend', async (req, reply) => {
    const route = req.routeOptions.url;
    if (route === undefined ? !reply.hasHeader('cache-control') : route.startsWith('/api/'))
      reply.header('cache-control', 'no-store');
  });

  await hub.start(options.database);
  await ctx.historyImports.recoverInterrupted();
  app.addHook('onClose', async () => ctx.historyImports.idle());
  app.addHook('onClose', async () => hub.stop());
  return app;
}

/** The timed jobs every instance runs; the runner's locks make each run once per cluster. */
export function createJobRunner(app: FastifyInstance): JobRunner {
  const { ctx } = app;
  return new JobRunner(ctx.database, ctx.clock, app.log)
    .add(escalationJob(ctx.hub, escalationConfig(ctx.config)))
    .add(outcomeSweepJob(ctx));
}

/** Whether a raw request path names the API in any spelling (encoded, doubled slashes, dot segments, parameters). */
function mentionsApi(url: string): boolean {
  let path = url.split('?')[0] ?? '';
  for (let i = 0; i < 3; i += 1) {
    try {
      const decoded = decodeURIComponent(path);
      if (decoded === path) break;
      path = decoded;
    } catch {
      break;
    }
  }
  return /(^|[/\\])api([/\\;.]|$)/i.test(path);
}
