import { and, eq, like, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DataScope, Permission, RoleKey } from '@wushe/common';
import { escapeLike } from './text.js';

/** Who is acting: resolved from the session on every request, never from the client's word. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: RoleKey;
  dataScope: DataScope;
  permissions: ReadonlySet<Permission>;
  regionCode: string | null;
  regionPath: string | null;
  customRegionPaths: readonly string[];
  organisationId: string | null;
}

/** Per-request facts every service needs: the actor (null before login), the client IP and the request id. */
export interface RequestContext {
  actor: Actor | null;
  ip: string;
  requestId: string;
}

/** Columns a scoped table exposes to the scope filter. */
export interface ScopeColumns {
  /** Region paths the record belongs to; any one in scope makes it visible. */
  paths: AnyPgColumn[];
  /** The creating user, for 仅本人. */
  owner?: AnyPgColumn;
  /** The owning organisation, for 本组织. */
  organisation?: AnyPgColumn;
}

const DENY = sql`false`;

/**
 * The data-scope filter for one table, to AND into every query that returns records. Deny by default:
 * an actor whose scope has no anchor (no region, no organisation) sees nothing.
 */
export function scopeFilter(actor: Actor, cols: ScopeColumns): SQL {
  switch (actor.dataScope) {
    case 'all':
      return sql`true`;
    case 'region_and_below':
      return actor.regionPath ? anyPath(cols.paths, (c) => like(c, `${escapeLike(actor.regionPath!)}%`)) : DENY;
    case 'region':
      return actor.regionPath ? anyPath(cols.paths, (c) => eq(c, actor.regionPath!)) : DENY;
    case 'custom': {
      if (actor.customRegionPaths.length === 0) return DENY;
      const parts = actor.customRegionPaths.map((p) => anyPath(cols.paths, (c) => like(c, `${escapeLike(p)}%`)));
      return or(...parts) ?? DENY;
    }
    case 'self':
      return cols.owner ? eq(cols.owner, actor.userId) : DENY;
    case 'organisation':
      return cols.organisation && actor.organisationId ? eq(cols.organisation, actor.organisationId) : DENY;
    default:
      return DENY;
  }
}

function anyPath(paths: AnyPgColumn[], test: (c: AnyPgColumn) => SQL): SQL {
  if (paths.length === 0) return DENY;
  return (paths.length === 1 ? test(paths[0]!) : or(...paths.map(test))) ?? DENY;
}

/** True when the actor may place a record in the region with this path (write-side check). */
export function canUseRegionPath(actor: Actor, path: string): boolean {
  switch (actor.dataScope) {
    case 'all':
      return true;
    case 'region_and_below':
      return !!actor.regionPath && path.startsWith(actor.regionPath);
    case 'region':
      return !!actor.regionPath && path === actor.regionPath;
    case 'custom':
      return actor.customRegionPaths.some((p) => path.startsWith(p));
    default:
      return false;
  }
}

/** Combines conditions, ignoring the undefined ones. */
export function allOf(...conds: (SQL | undefined)[]): SQL {
  return and(...conds.filter((c): c is SQL => !!c)) ?? sql`true`;
}
