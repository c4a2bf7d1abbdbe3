// The audit slice's public face: other domains record entries only through recordAudit.
export { recordAudit, listAudit, verifyAuditChain, LOGIN_ACTIONS, type AuditRecord } from './audit.service.js';
export { auditRoutes } from './audit.routes.js';
