import { AppError, SERVICE_DOMAIN_ZH, type ServiceDomain } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import { findRegions } from '../regions/index.js';
import * as d from './disclosure.repository.js';
import { publicDonorName } from './fund-rules.js';
import { figures } from './funds-mapper.js';
import * as repo from './funds.repository.js';
import { balancesOf } from './ledger.repository.js';

/** Disclosure reads run in one read-only snapshot: every figure on a page is exact at the same instant. */
function snapshot<T>(deps: AppDeps, fn: (tx: Executor) => Promise<T>): Promise<T> {
  return deps.db.transaction(fn, { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

/** Start of the disclosure year in Asia/Shanghai (UTC+8, no daylight saving). */
export function yearStart(now: Date): Date {
  const local = new Date(now.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), 0, 1) - 8 * 3600_000);
}

export async function publicFunds(deps: AppDeps) {
  return snapshot(deps, async (tx) => {
    const all = await repo.listAllFunds(tx);
    const b = await balancesOf(tx, all.map((f) => f.id));
    return {
      asOf: deps.clock.now().toISOString(),
      items: all.map((f) => ({ id: f.id, code: f.code, name: f.name, kind: f.kind, parentId: f.parentId, regionCode: f.regionCode, regionName: f.regionName, purpose: f.purpose, ...figures(b.get(f.id)) })),
    };
  });
}

/** Everything 慈善法 信息公开 asks of one fund, read in one snapshot. */
export async function publicFund(deps: AppDeps, id: string) {
  return snapshot(deps, async (tx) => {
    const f = await repo.findFund(tx, null, id);
    if (!f) throw new AppError('NOT_FOUND');
    const asOf = deps.clock.now();
    const from = yearStart(asOf);
    const b = figures((await balancesOf(tx, [id])).get(id));
    const moves = await d.periodMovements(tx, id, from, asOf);
    const sum = (pred: (m: { kind: string; direction: string }) => boolean) => moves.filter(pred).reduce((s, m) => s + m.net, 0);
    const stats = await d.donationStats(tx, id, from, asOf);
    const parent = f.parentId ? await repo.findFund(tx, null, f.parentId) : undefined;
    const projects = await repo.listProjects(tx, null, id);
    const campaigns = await repo.listCampaigns(tx, id);
    return {
      fund: { id: f.id, code: f.code, name: f.name, kind: f.kind, purpose: f.purpose, restriction: f.restriction, regionName: f.regionName, parentName: parent?.name ?? null, committee: f.committee, supervisor: f.supervisor },
      asOf: asOf.toISOString(), periodFrom: from.toISOString(),
      figures: {
        openingBalance: await d.balanceBefore(tx, id, from),
        raised: sum((m) => m.kind === 'donation'), appropriated: sum((m) => m.kind === 'appropriation'), donations: stats.count, donors: stats.donors,
        allocatedIn: sum((m) => m.kind === 'allocation' && m.direction === 'in'), allocatedOut: sum((m) => m.kind === 'allocation' && m.direction === 'out'),
        disbursed: sum((m) => m.kind === 'payment'), held: b.held, balance: b.balance, available: b.available,
      },
      donations: (await repo.listDonations(tx, id, 200)).map((x) => ({
        receiptNo: x.receiptNo, donor: publicDonorName(x.donorName, x.isAnonymous), amountFen: x.amount, channel: x.channel, receivedAt: x.receivedAt.toISOString(), message: x.message, refunded: x.refunded,
      })),
      expenditures: await d.expenditures(tx, id),
      projects: projects.map((p) => ({
        id: p.id, title: p.title, status: p.status, category: p.category, beneficiaries: p.beneficiaries, budgetFen: p.budget, decisionNo: p.vote?.decisionNo ?? null, vote: p.vote,
        raisedFen: campaigns.filter((c) => c.projectId === p.id).reduce((s, c) => s + c.raised, 0),
      })),
      campaigns: campaigns.map((c) => ({ id: c.id, projectId: c.projectId, title: c.title, targetFen: c.target, raisedFen: c.raised, donations: c.donations, deadline: c.deadline, status: c.status })),
    };
  });
}

const csvCell = (v: unknown) => {
  const s = v == null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const yuan = (fen: number) => `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;

/** The fund's entries as CSV (UTF-8 with BOM so Excel shows Chinese); amounts in fen and in yuan. */
export async function ledgerCsv(deps: AppDeps, id: string): Promise<{ csv: string; filename: string }> {
  const f = await repo.findFund(deps.db, null, id);
  if (!f) throw new AppError('NOT_FOUND');
  const lines = await d.fundEntries(deps.db, id);
  const head = ['seq', 'occurred_at', 'transaction_id', 'kind', 'account', 'debit_fen', 'credit_fen', 'amount_yuan', 'memo', 'reverses_seq'];
  const body = lines.map((l) => [l.seq, l.occurredAt, l.txnId, l.kind, l.account, l.direction === 'D' ? l.amount : '', l.direction === 'C' ? l.amount : '', yuan(l.amount), l.memo, l.reversesSeq ?? ''].map(csvCell).join(','));
  return { csv: `\uFEFF${[head.join(','), ...body].join('\r\n')}\r\n`, filename: `${f.code}-ledger.csv` };
}

const PREFIX = '360G-wushe';

/** The fund's grants (approved and paid disbursements) as a 360Giving JSON package; amounts in yuan (CNY). */
export async function giving360(deps: AppDeps, id: string) {
  return snapshot(deps, async (tx) => {
    const f = await repo.findFund(tx, null, id);
    if (!f) throw new AppError('NOT_FOUND');
    const grants = (await d.expenditures(tx, id)).map((g) => ({
      id: `${PREFIX}-${g.id}`,
      title: g.projectTitle ?? g.purpose,
      description: g.projectDescription ? `${g.projectDescription}（${g.purpose}）` : g.purpose,
      currency: 'CNY',
      amountAwarded: g.amount / 100,
      ...(g.status === 'paid' ? { amountDisbursed: g.amount / 100 } : {}),
      awardDate: g.approvedAt,
      recipientOrganization: [{ id: `${PREFIX}-org-${g.payeeOrganisationId ?? Buffer.from(g.payeeName).toString('hex').slice(0, 32)}`, name: g.payeeName }],
      fundingOrganization: [{ id: `${PREFIX}-fund-${f.code}`, name: f.name }],
      beneficiaryLocation: [{ name: f.regionName, countryCode: 'CN', geoCode: f.regionCode, geoCodeType: 'CN-NBS' }],
      ...(g.category ? { classifications: [{ vocabulary: 'wushe-service-domain', code: g.category, title: SERVICE_DOMAIN_ZH[g.category as ServiceDomain] ?? g.category }] } : {}),
      ...(g.paidAt ? { disbursementTransaction: [{ id: `${PREFIX}-pay-${g.id}`, transactionDate: g.paidAt, currency: 'CNY', value: g.amount / 100 }] } : {}),
      dateModified: (g.paidAt || g.approvedAt),
    }));
    return { grants };
  });
}

/** Raised vs used per fund and per region by month, and the share of spending per need category. */
export async function dashboard(deps: AppDeps) {
  return snapshot(deps, async (tx) => {
    const all = await repo.listAllFunds(tx);
    const byId = new Map(all.map((f) => [f.id, f]));
    const flows = await d.monthlyFlows(tx);
    const regionOf = (fundId: string) => byId.get(fundId)?.regionPath.split('/').filter(Boolean)[2] ?? '';
    const regionNames = new Map((await findRegions(tx, [...new Set(all.map((f) => regionOf(f.id)))])).map((r) => [r.code, r.name]));
    const perRegion = new Map<string, { region: string; month: string; raised: number; used: number }>();
    for (const x of flows) {
      const key = `${regionOf(x.fundId)}|${x.month}`;
      const e = perRegion.get(key) ?? { region: regionOf(x.fundId), month: x.month, raised: 0, used: 0 };
      e.raised += x.raised; e.used += x.used;
      perRegion.set(key, e);
    }
    return {
      asOf: deps.clock.now().toISOString(),
      byFund: flows.map((x) => ({ ...x, fundName: byId.get(x.fundId)?.name ?? '' })),
      byRegion: [...perRegion.values()].map((r) => ({ ...r, regionName: regionNames.get(r.region) ?? '市本级' })),
      byCategory: await d.usedByCategory(tx),
    };
  });
}
