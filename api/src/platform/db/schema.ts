// Every table, for drizzle-kit and the typed client. Domains own their tables; this file only gathers them.
export { regions } from '../../domains/regions/regions.table.js';
export { users, sessions } from '../../domains/auth/auth.table.js';
export { auditLog } from '../../domains/audit/audit.table.js';
export { organisations } from '../../domains/organisations/organisations.table.js';
export { needs } from '../../domains/needs/needs.table.js';
export { registryImports, registrySourceRows, registryEntities, registryDecisions, registryReviewItems, registryHeaderMappings, registryTasks } from '../../domains/registry/registry.table.js';
