import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.js';
import type { Actor } from '../scope.js';
import { sendProblem } from './problem.js';
import type { App } from './types.js';
import { WindowCounter } from './window-counter.js';

export const SESSION_COOKIE = 'wushe_sid';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type SessionResolver = (token: string) => Promise<{ actor: Actor; csrfToken: string; mustChangePassword: boolean } | null>;

/**
 * Deny by default: every /api route needs a session unless marked public; writes need the CSRF token;
 * a first-login user may only change the password; a route's permission must be held. Anonymous writes (objections,
 * 码上评 ratings) are limited per IP — `publicWritesPerMinute`, generous enough for a community event on one Wi-Fi.
 */
export function registerGuard(app: App, resolve: SessionResolver, limits: { clock: Clock; publicWritesPerMinute: number }) {
  const publicWrites = new WindowCounter(60_000, limits.publicWritesPerMinute);
  app.decorateRequest('ctx', null as never);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('mustChangePassword', false);
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    req.ctx = { actor: null, ip: req.ip, requestId: req.id };
    // Only API routes need the session: the web app's files (the static wildcard) and the API docs are public,
    // and an unknown /api path falls through to the 404 handler. Resolving a session there would cost a database
    // round trip per script and stylesheet.
    const route = req.routeOptions.url;
    if (!route?.startsWith('/api/') || route.startsWith('/api/docs')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const s = await resolve(token);
      if (s) {
        req.ctx.actor = s.actor;
        req.sessionToken = token;
        req.csrfToken = s.csrfToken;
        req.mustChangePassword = s.mustChangePassword;
      }
    }
    const cfg = req.routeOptions.config;
    if (cfg.public) {
      if (SAFE_METHODS.has(req.method) || cfg.publicWriteLimit === false || publicWrites.take(req.ip, limits.clock.now())) return;
      reply.header('retry-after', '60');
      return sendProblem(reply, req, 'TOO_MANY_REQUESTS');
    }
    if (!req.ctx.actor) return sendProblem(reply, req, 'UNAUTHENTICATED');
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== req.csrfToken) return sendProblem(reply, req, 'CSRF_FAILED');
    if (req.mustChangePassword && !cfg.allowPasswordChange) return sendProblem(reply, req, 'PASSWORD_CHANGE_REQUIRED');
    if (cfg.permission && !req.ctx.actor.permissions.has(cfg.permission)) return sendProblem(reply, req, 'FORBIDDEN');
  });
}
