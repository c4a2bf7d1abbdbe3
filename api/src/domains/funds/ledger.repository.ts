import { alias } from 'drizzle-orm/pg-core';
import { and, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { AppError, formatFen, newId } from '@wushe/common';
import type { Executor } from '../../platform/db/client.js';
import { fundIdempotency, ledgerAccounts, ledgerEntries, ledgerTransactions } from './funds.table.js';
import { ACCOUNT_KINDS, checkLegs, deltas, isGuarded, lockOrder, type AccountKind, type Leg, type TxnKind } from './ledger-rules.js';

export type LedgerStrategy = 'locking' | 'serializable';
export type LedgerTxnRow = typeof ledgerTransactions.$inferSelect;

/** Opens the four accounts of a new fund. */
export async function openAccounts(tx: Executor, fundId: string): Promise<void> {
  await tx.insert(ledgerAccounts).values(ACCOUNT_KINDS.map((kind) => ({ id: newId(), fundId, kind, balance: 0 })));
}

export interface PostInput {
  id?: string;
  kind: TxnKind;
  fundId: string;
  counterFundId?: string | null;
  amount: number;
  memo: string;
  refType?: string | null;
  refId?: string | null;
  reversesId?: string | null;
  createdBy: string | null;
  occurredAt: Date;
}

/**
 * Posts one balanced journal transaction and moves the stored balances with it. Under `locking` the touched accounts
 * are locked FOR UPDATE in ascending id order first (no deadlock cycles); under `serializable` the caller runs at
 * SERIALIZABLE and retries on 40001. Either way a guarded account (available, held) never goes below zero: checked
 * here with a field message, and by the CHECK constraint underneath as the last line.
 */
export async function postTransaction(tx: Executor, strategy: LedgerStrategy, input: PostInput, legs: Leg[]): Promise<LedgerTxnRow> {
  const bad = checkLegs(legs);
  if (bad) throw new Error(`refusing journal transaction: ${bad}`);
  const change = deltas(legs);
  const fundIds = [...new Set(legs.map((l) => l.fundId))];
  const kinds = [...new Set(legs.map((l) => l.account))];
  const q = tx.select({ id: ledgerAccounts.id, fundId: ledgerAccounts.fundId, kind: ledgerAccounts.kind, balance: ledgerAccounts.balance })
    .from(ledgerAccounts).where(and(inArray(ledgerAccounts.fundId, fundIds), inArray(ledgerAccounts.kind, kinds))).orderBy(ledgerAccounts.id);
  const rows = lockOrder(strategy === 'locking' ? await q.for('update') : await q);
  const byKey = new Map(rows.map((r) => [`${r.fundId}/${r.kind}`, r]));
  for (const [key, delta] of change) {
    const acc = byKey.get(key);
    if (!acc) throw new AppError('NOT_FOUND', [{ path: 'fundId', message: '基金不存在' }]);
    if (isGuarded(acc.kind as AccountKind) && acc.balance + delta < 0) {
      const label = acc.kind === 'available' ? '可用余额' : '冻结金额';
      throw new AppError('INSUFFICIENT_FUNDS', [{ path: 'amount', message: `金额（amount）超过基金${label}：${label}${formatFen(acc.balance)}，本次需${formatFen(-delta)}` }]);
    }
  }
  const row = { id: input.id ?? newId(input.occurredAt.getTime()), kind: input.kind, fundId: input.fundId, counterFundId: input.counterFundId ?? null, amount: input.amount, memo: input.memo, refType: input.refType ?? null, refId: input.refId ?? null, reversesId: input.reversesId ?? null, createdBy: input.createdBy, occurredAt: input.occurredAt };
  const [txn] = await tx.insert(ledgerTransactions).values(row).returning();
  await tx.insert(ledgerEntries).values(legs.map((l) => ({ txnId: row.id, accountId: byKey.get(`${l.fundId}/${l.account}`)!.id, direction: l.direction, amount: l.amount })));
  // One statement for all balance changes (a round trip less per posting); rows are already locked in id order.
  const moved = rows.map((acc) => ({ id: acc.id, delta: change.get(`${acc.fundId}/${acc.kind}`) ?? 0 })).filter((m) => m.delta !== 0);
  if (moved.length) {
    const values = sql.join(moved.map((m) => sql`(${m.id}::uuid, ${m.delta}::bigint)`), sql`, `);
    await tx.execute(sql`update ledger_accounts as a set balance = a.balance + v.delta from (values ${values}) as v(id, delta) where a.id = v.id`);
  }
  return txn!;
}

export async function findTransaction(tx: Executor, id: string): Promise<LedgerTxnRow | undefined> {
  return (await tx.select().from(ledgerTransactions).where(eq(ledgerTransactions.id, id)))[0];
}

export async function findReversalOf(tx: Executor, id: string): Promise<LedgerTxnRow | undefined> {
  return (await tx.select().from(ledgerTransactions).where(eq(ledgerTransactions.reversesId, id)))[0];
}

/** The legs of a stored transaction, to mirror in a reversal. */
export async function legsOf(tx: Executor, txnId: string): Promise<Leg[]> {
  const rows = await tx.select({ fundId: ledgerAccounts.fundId, kind: ledgerAccounts.kind, direction: ledgerEntries.direction, amount: ledgerEntries.amount })
    .from(ledgerEntries).innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId)).where(eq(ledgerEntries.txnId, txnId)).orderBy(ledgerEntries.id);
  return rows.map((r) => ({ fundId: r.fundId, account: r.kind as AccountKind, direction: r.direction as 'D' | 'C', amount: r.amount }));
}

