import { formatFen, newId } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Tx } from '../../platform/db/client.js';
import { findRegions } from '../regions/index.js';
import { decideVote, publicDonorName, receiptNumber } from './fund-rules.js';
import { COMMITTEE_TITLES, DONORS, GOVERNMENT, PARENT, personName, PROJECT_IDEAS, SPECIALS } from './demo-network.js';
import * as repo from './funds.repository.js';
import { legsFor, reversalLegs } from './ledger-rules.js';
import { loadLedgerBulk } from './ledger.repository.js';
import { SeedLedger } from './seed-ledger.js';

interface Rnd { int(min: number, max: number): number; chance(p: number): boolean; pick<T>(xs: readonly T[]): T }
const DAY = 24 * 3600_000;
/** A fixed demo contract reference, so the payment schedule can be found from docs and tests. */
export const DEMO_CONTRACT_REF = '01900000-0000-7000-8000-00000000c001';
type Insert<F extends (db: Tx, rows: never[]) => unknown> = Parameters<F>[1][number];

/**
 * The Ordos 1+9+27 network with a year of true demo money: donations (some anonymous), appropriations, allocations,
 * committee-approved projects with campaigns, holds, payments, one refund by reversal, a government contract schedule.
 * Built in memory by the ledger's own rules (SeedLedger) and loaded in bulk, so every test database stays quick to make.
 */
