import { AuditEntry, AuditListQuery, Page, Problem } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import { actorOf, type App } from '../../platform/http/types.js';
import { listAudit } from './audit.service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem };

/** 操作日志 and 登录日志, each scoped like every other list. */
export function auditRoutes(app: App, deps: AppDeps) {
  app.get('/api/audit/operations', {
    schema: { tags: ['audit'], summary: '操作日志', querystring: AuditListQuery, response: { 200: Page(AuditEntry), ...errors } },
    config: { permission: 'audit:operlog:view' },
  }, async (req) => listAudit(deps.db, actorOf(req), 'operations', req.query));

  app.get('/api/audit/logins', {
    schema: { tags: ['audit'], summary: '登录日志', querystring: AuditListQuery, response: { 200: Page(AuditEntry), ...errors } },
    config: { permission: 'audit:loginlog:view' },
  }, async (req) => listAudit(deps.db, actorOf(req), 'logins', req.query));
}
