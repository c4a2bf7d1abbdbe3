import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';

/** One failed invariant: which check, and up to a few offending rows as text. */
export interface LedgerProblem { check: string; detail: string }

async function rows(db: Executor, q: SQL): Promise<Record<string, unknown>[]> {
  return ((await db.execute(q)) as unknown as { rows: Record<string, unknown>[] }).rows;
}

/**
 * Every invariant of the ledger, each as one query returning the offending rows (empty = holds). Written in plain SQL on
 * purpose: the check must not trust the code that writes the ledger.
 */
const CHECKS: [string, SQL][] = [
  ['每笔凭证借贷平衡 (debits = credits per transaction)', sql`
    select t.id, coalesce(sum(e.amount) filter (where e.direction = 'D'), 0) as debit, coalesce(sum(e.amount) filter (where e.direction = 'C'), 0) as credit
    from ledger_transactions t left join ledger_entries e on e.txn_id = t.id group by t.id
    having coalesce(sum(e.amount) filter (where e.direction = 'D'), 0) <> coalesce(sum(e.amount) filter (where e.direction = 'C'), 0)
        or count(e.id) < 2 limit 5`],
  ['凭证金额等于其贷方合计 (transaction amount = its credits)', sql`
    select t.id, t.amount, sum(e.amount) as credit from ledger_transactions t join ledger_entries e on e.txn_id = t.id and e.direction = 'C'
    group by t.id, t.amount having sum(e.amount) <> t.amount limit 5`],
  ['账户余额等于分录合计 (stored balance = sum of entries)', sql`
    select a.id, a.fund_id, a.kind, a.balance, coalesce(sum(case when e.direction = 'C' then e.amount else -e.amount end), 0) as computed
    from ledger_accounts a left join ledger_entries e on e.account_id = a.id group by a.id
    having a.balance <> coalesce(sum(case when e.direction = 'C' then e.amount else -e.amount end), 0) limit 5`],
  ['可用与冻结不为负 (no negative available or held)', sql`
    select id, fund_id, kind, balance from ledger_accounts where kind in ('available', 'held') and balance < 0 limit 5`],
  ['全部余额合计为零 (all balances sum to zero)', sql`
    select sum(balance) as total from ledger_accounts having coalesce(sum(balance), 0) <> 0`],
  ['冲正至多一次且镜像原凭证 (a reversal mirrors its original, once)', sql`
    select r.id, r.reverses_id from ledger_transactions r
    join ledger_transactions o on o.id = r.reverses_id
    where r.kind <> 'reversal' or o.kind = 'reversal' or exists (
      select 1 from (
        select e.account_id, sum(case when e.direction = 'C' then e.amount else -e.amount end) as net
        from ledger_entries e where e.txn_id in (r.id, o.id) group by e.account_id
      ) x where x.net <> 0)
    limit 5`],
  ['冲正凭证都指向原凭证 (every reversal names its original)', sql`
    select id from ledger_transactions where kind = 'reversal' and reverses_id is null limit 5`],
  ['冻结金额等于已审批未支付的拨付 (held = approved, unpaid disbursements)', sql`
    select a.fund_id, a.balance, coalesce(d.total, 0) as approved from ledger_accounts a
    left join (select fund_id, sum(amount) as total from fund_disbursements where status = 'approved' group by fund_id) d on d.fund_id = a.fund_id
    where a.kind = 'held' and a.balance <> coalesce(d.total, 0) limit 5`],
  ['每笔捐赠对应一笔入账凭证 (each donation has its journal transaction)', sql`
    select d.id from fund_donations d left join ledger_transactions t on t.id = d.txn_id
    where t.id is null or t.kind <> 'donation' or t.amount <> d.amount or t.fund_id <> d.fund_id
       or d.refunded <> exists (select 1 from ledger_transactions r where r.reverses_id = d.txn_id) limit 5`],
];

export async function runLedgerChecks(db: Executor): Promise<{ checks: number; problems: LedgerProblem[] }> {
  const problems: LedgerProblem[] = [];
  for (const [name, q] of CHECKS) {
    const bad = await rows(db, q);
    if (bad.length) problems.push({ check: name, detail: bad.map((r) => JSON.stringify(r)).join('; ') });
  }
  return { checks: CHECKS.length, problems };
}

/** Counts for the CLI's summary line. */
export async function ledgerCounts(db: Executor): Promise<{ transactions: number; entries: number; accounts: number }> {
  const [r] = await rows(db, sql`select (select count(*) from ledger_transactions) as t, (select count(*) from ledger_entries) as e, (select count(*) from ledger_accounts) as a`);
  return { transactions: Number(r!.t), entries: Number(r!.e), accounts: Number(r!.a) };
}
