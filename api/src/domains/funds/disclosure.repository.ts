import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';

async function rows<T>(db: Executor, q: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(q)) as unknown as { rows: T[] }).rows;
}

/**
 * Net amount per original kind of the fund's transactions in [from, asOf], a reversal counting against the kind it
 * reverses; `direction` says whether an allocation left (out) or reached (in) this fund.
 */
export async function periodMovements(db: Executor, fundId: string, from: Date, asOf: Date): Promise<{ kind: string; direction: 'in' | 'out'; net: number }[]> {
  const r = await rows<{ kind: string; direction: 'in' | 'out'; net: string }>(db, sql`
    select coalesce(o.kind, t.kind) as kind, case when t.counter_fund_id = ${fundId} then 'in' else 'out' end as direction,
           sum(case when t.kind = 'reversal' then -t.amount else t.amount end) as net
    from ledger_transactions t left join ledger_transactions o on o.id = t.reverses_id
    where (t.fund_id = ${fundId} or t.counter_fund_id = ${fundId}) and t.occurred_at >= ${from.toISOString()} and t.occurred_at <= ${asOf.toISOString()}
    group by 1, 2`);
  return r.map((x) => ({ kind: x.kind, direction: x.direction, net: Number(x.net) }));
}

/** The fund's money (available + held) from the entries of transactions before `from`. */
export async function balanceBefore(db: Executor, fundId: string, from: Date): Promise<number> {
  const [r] = await rows<{ b: string | null }>(db, sql`
    select sum(case when e.direction = 'C' then e.amount else -e.amount end) as b
    from ledger_entries e join ledger_accounts a on a.id = e.account_id join ledger_transactions t on t.id = e.txn_id
    where a.fund_id = ${fundId} and a.kind in ('available', 'held') and t.occurred_at < ${from.toISOString()}`);
  return Number(r?.b ?? 0);
}

/** Donation count and donors (a named donor once, each anonymous gift as its own donor), refunds excluded. */
export async function donationStats(db: Executor, fundId: string, from: Date, asOf: Date): Promise<{ count: number; donors: number }> {
  const [r] = await rows<{ n: string; donors: string }>(db, sql`
    select count(*) as n, count(distinct case when is_anonymous or donor_name is null then id::text else donor_name end) as donors
    from fund_donations where fund_id = ${fundId} and not refunded and received_at >= ${from.toISOString()} and received_at <= ${asOf.toISOString()}`);
  return { count: Number(r?.n ?? 0), donors: Number(r?.donors ?? 0) };
}

export interface EntryLine { seq: number; occurredAt: string; txnId: string; kind: string; account: string; direction: string; amount: number; memo: string; reversesSeq: number | null }

/** Every entry touching the fund's accounts, in posting order (the public ledger). */
export async function fundEntries(db: Executor, fundId: string): Promise<EntryLine[]> {
  const r = await rows<Record<string, unknown>>(db, sql`
    select t.seq, t.occurred_at, t.id as txn_id, t.kind, a.kind as account, e.direction, e.amount, t.memo, o.seq as reverses_seq
    from ledger_entries e join ledger_accounts a on a.id = e.account_id join ledger_transactions t on t.id = e.txn_id
    left join ledger_transactions o on o.id = t.reverses_id
    where a.fund_id = ${fundId} order by t.seq, e.id`);
  return r.map((x) => ({
    seq: Number(x.seq), occurredAt: new Date(x.occurred_at as string).toISOString(), txnId: String(x.txn_id), kind: String(x.kind), account: String(x.account),
    direction: String(x.direction), amount: Number(x.amount), memo: String(x.memo), reversesSeq: x.reverses_seq == null ? null : Number(x.reverses_seq),
  }));
}

export interface PaidGrant {
  id: string; amount: number; purpose: string; payeeName: string; payeeOrganisationId: string | null; approvedAt: string; paidAt: string;
  projectTitle: string | null; projectDescription: string | null; category: string | null; beneficiaries: number | null; decisionNo: string | null; vote: unknown;
}

/** Paid and approved disbursements with their project and committee decision (expenditures and 360Giving grants). */
export async function expenditures(db: Executor, fundId: string): Promise<(PaidGrant & { status: string })[]> {
  const r = await rows<Record<string, unknown>>(db, sql`
    select d.id, d.amount, d.purpose, d.payee_name, d.payee_organisation_id, d.status, h.occurred_at as approved_at, s.occurred_at as paid_at,
           p.title, p.description, p.category, p.beneficiaries, p.vote
    from fund_disbursements d join ledger_transactions h on h.id = d.hold_txn_id
    left join ledger_transactions s on s.id = d.settle_txn_id and s.kind = 'payment'
    left join fund_projects p on p.id = d.project_id
    where d.fund_id = ${fundId} and d.status in ('approved', 'paid') order by h.seq desc`);
  return r.map((x) => {
    const vote = (typeof x.vote === 'string' ? JSON.parse(x.vote) : x.vote) as { decisionNo?: string } | null;
    return {
      id: String(x.id), amount: Number(x.amount), purpose: String(x.purpose), payeeName: String(x.payee_name), payeeOrganisationId: (x.payee_organisation_id as string) ?? null,
      status: String(x.status), approvedAt: new Date(x.approved_at as string).toISOString(), paidAt: x.paid_at ? new Date(x.paid_at as string).toISOString() : '',
      projectTitle: (x.title as string) ?? null, projectDescription: (x.description as string) ?? null, category: (x.category as string) ?? null,
      beneficiaries: x.beneficiaries == null ? null : Number(x.beneficiaries), decisionNo: vote?.decisionNo ?? null, vote,
    };
  });
}

/** Raised vs used per fund and month (Asia/Shanghai), for the dashboards. */
export async function monthlyFlows(db: Executor): Promise<{ fundId: string; month: string; raised: number; used: number }[]> {
  const r = await rows<Record<string, unknown>>(db, sql`
    select t.fund_id, to_char(t.occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month,
      sum(case when coalesce(o.kind, t.kind) in ('donation', 'appropriation') then (case when t.kind = 'reversal' then -t.amount else t.amount end) else 0 end) as raised,
      sum(case when t.kind = 'payment' then t.amount else 0 end) as used
    from ledger_transactions t left join ledger_transactions o on o.id = t.reverses_id group by 1, 2 order by 2, 1`);
  return r.map((x) => ({ fundId: String(x.fund_id), month: String(x.month), raised: Number(x.raised), used: Number(x.used) }));
}

/** Money paid out per need category (via the project), for the dashboards. */
export async function usedByCategory(db: Executor): Promise<{ category: string; used: number }[]> {
  const r = await rows<Record<string, unknown>>(db, sql`
    select coalesce(p.category, 'other') as category, sum(d.amount) as used from fund_disbursements d left join fund_projects p on p.id = d.project_id
    where d.status = 'paid' group by 1 order by 2 desc`);
  return r.map((x) => ({ category: String(x.category), used: Number(x.used) }));
}
