import { AppError, newId, toRegionDate } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import * as repo from './projects.repository.js';

/** Shared steps of every project use case: load in scope, check the provider, and record a step twice — audit + timeline. */
export type LoadedProject = NonNullable<Awaited<ReturnType<typeof repo.findProject>>>;

export const today = (deps: Pick<AppDeps, 'clock'>) => toRegionDate(deps.clock.now());

/** The project if the actor may see it; otherwise 404, the same answer as a missing id. */
export async function loadProject(db: Executor, deps: AppDeps, actor: Actor, id: string): Promise<LoadedProject> {
  const p = await repo.findProject(db, actor, id, today(deps));
  if (!p) throw new AppError('NOT_FOUND');
  return p;
}

/** Provider actions belong to staff of the project's own organisation; holding the permission is not enough. */
export function assertProvider(actor: Actor, p: LoadedProject): void {
  if (!actor.organisationId || actor.organisationId !== p.project.organisationId) throw new AppError('FORBIDDEN');
}

/** Audit entry and timeline line for one step, in the caller's transaction. */
export async function recordStep(
  tx: Executor, deps: Pick<AppDeps, 'clock'>, ctx: RequestContext,
  project: { id: string; regionPath: string }, action: string, summary: string, diff?: { before: Record<string, unknown>; after: Record<string, unknown> },
): Promise<void> {
  await recordAudit(tx, ctx, deps.clock, { action: `projects.${action}`, entityType: 'project', entityId: project.id, regionPath: project.regionPath, summary, ...(diff ? { diff } : {}) });
  await repo.insertEvent(tx, { id: newId(deps.clock.now().getTime()), projectId: project.id, action, summary, actorName: ctx.actor?.displayName ?? null, at: deps.clock.now() });
}