export async function seedFundNetwork(tx: Tx, deps: AppDeps, rnd: Rnd, communityCodes: string[]): Promise<{ funds: number; transactions: number }> {
  const now = deps.clock.now().getTime();
  const year = new Date(now).getUTCFullYear();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY);
  const regions = new Map((await findRegions(tx, [PARENT.regionCode, ...GOVERNMENT.map((g) => g.regionCode), ...communityCodes])).map((r) => [r.code, r]));
  const users = await repo.userIdsByName(tx, ['community', 'street']);
  const worker = users.get('community')!;
  const approver = users.get('street')!;
  const L = new SeedLedger();
  const fundRows: Insert<typeof repo.insertFunds>[] = [];
  const donations: Insert<typeof repo.insertDonations>[] = [];
  const projects: Insert<typeof repo.insertProjects>[] = [];
  const campaigns: Insert<typeof repo.insertCampaigns>[] = [];
  const disbursements: Insert<typeof repo.insertDisbursements>[] = [];

  const fund = (f: Omit<Insert<typeof repo.insertFunds>, 'id' | 'receiptSeq' | 'regionPath'>) => {
    const id = newId((f.createdAt as Date).getTime());
    fundRows.push({ ...f, id, regionPath: regions.get(f.regionCode)!.path, receiptSeq: 0 });
    L.open(id);
    return id;
  };
  const post = (kind: 'allocation' | 'appropriation' | 'hold' | 'payment', fundId: string, amount: number, memo: string, when: Date, counter?: string, refId?: string) =>
    L.post({ kind, fundId, counterFundId: counter ?? null, amount, memo, refType: refId ? 'disbursement' : null, refId: refId ?? null, createdBy: approver, occurredAt: when }, legsFor(kind, fundId, amount, counter));
  const donate = (fundId: string, amount: number, donorName: string | null, when: Date, campaignId: string | null = null) => {
    const txnId = L.post({ kind: 'donation', fundId, amount, memo: `捐赠 ${formatFen(amount)}（${publicDonorName(donorName, donorName === null)}）`, refType: 'donation', createdBy: null, occurredAt: when }, legsFor('donation', fundId, amount));
    donations.push({
      id: newId(when.getTime()), fundId, campaignId, amount, channel: rnd.pick(['wechat', 'alipay', 'bank_transfer'] as const), channelRef: `DEMO${when.getTime()}${donations.length}`,
      donorName, isAnonymous: donorName === null, message: rnd.chance(0.3) ? '为社区尽一份力' : null, receiptNo: '', txnId, refunded: false, recordedBy: null, receivedAt: when,
    });
    return txnId;
  };
  const disburse = (fundId: string, regionPath: string, d: { projectId: string | null; payee: string; amount: number; purpose: string; status: 'requested' | 'approved' | 'paid'; day: number; milestoneId?: string }) => {
    const id = newId(at(d.day).getTime());
    const hold = d.status === 'requested' ? null : post('hold', fundId, d.amount, `审批冻结：${d.purpose}`, at(d.day - 5), undefined, id);
    const pay = d.status === 'paid' ? post('payment', fundId, d.amount, `支付：${d.purpose}（${d.payee}）`, at(d.day - 10), undefined, id) : null;
    disbursements.push({
      id, fundId, projectId: d.projectId, payeeName: d.payee, payeeOrganisationId: null, amount: d.amount, purpose: d.purpose, status: d.status, milestoneId: d.milestoneId ?? null, requestedBy: worker,
      approvedBy: hold ? approver : null, paidBy: pay ? approver : null, holdTxnId: hold, settleTxnId: pay, regionPath, version: 1, createdAt: at(d.day), updatedAt: at(d.day - 10),
    });
    return id;
  };

  const city = regions.get(PARENT.regionCode)!;
  const parentId = fund({ ...PARENT, kind: 'parent', parentId: null, committee: [0, 1, 2, 3, 4, 5, 6].map((i) => ({ name: personName(i), title: COMMITTEE_TITLES[i]! })), supervisor: personName(40), createdAt: at(360) });
  const specialIds = SPECIALS.map((s, i) => fund({ code: `TJ-S${String(i + 1).padStart(2, '0')}`, name: s.name, kind: 'special', parentId, purpose: s.purpose, restriction: `限定用于${s.purpose}`, regionCode: city.code, committee: [], supervisor: personName(41 + i), createdAt: at(360) }));
  const communityIds = communityCodes.map((code, i) => {
    const short = regions.get(code)!.name.replace(/(居民委员会|居委会)$/, '');
    return fund({
      code: `TJ-C${String(i + 1).padStart(2, '0')}`, name: `${short}基金`, kind: 'community', parentId, purpose: `${short}居民点单的社区公益项目`, restriction: `限定用于${short}辖区`, regionCode: code,
      committee: Array.from({ length: 5 + (i % 3) }, (_, k) => ({ name: personName(100 + i * 7 + k), title: COMMITTEE_TITLES[k]! })), supervisor: personName(300 + i), createdAt: at(350),
    });
  });
  const govIds = GOVERNMENT.map((g) => {
    const id = fund({ code: g.code, name: g.name, kind: 'government', parentId: null, purpose: g.purpose, restriction: g.restriction, regionCode: g.regionCode, committee: [], supervisor: null, budgetLine: g.budgetLine, createdAt: at(340) });
    post('appropriation', id, g.appropriation, `拨款入账：${year}年度预算`, at(330));
    return id;
  });
  DONORS.forEach((donor, i) => donate(parentId, rnd.int(50, 100) * 10_000_00, donor, at(320 - i * 9)));
  specialIds.forEach((id, i) => post('allocation', parentId, rnd.int(5, 15) * 10_000_00, `划拨至${SPECIALS[i]!.name}`, at(270 - i), id));
  communityIds.forEach((id, i) => post('allocation', parentId, rnd.int(2, 5) * 10_000_00, '年度社区基金配捐', at(260 - i), id));
  // Residents give to their own community's fund through the year; about one in four chooses anonymity.
  communityIds.forEach((id, i) => {
    for (let k = 0, n = rnd.int(3, 6); k < n; k++) donate(id, rnd.int(1, 40) * 50_00, rnd.chance(0.25) ? null : personName(500 + i * 11 + k), at(240 - k * 25 - (i % 9)));
  });
  // 居民点单—管委会立项—社会筹款—精准落地 in the first twelve communities.
  communityIds.slice(0, 12).forEach((fundId, i) => {
    const f = fundRows.find((r) => r.id === fundId)!;
    const idea = PROJECT_IDEAS[i % PROJECT_IDEAS.length]!;
    const members = f.committee!.map((m) => m.name);
    const present = members.slice(0, Math.max(4, members.length - 1));
    const outcome = decideVote({ committee: members, present, for: present.length - 1, against: 1, abstain: 0 });
    const projectId = newId(at(200 - i).getTime());
    projects.push({
      id: projectId, fundId, needId: null, projectId: null, title: `${idea.title}（${f.name.replace(/基金$/, '')}）`, description: idea.description, category: idea.category, beneficiaries: idea.beneficiaries,
      budget: idea.budget, status: i < 8 ? 'in_progress' : 'fundraising', regionPath: f.regionPath, createdBy: worker, createdAt: at(200 - i),
      vote: { present, for: present.length - 1, against: 1, abstain: 0, quorum: outcome.quorum, passed: outcome.passed, decisionNo: `${f.code}-${year}-01`, decidedOn: at(198 - i).toISOString().slice(0, 10) },
    });
    const campaignId = newId(at(190 - i).getTime());
    campaigns.push({ id: campaignId, projectId, fundId, title: `为「${idea.title}」筹款`, target: Math.round(idea.budget / 2), deadline: at(-60 - i).toISOString().slice(0, 10), status: 'open', createdAt: at(190 - i) });
    for (let k = 0; k < 4; k++) donate(fundId, rnd.int(2, 20) * 100_00, k === 3 ? null : personName(900 + i * 5 + k), at(180 - i - k * 20), campaignId);
    if (i < 8) {
      disburse(fundId, f.regionPath, { projectId, payee: i % 2 ? '伊金霍洛旗阳光社会工作服务中心' : '东胜区春晖养老服务中心', amount: Math.round(idea.budget / 4), purpose: `${idea.title}首期款`, status: i === 0 ? 'requested' : i === 1 ? 'approved' : 'paid', day: 120 - i });
    }
  });
  // One refund: a resident's gift to the first community fund returned at their request (a reversal, never an edit).
  const refund = donations.find((d) => d.fundId === communityIds[0] && !d.campaignId)!;
  L.post({ kind: 'reversal', fundId: refund.fundId, amount: refund.amount, memo: '冲正：捐赠人申请退款（重复转账）', reversesId: refund.txnId, createdBy: approver, occurredAt: at(30) }, reversalLegs(L.legsOf(refund.txnId)));
  refund.refunded = true;
  // A government-purchase contract paid by milestones, the first one paid.
  const gov = fundRows.find((r) => r.id === govIds[0])!;
  const milestones = [['签约启动，服务方案通过评审', 80_000_00], ['中期评估合格', 120_000_00], ['结项评估合格', 80_000_00]] as const;
  const milestoneRows = milestones.map(([milestone, amount], k) => {
    const id = newId(at(150 - k).getTime());
    const disbursementId = k === 0 ? disburse(gov.id!, gov.regionPath, { projectId: null, payee: '伊金霍洛旗阳光社会工作服务中心', amount, purpose: `合同第1期：${milestone}`, status: 'paid', day: 140, milestoneId: id }) : null;
    return { id, contractRef: DEMO_CONTRACT_REF, fundId: gov.id!, seq: k + 1, milestone, payeeName: '伊金霍洛旗阳光社会工作服务中心', payeeOrganisationId: null, amount, dueOn: at(140 - k * 90).toISOString().slice(0, 10), status: k === 0 ? 'paid' : 'scheduled', disbursementId, regionPath: gov.regionPath, createdAt: at(150) };
  });

  // Receipt numbers in the order gifts arrived, per fund; the fund keeps its last serial.
  donations.sort((a, b) => (a.receivedAt as Date).getTime() - (b.receivedAt as Date).getTime());
  const serial = new Map<string, number>();
  for (const d of donations) {
    const n = (serial.get(d.fundId) ?? 0) + 1;
    serial.set(d.fundId, n);
    d.receiptNo = receiptNumber(fundRows.find((f) => f.id === d.fundId)!.code, (d.receivedAt as Date).getUTCFullYear(), n);
  }
  for (const f of fundRows) f.receiptSeq = serial.get(f.id!) ?? 0;
  await repo.insertFunds(tx, fundRows);
  await loadLedgerBulk(tx, L.accounts, [...L.txns].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime()), L.entries);
  await repo.insertProjects(tx, projects);
  await repo.insertCampaigns(tx, campaigns);
  await repo.insertDonations(tx, donations);
  await repo.insertDisbursements(tx, disbursements);
  await repo.insertMilestones(tx, milestoneRows);
  return { funds: fundRows.length, transactions: L.txns.length };
}
