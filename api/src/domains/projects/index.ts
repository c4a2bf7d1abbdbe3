// The projects slice's public face: delivery, 考榜 and the red/black list.
import type { AppDeps } from '../../platform/deps.js';
import type { App } from '../../platform/http/types.js';
import { evaluationRoutes } from './evaluation.routes.js';
import type { ProjectHooks } from './project-hooks.js';
import { projectRoutes as deliveryRoutes } from './projects.routes.js';

/** Registers every projects route (delivery, evaluation, public). */
export function projectRoutes(app: App, deps: AppDeps, hooks: ProjectHooks = {}) {
  deliveryRoutes(app, deps, hooks);
  evaluationRoutes(app, deps);
}
export { createProjectFromAward, type NewProjectInput } from './projects.service.js';
export type { ProjectHooks } from './project-hooks.js';
export { findStandings, type Standing } from './standings.service.js';
export { projects } from './projects.table.js';
export { insertDemoProject, type DemoProjectSpec } from './demo-writer.js';
export { contractFromAward, contractFactsOfCall, countOpenProjects, type AwardForContract } from './award-link.js';
