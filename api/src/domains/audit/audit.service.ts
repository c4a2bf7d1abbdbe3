import type { AuditEntry, AuditListQuery } from '@wushe/common';
import type { Db, Executor } from '../../platform/db/client.js';
import type { Clock } from '../../platform/clock.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { checkLink, hashEntry, type ChainBreak } from './audit-chain.js';
import * as repo from './audit.repository.js';

/** What a use case says about itself; who, when and where come from the request context. */
export interface AuditRecord {
  action: string;
  entityType?: string;
  entityId?: string;
  /** Region path of the entity; the actor's region when omitted. */
  regionPath?: string | null;
  summary?: string;
  diff?: unknown;
}

/** Actions shown on the 登录日志 page; everything else is 操作日志. */
export const LOGIN_ACTIONS = ['auth.login', 'auth.login_failed', 'auth.logout', 'auth.password_changed'] as const;

/**
 * Appends an entry to the hash chain inside the caller's transaction, so the record and the change it
 * describes commit or roll back together.
 */
export async function recordAudit(tx: Executor, ctx: RequestContext, clock: Clock, rec: AuditRecord, actorOverride?: Actor): Promise<void> {
  const actor = actorOverride ?? ctx.actor;
  const head = await repo.lockHead(tx);
  const fields = {
    seq: (head?.seq ?? 0) + 1,
    at: clock.now().toISOString(),
    actorId: actor?.userId ?? null,
    actorName: actor ? `${actor.displayName}（${actor.username}）` : null,
    roleKey: actor?.role ?? null,
    organisationId: actor?.organisationId ?? null,
    ip: ctx.ip || null,
    requestId: ctx.requestId || null,
    action: rec.action,
    entityType: rec.entityType ?? null,
    entityId: rec.entityId ?? null,
    regionPath: rec.regionPath !== undefined ? rec.regionPath : (actor?.regionPath ?? null),
    summary: rec.summary ?? null,
    // Through JSON once, so what is hashed is exactly what jsonb gives back (Dates become ISO strings).
    diff: rec.diff === undefined ? null : (JSON.parse(JSON.stringify(rec.diff)) as unknown),
    prevHash: head?.hash ?? '0'.repeat(64),
  };
  await repo.insertEntry(tx, { ...fields, hash: hashEntry(fields) });
}

function toContract(r: repo.AuditRow): AuditEntry {
  return {
    seq: r.seq, at: r.at.toISOString(), actorId: r.actorId, actorName: r.actorName, role: r.roleKey, ip: r.ip,
    requestId: r.requestId, action: r.action, entityType: r.entityType, entityId: r.entityId, summary: r.summary, diff: r.diff,
  };
}

/** Lists 操作日志 or 登录日志 within the actor's scope. */
export async function listAudit(db: Db, actor: Actor, kind: 'operations' | 'logins', q: AuditListQuery) {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  const filter: repo.AuditFilter = {
    ...(kind === 'logins' ? { actions: LOGIN_ACTIONS } : { excludeActions: LOGIN_ACTIONS }),
    actor: q.actor, action: q.action, entityType: q.entityType,
    from: q.from ? new Date(`${q.from}T00:00:00+08:00`) : undefined,
    to: q.to ? new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86_400_000) : undefined,
  };
  const { items, total } = await repo.listEntries(db, actor, filter, page, pageSize);
  return { items: items.map(toContract), total, page, pageSize };
}

/** Walks the whole chain; returns how many entries were checked and the first break, if any. */
export async function verifyAuditChain(db: Db): Promise<{ checked: number; firstBreak: ChainBreak | null }> {
  let prev: { seq: number; hash: string } | null = null;
  let checked = 0;
  for (;;) {
    const batch = await repo.readBatch(db, prev?.seq ?? 0, 5000);
    if (batch.length === 0) return { checked, firstBreak: null };
    for (const r of batch) {
      const brk = checkLink({ ...r, at: r.at.toISOString(), diff: r.diff ?? null }, prev);
      if (brk) return { checked, firstBreak: brk };
      prev = { seq: r.seq, hash: r.hash };
      checked++;
    }
  }
}
