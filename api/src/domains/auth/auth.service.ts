import { createHash, randomBytes } from 'node:crypto';
import { AppError, findRole, type ChangePasswordBody, type LoginBody, type Me, type Permission } from '@wushe/common';
import type { Db } from '../../platform/db/client.js';
import type { Clock } from '../../platform/clock.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { afterFailure, IpThrottle, isLocked } from './login-throttle.js';
import { hashPassword, isStrongEnough, verifyPassword } from './password.js';
import * as repo from './auth.repository.js';

/** Sessions last 12 hours: one working day, then log in again. */
export const SESSION_MS = 12 * 3600_000;

/** A password hash to verify against when the user does not exist, so timing does not reveal usernames. */
let decoyHash: Promise<string> | null = null;

export interface AuthDeps {
  db: Db;
  clock: Clock;
  ipThrottle: IpThrottle;
}

/** SHA-256 of a session token; only this is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

type ResolvedSession = { actor: Actor; csrfToken: string; me: Omit<Me, 'csrfToken'>; expiresAt: number };

/**
 * Resolved sessions are reused for a few seconds: the lookup runs on every request and was a third of a list
 * request's time. This process forgets a session at once on logout and password change; a session ended by
 * another process stays usable here for at most SESSION_CACHE_MS (ADR 0005).
 */
export const SESSION_CACHE_MS = 5_000;
const sessionCache = new Map<string, { value: ResolvedSession; until: number }>();

function forgetSessions(predicate: (s: ResolvedSession) => boolean): void {
  for (const [k, v] of sessionCache) if (predicate(v.value)) sessionCache.delete(k);
}

/** Resolves the actor behind a session cookie, or null when the session is missing or expired. */
export async function resolveSession(deps: AuthDeps, token: string): Promise<ResolvedSession | null> {
  const key = hashToken(token);
  const now = deps.clock.now().getTime();
  const cached = sessionCache.get(key);
  if (cached && cached.until > now) return cached.value;
  const fresh = await loadSession(deps, key);
  if (fresh) {
    if (sessionCache.size > 10_000) sessionCache.clear();
    sessionCache.set(key, { value: fresh, until: Math.min(now + SESSION_CACHE_MS, fresh.expiresAt) });
  } else sessionCache.delete(key);
  return fresh;
}

async function loadSession(deps: AuthDeps, tokenHash: string): Promise<ResolvedSession | null> {
  const row = await repo.findSession(deps.db, tokenHash);
  if (!row || row.session.expiresAt.getTime() <= deps.clock.now().getTime() || row.user.status !== 'active') return null;
  const role = findRole(row.user.roleKey);
  if (!role) return null;
  const actor: Actor = {
    userId: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    role: role.key,
    dataScope: role.dataScope,
    permissions: new Set<Permission>(role.permissions),
    regionCode: row.user.regionCode,
    regionPath: row.regionPath,
    customRegionPaths: role.dataScope === 'custom' ? await repo.findRegionPaths(deps.db, row.user.customRegionCodes) : [],
    organisationId: row.user.organisationId,
  };
  const me = {
    id: actor.userId, username: actor.username, displayName: actor.displayName, role: role.key, roleName: role.nameZh,
    dataScope: role.dataScope, permissions: [...role.permissions], regionCode: actor.regionCode, regionName: row.regionName,
    organisationId: actor.organisationId, organisationName: row.organisationName, mustChangePassword: row.user.mustChangePassword,
  };
  return { actor, csrfToken: row.session.csrfToken, me, expiresAt: row.session.expiresAt.getTime() };
}

