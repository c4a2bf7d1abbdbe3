/**
 * Loads the demo register through the real import path: each department file is previewed and committed as an
 * official would (header mapping, provenance, merge, review queue), then a few verification tasks go to the demo
 * street's staff. Used only by the demo seed, on an empty database.
 */
import { ROLES, type RegistryImportInput } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { findRegion } from '../regions/index.js';
import { commitImport } from './registry.import.service.js';
import * as repo from './registry.repository.js';
import { createTask } from './registry.tasks.service.js';

export interface DemoPerson { id: string; username: string; displayName: string; regionCode: string }

async function actorOf(deps: AppDeps, p: DemoPerson, role: 'city_official'): Promise<Actor> {
  const region = await findRegion(deps.db, p.regionCode);
  const def = ROLES.find((r) => r.key === role)!;
  return {
    userId: p.id, username: p.username, displayName: p.displayName, role, dataScope: def.dataScope, permissions: new Set(def.permissions),
    regionCode: p.regionCode, regionPath: region?.path ?? null, customRegionPaths: [], organisationId: null,
  };
}

/** Imports the files in order, then assigns `tasks` pending entries of the street to its staff; returns the register size. */
export async function writeDemoRegister(deps: AppDeps, files: readonly RegistryImportInput[], importer: DemoPerson, streetStaff: DemoPerson, tasks: number) {
  const ctx: RequestContext = { actor: null, ip: '', requestId: 'seed' };
  const official = await actorOf(deps, importer, 'city_official');
  let report;
  for (const file of files) report = await commitImport(deps, ctx, official, file);
  const street = await findRegion(deps.db, streetStaff.regionCode);
  const { items } = await repo.listEntities(deps.db, official, { regionPath: street!.path, pending: true }, 1, tasks);
  const due = new Date(deps.clock.now().getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
  const methods = ['phone', 'visit', 'site'] as const;
  for (const [i, { e }] of items.entries()) {
    await createTask(deps, ctx, official, { entityId: e.id, method: methods[i % 3]!, assigneeId: streetStaff.id, dueOn: due, note: e.verification === 'conflict' ? '各部门登记信息不一致，请核实' : '核实实际经营地和联系电话' });
  }
  return { entities: report?.entities ?? 0, reviewQueue: report?.reviewQueue ?? 0, tasks: items.length };
}