/** Current stored balances of some funds' accounts, keyed fundId → kind → fen. */
export async function balancesOf(tx: Executor, fundIds: string[]): Promise<Map<string, Record<AccountKind, number>>> {
  const out = new Map<string, Record<AccountKind, number>>();
  if (fundIds.length === 0) return out;
  const rows = await tx.select({ fundId: ledgerAccounts.fundId, kind: ledgerAccounts.kind, balance: ledgerAccounts.balance }).from(ledgerAccounts).where(inArray(ledgerAccounts.fundId, fundIds));
  for (const r of rows) {
    const b = out.get(r.fundId) ?? { available: 0, held: 0, inflow: 0, outflow: 0 };
    b[r.kind as AccountKind] = r.balance;
    out.set(r.fundId, b);
  }
  return out;
}

export interface DonationPosting {
  key: string | null; payloadHash: string; now: Date; donationId: string; txnId: string; fundId: string; campaignId: string | null; amount: number;
  channel: string; channelRef: string; donorName: string | null; isAnonymous: boolean; message: string | null; receivedAt: Date;
  recordedBy: string | null; memo: string; result: unknown;
}

/**
 * Posts a donation in one statement (wushe_post_donation, migration 0013): one round trip instead of eleven. Outside a
 * transaction it is its own transaction; inside one it joins it. Answers the stored replay or the new donation's JSON.
 */
export async function postDonationCall(ex: Executor, p: DonationPosting): Promise<{ replay?: unknown; donation?: unknown }> {
  const q = sql`select wushe_post_donation(${p.key}, ${p.payloadHash}, ${p.now.toISOString()}::timestamptz, ${p.donationId}::uuid, ${p.txnId}::uuid, ${p.fundId}::uuid,
    ${p.campaignId}::uuid, ${p.amount}::bigint, ${p.channel}, ${p.channelRef}, ${p.donorName}, ${p.isAnonymous}, ${p.message}, ${p.receivedAt.toISOString()}::timestamptz,
    ${p.recordedBy}::uuid, ${p.memo}, ${JSON.stringify(p.result)}::jsonb) as r`;
  const [row] = ((await ex.execute(q)) as unknown as { rows: { r: unknown }[] }).rows;
  const r = row!.r;
  return (typeof r === 'string' ? JSON.parse(r) : r) as { replay?: unknown; donation?: unknown };
}