/** Checks the password, applies lockout and throttling, opens a session; every outcome is audited. */
export async function login(deps: AuthDeps, ctx: RequestContext, body: LoginBody, userAgent: string | undefined): Promise<{ token: string }> {
  const now = deps.clock.now();
  if (deps.ipThrottle.isBlocked(ctx.ip, now)) throw new AppError('TOO_MANY_REQUESTS');
  const user = await repo.findUserByUsername(deps.db, body.username);
  // A failed login is filed under the account's own region, so that region's officials see it in 登录日志;
  // attempts on unknown usernames have no region and only the 全部 scope sees them.
  const userRegionPath = user?.regionCode ? ((await repo.findRegionPaths(deps.db, [user.regionCode]))[0] ?? null) : null;
  if (user && isLocked(user.lockedUntil, now)) {
    await deps.db.transaction((tx) => recordAudit(tx, ctx, deps.clock, { action: 'auth.login_failed', entityType: 'user', entityId: user.id, regionPath: userRegionPath, summary: `账号已锁定：${body.username}` }));
    throw new AppError('ACCOUNT_LOCKED');
  }
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash), body.password);
  if (!user || !ok || user.status !== 'active') {
    deps.ipThrottle.recordFailure(ctx.ip, now);
    const next = user ? afterFailure(user.failedLogins, now) : null;
    await deps.db.transaction(async (tx) => {
      if (user && next) await repo.updateUser(tx, user.id, { failedLogins: next.failedLogins, lockedUntil: next.lockedUntil });
      await recordAudit(tx, ctx, deps.clock, {
        action: 'auth.login_failed', entityType: 'user', entityId: user?.id, summary: `登录失败：${body.username}`,
        regionPath: userRegionPath,
      });
    });
    if (next?.lockedUntil) throw new AppError('ACCOUNT_LOCKED');
    throw new AppError('LOGIN_FAILED');
  }
  const token = randomBytes(32).toString('base64url');
  await deps.db.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, { failedLogins: 0, lockedUntil: null });
    await repo.insertSession(tx, {
      tokenHash: hashToken(token), userId: user.id, csrfToken: randomBytes(24).toString('base64url'), ip: ctx.ip,
      userAgent: userAgent?.slice(0, 300) ?? null, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MS),
    });
    await repo.deleteExpiredSessions(tx, now);
  });
  const resolved = await resolveSession(deps, token);
  if (!resolved) throw new AppError('INTERNAL');
  await deps.db.transaction((tx) => recordAudit(tx, ctx, deps.clock, { action: 'auth.login', entityType: 'user', entityId: user.id, summary: '登录成功' }, resolved.actor));
  return { token };
}

/** Ends the session behind the token. */
export async function logout(deps: AuthDeps, ctx: RequestContext, token: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await repo.deleteSession(tx, hashToken(token));
    sessionCache.delete(hashToken(token));
    await recordAudit(tx, ctx, deps.clock, { action: 'auth.logout', entityType: 'user', entityId: ctx.actor?.userId, summary: '退出登录' });
  });
}

/** Changes the actor's password (and clears the first-login flag); other sessions of the user end. */
export async function changePassword(deps: AuthDeps, ctx: RequestContext, actor: Actor, body: ChangePasswordBody, keepToken: string): Promise<void> {
  const user = await repo.findUserById(deps.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, body.oldPassword))) {
    throw new AppError('VALIDATION_FAILED', [{ path: 'oldPassword', message: '原密码（oldPassword）不正确' }]);
  }
  if (!isStrongEnough(body.newPassword)) throw new AppError('PASSWORD_TOO_WEAK', [{ path: 'newPassword', message: '新密码（newPassword）至少8位，且须包含字母和数字' }]);
  if (body.newPassword === body.oldPassword) throw new AppError('VALIDATION_FAILED', [{ path: 'newPassword', message: '新密码（newPassword）不能与原密码相同' }]);
  const newHash = await hashPassword(body.newPassword);
  await deps.db.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, { passwordHash: newHash, mustChangePassword: false, updatedAt: deps.clock.now() });
    const old = await repo.findSession(tx, hashToken(keepToken));
    await repo.deleteSessionsOfUser(tx, user.id);
    forgetSessions((v) => v.actor.userId === user.id);
    const now = deps.clock.now();
    await repo.insertSession(tx, {
      tokenHash: hashToken(keepToken), userId: user.id, csrfToken: old?.session.csrfToken ?? randomBytes(24).toString('base64url'),
      ip: ctx.ip, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MS),
    });
    await recordAudit(tx, ctx, deps.clock, { action: 'auth.password_changed', entityType: 'user', entityId: user.id, summary: '修改密码' });
  });
}
