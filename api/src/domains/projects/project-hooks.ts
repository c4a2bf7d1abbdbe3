import type { Executor } from '../../platform/db/client.js';
import type { RequestContext } from '../../platform/scope.js';

/**
 * What other domains do when a project moves, wired in the composition root (api/src/closed-loop.ts) so projects
 * imports no other domain. Runs in the project's transaction: if it fails, the move does not happen.
 */
export interface ProjectHooks {
  /** 考榜 is done and the project is closed: the needs it answered are done too. */
  onProjectClosed?(tx: Executor, project: { id: string; number: string; title: string; needIds: string[] }, ctx: RequestContext): Promise<void>;
}
