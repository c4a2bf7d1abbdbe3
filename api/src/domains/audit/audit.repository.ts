import { asc, count, desc, eq, gt, gte, ilike, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { allOf, scopeFilter, type Actor } from '../../platform/scope.js';
import { escapeLike } from '../../platform/text.js';
import { auditLog } from './audit.table.js';
import type { ChainedFields } from './audit-chain.js';

/** Lock key serialising appends so `seq` is gap-free and each entry sees its predecessor's hash. */
const AUDIT_LOCK_KEY = 7_263_001;

export type AuditRow = typeof auditLog.$inferSelect;

/** Takes the append lock (held until the transaction ends) and returns the current head of the chain. */
export async function lockHead(tx: Executor): Promise<{ seq: number; hash: string } | null> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const [row] = await tx.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
  return row ?? null;
}

export async function insertEntry(tx: Executor, e: ChainedFields & { hash: string }): Promise<void> {
  await tx.insert(auditLog).values({ ...e, at: new Date(e.at) });
}

export interface AuditFilter {
  actions?: readonly string[];
  excludeActions?: readonly string[];
  actor?: string;
  action?: string;
  entityType?: string;
  from?: Date;
  to?: Date;
}

function where(actor: Actor, f: AuditFilter): SQL {
  return allOf(
    scopeFilter(actor, { paths: [auditLog.regionPath], owner: auditLog.actorId, organisation: auditLog.organisationId }),
    f.actions ? inArray(auditLog.action, [...f.actions]) : undefined,
    f.excludeActions ? sql`${auditLog.action} not in (${sql.join(f.excludeActions.map((a) => sql`${a}`), sql`, `)})` : undefined,
    f.actor ? ilike(auditLog.actorName, `%${escapeLike(f.actor)}%`) : undefined,
    f.action ? ilike(auditLog.action, `${escapeLike(f.action)}%`) : undefined,
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lt(auditLog.at, f.to) : undefined,
  );
}

/** One page of entries in the actor's scope, newest first, with the scoped total. */
export async function listEntries(db: Executor, actor: Actor, f: AuditFilter, page: number, pageSize: number) {
  const w = where(actor, f);
  const items = await db.select().from(auditLog).where(w).orderBy(desc(auditLog.seq)).limit(pageSize).offset((page - 1) * pageSize);
  const [c] = await db.select({ n: count() }).from(auditLog).where(w);
  return { items, total: Number(c?.n ?? 0) };
}

/** Entries after `afterSeq` in chain order, for verification in batches. */
export function readBatch(db: Executor, afterSeq: number, limit: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(gt(auditLog.seq, afterSeq)).orderBy(asc(auditLog.seq)).limit(limit);
}

