import { ChangePasswordBody, LoginBody, Me, Ok, Problem } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { SESSION_COOKIE } from '../../platform/http/guard.js';
import { actorOf, type App } from '../../platform/http/types.js';
import { IpThrottle } from './login-throttle.js';
import * as auth from './auth.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 423: Problem, 429: Problem };

/** Login, logout, the current user and password change. */
export function authRoutes(app: App, deps: AppDeps, ipThrottle: IpThrottle) {
  const authDeps = { db: deps.db, clock: deps.clock, ipThrottle };
  const cookieOpts = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: process.env.WUSHE_SECURE_COOKIE === '1', maxAge: auth.SESSION_MS / 1000 };

  const currentMe = async (token: string) => {
    const s = await auth.resolveSession(authDeps, token);
    if (!s) throw new Error('session vanished');
    return { ...s.me, csrfToken: s.csrfToken };
  };

  app.post('/api/auth/login', { schema: { tags: ['auth'], summary: '登录', body: LoginBody, response: { 200: Me, ...errors } }, config: { public: true, publicWriteLimit: false } }, async (req, reply) => {
    const { token } = await auth.login(authDeps, req.ctx, req.body, req.headers['user-agent']);
    reply.setCookie(SESSION_COOKIE, token, cookieOpts);
    return currentMe(token);
  });

  app.post('/api/auth/logout', { schema: { tags: ['auth'], summary: '退出登录', response: { 200: Ok, ...errors } }, config: { allowPasswordChange: true } }, async (req, reply) => {
    await auth.logout(authDeps, req.ctx, req.sessionToken!);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  app.get('/api/auth/me', { schema: { tags: ['auth'], summary: '当前用户', response: { 200: Me, ...errors } }, config: { allowPasswordChange: true } }, async (req) => currentMe(req.sessionToken!));

  app.post('/api/auth/password', { schema: { tags: ['auth'], summary: '修改密码', body: ChangePasswordBody, response: { 200: Ok, ...errors } }, config: { allowPasswordChange: true } }, async (req) => {
    await auth.changePassword(authDeps, req.ctx, actorOf(req), req.body, req.sessionToken!);
    return { ok: true as const };
  });
}
