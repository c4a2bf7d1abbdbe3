import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { newId, Problem } from '@wushe/common';
import type { AppDeps } from './platform/deps.js';
import { registerGuard } from './platform/http/guard.js';
import { handleError, sendProblem } from './platform/http/problem.js';
import type { App } from './platform/http/types.js';
import { auditRoutes } from './domains/audit/index.js';
import { registryRoutes } from './domains/registry/index.js';
import { authRoutes, IpThrottle, resolveSession } from './domains/auth/index.js';
import { matchingRoutes } from './domains/matching/index.js';
import { organisationRoutes } from './domains/organisations/index.js';
import { fundPublicRoutes, fundRoutes } from './domains/funds/index.js';
import { needRoutes } from './domains/needs/index.js';
import { catalogueRoutes } from './domains/catalogue/index.js';
import { regionRoutes } from './domains/regions/index.js';
import { callRoutes } from './domains/calls/index.js';
import { closedLoopHooks, projectContracts, projectHooks } from './closed-loop.js';
import { projectRoutes } from './domains/projects/index.js';

export interface BuildOptions {
  logger?: boolean;
  /** Serve the built web app from web/dist (default: when it exists). */
  serveWeb?: boolean;
}

/** Builds the HTTP app: plugins, the guard, every domain's routes, docs and the web app. */
export async function buildApp(deps: AppDeps, opts: BuildOptions = {}): Promise<App> {
  const app = Fastify({
    logger: opts.logger ? { level: process.env.LOG_LEVEL ?? 'info' } : false,
    genReqId: () => newId(),
    trustProxy: process.env.WUSHE_TRUST_PROXY === '1',
    bodyLimit: 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, allErrors: true, coerceTypes: 'array', useDefaults: true } },
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;

  app.addSchema(Problem);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'wushe 五社联动服务平台 API', version: deps.config.version, description: '所有错误均为 RFC 9457 problem JSON，含稳定的 code 与字段 errors[]。' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'wushe_sid' } } },
      security: [{ session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.setErrorHandler(handleError);
  app.addHook('onSend', async (req, reply) => { reply.header('x-request-id', req.id); });

  const ipThrottle = new IpThrottle();
  registerGuard(app, async (token) => {
    const s = await resolveSession({ db: deps.db, clock: deps.clock, ipThrottle }, token);
    return s ? { actor: s.actor, csrfToken: s.csrfToken, mustChangePassword: s.me.mustChangePassword } : null;
  }, { clock: deps.clock, publicWritesPerMinute: deps.config.publicWritesPerMinute });

  app.get('/api/health', {
    schema: { tags: ['platform'], summary: '健康检查', response: { 200: Type.Object({ status: Type.Literal('ok'), version: Type.String(), database: Type.Union([Type.Literal('pglite'), Type.Literal('postgresql')]) }) } },
    config: { public: true },
  }, async () => ({ status: 'ok' as const, version: deps.config.version, database: deps.dbKind }));
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());

  authRoutes(app, deps, ipThrottle);
  regionRoutes(app, deps);
  organisationRoutes(app, deps);
  needRoutes(app, deps);
  catalogueRoutes(app, deps);
  auditRoutes(app, deps);
  matchingRoutes(app, deps);
  callRoutes(app, deps, closedLoopHooks(deps), projectContracts);
  projectRoutes(app, deps, projectHooks(deps));
  fundRoutes(app, deps); fundPublicRoutes(app, deps);
  registryRoutes(app, deps);

  const webDist = deps.config.webDist;
  const serveWeb = opts.serveWeb ?? existsSync(path.join(webDist, 'index.html'));
  if (serveWeb) await app.register(fastifyStatic, { root: webDist, wildcard: true });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || !serveWeb || req.method !== 'GET') return sendProblem(reply, req, 'NOT_FOUND');
    // Client-side routes: the SPA decides what to show (including its own 404 page).
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