/** Posts a batch of donations to one fund in one statement (wushe_post_donations): per item the result or `{ error: SQLSTATE }`. */
export async function postDonationBatchCall(ex: Executor, items: DonationPosting[]): Promise<{ replay?: unknown; donation?: unknown; error?: string }[]> {
  const payload = items.map((p) => ({ ...p, now: p.now.toISOString(), receivedAt: p.receivedAt.toISOString() }));
  const [row] = ((await ex.execute(sql`select wushe_post_donations(${JSON.stringify(payload)}::jsonb) as r`)) as unknown as { rows: { r: unknown }[] }).rows;
  const r = row!.r;
  return (typeof r === 'string' ? JSON.parse(r) : r) as { replay?: unknown; donation?: unknown; error?: string }[];
}

/**
 * Claims an idempotency key for this transaction. A concurrent holder of the same key makes the insert wait until it
 * commits or rolls back, so a retry either replays the committed result or runs the command itself.
 */
export async function claimIdempotencyKey(tx: Executor, key: string, command: string, payloadHash: string, now: Date): Promise<{ replay: unknown } | null> {
  const inserted = await tx.insert(fundIdempotency).values({ key, command, payloadHash, result: null, createdAt: now }).onConflictDoNothing().returning({ key: fundIdempotency.key });
  if (inserted.length) return null;
  const [prior] = await tx.select().from(fundIdempotency).where(eq(fundIdempotency.key, key));
  if (!prior) throw new AppError('CONFLICT');
  if (prior.payloadHash !== payloadHash || prior.command !== command) {
    throw new AppError('IDEMPOTENCY_KEY_REUSED', [{ path: 'Idempotency-Key', message: '幂等键（Idempotency-Key）已用于另一笔不同内容的请求' }]);
  }
  return { replay: prior.result };
}

export async function storeIdempotentResult(tx: Executor, key: string, result: unknown): Promise<void> {
  await tx.update(fundIdempotency).set({ result }).where(eq(fundIdempotency.key, key));
}

/** Bulk-loads already-balanced transactions with their entries and final balances (the demo seed; one statement each). */
export async function loadLedgerBulk(tx: Executor, accounts: (typeof ledgerAccounts.$inferInsert)[], txns: (typeof ledgerTransactions.$inferInsert)[], entries: (typeof ledgerEntries.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < accounts.length; i += 1000) await tx.insert(ledgerAccounts).values(accounts.slice(i, i + 1000));
  for (let i = 0; i < txns.length; i += 1000) await tx.insert(ledgerTransactions).values(txns.slice(i, i + 1000));
  for (let i = 0; i < entries.length; i += 2000) await tx.insert(ledgerEntries).values(entries.slice(i, i + 2000));
}

/** One page of a fund's journal (as the fund or as the counter fund), newest first, each with the seq of its reversal. */
export async function listFundTransactions(db: Executor, fundId: string, limit: number, offset: number): Promise<{ rows: (LedgerTxnRow & { reversedBySeq: number | null })[]; total: number }> {
  const rev = alias(ledgerTransactions, 'rev');
  const mine = or(eq(ledgerTransactions.fundId, fundId), eq(ledgerTransactions.counterFundId, fundId));
  const rows = await db.select({ t: ledgerTransactions, reversedBySeq: rev.seq }).from(ledgerTransactions).leftJoin(rev, eq(rev.reversesId, ledgerTransactions.id))
    .where(mine).orderBy(desc(ledgerTransactions.seq)).limit(limit).offset(offset);
  const [{ n }] = await db.select({ n: count() }).from(ledgerTransactions).where(mine) as [{ n: number }];
  return { rows: rows.map((r) => ({ ...r.t, reversedBySeq: r.reversedBySeq })), total: Number(n) };
}
