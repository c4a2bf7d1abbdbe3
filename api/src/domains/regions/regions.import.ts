import type { Executor } from '../../platform/db/client.js';
import type { Clock } from '../../platform/clock.js';
import type { RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { withPaths, type DivisionNode } from './division-source.js';
import * as repo from './regions.repository.js';

/**
 * Writes national divisions (with ancestors) in one transaction: new codes are added, existing ones renamed
 * or re-parented in place, grids below them untouched. Returns how many were written.
 */
export async function importDivisions(db: Executor, clock: Clock, ctx: RequestContext, nodes: readonly DivisionNode[], populations: Record<string, number> = {}): Promise<number> {
  const rows = withPaths(nodes).map((n) => ({ code: n.code, parentCode: n.parentCode, name: n.name, level: n.level, path: n.path, population: populations[n.code] ?? null }));
  await db.transaction(async (tx) => {
    await repo.insertRegions(tx, rows);
    for (const [code, population] of Object.entries(populations)) await repo.updateRegion(tx, code, { population });
    const top = rows.reduce((a, b) => (a.level <= b.level ? a : b));
    await recordAudit(tx, ctx, clock, { action: 'regions.import', entityType: 'region', entityId: top.code, regionPath: null, summary: `导入区划 ${rows.length} 条`, diff: { count: rows.length, codes: rows.filter((r) => r.level <= 3).map((r) => r.code) } });
  });
  return rows.length;
}
