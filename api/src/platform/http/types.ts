import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AppError, type Permission } from '@wushe/common';
import type { Actor, RequestContext } from '../scope.js';

/** Fastify with TypeBox schemas as the type provider: request types follow the route schemas. */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
    sessionToken: string | null;
    csrfToken: string | null;
    mustChangePassword: boolean;
  }
  interface FastifyContextConfig {
    /** Reachable without logging in. */
    public?: boolean;
    /** The permission the route requires; routes without one only need a session. */
    permission?: Permission;
    /** Reachable while the user still has to change the first-login password. */
    allowPasswordChange?: boolean;
    /**
     * false: an anonymous write that is not counted against the per-IP limit, because it bounds itself (login's own
     * failure throttle) or proves its sender (a payment channel's signed notification).
     */
    publicWriteLimit?: false;
  }
}

/** The logged-in actor; the guard has already refused anonymous requests to non-public routes. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.ctx.actor) throw new AppError('UNAUTHENTICATED');
  return req.ctx.actor;
}
