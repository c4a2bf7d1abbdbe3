import type { Campaign, Disbursement, Donation, Fund, FundProject, LedgerTxn, PaymentMilestone } from '@wushe/common';
import type { AccountKind } from './ledger-rules.js';
import type { CampaignRow, DisbursementRow, DonationRow, FundRow, MilestoneRow, ProjectRow } from './funds.repository.js';
import type { LedgerTxnRow } from './ledger.repository.js';

type Balances = Record<AccountKind, number>;
const ZERO: Balances = { available: 0, held: 0, inflow: 0, outflow: 0 };

/** Figures from the four accounts: raised = money in from outside (−inflow), disbursed = money paid out (outflow). */
export function figures(b: Balances = ZERO) {
  return { balance: b.available + b.held, available: b.available, held: b.held, raised: -b.inflow, disbursed: b.outflow };
}

export function toFund(f: FundRow & { regionName: string }, b?: Balances): Fund {
  return {
    id: f.id, code: f.code, name: f.name, kind: f.kind as Fund['kind'], parentId: f.parentId, purpose: f.purpose, restriction: f.restriction,
    regionCode: f.regionCode, regionName: f.regionName, committee: f.committee, supervisor: f.supervisor, balances: figures(b),
  };
}

export function toProject(p: ProjectRow): FundProject {
  return {
    id: p.id, fundId: p.fundId, needId: p.needId, projectId: p.projectId, title: p.title, description: p.description, category: p.category,
    beneficiaries: p.beneficiaries, budgetFen: p.budget, status: p.status, vote: p.vote ?? null, version: p.version,
  };
}

export function toCampaign(c: CampaignRow & { raised: number; donations: number }): Campaign {
  return { id: c.id, projectId: c.projectId, fundId: c.fundId, title: c.title, targetFen: c.target, deadline: c.deadline, status: c.status, raisedFen: c.raised, donations: c.donations };
}

export function toDonation(d: DonationRow): Donation {
  return {
    id: d.id, fundId: d.fundId, campaignId: d.campaignId, amountFen: d.amount, channel: d.channel, channelRef: d.channelRef, donorName: d.donorName,
    isAnonymous: d.isAnonymous, message: d.message, receiptNo: d.receiptNo, receivedAt: d.receivedAt.toISOString(), refunded: d.refunded, txnId: d.txnId,
  };
}

export function toDisbursement(d: DisbursementRow): Disbursement {
  return {
    id: d.id, fundId: d.fundId, projectId: d.projectId, payeeName: d.payeeName, amountFen: d.amount, purpose: d.purpose, status: d.status,
    requestedBy: d.requestedBy, approvedBy: d.approvedBy, paidBy: d.paidBy, holdTxnId: d.holdTxnId, settleTxnId: d.settleTxnId, milestoneId: d.milestoneId,
    createdAt: d.createdAt.toISOString(), updatedAt: d.updatedAt.toISOString(),
  };
}

export function toTxn(t: LedgerTxnRow): LedgerTxn {
  return { id: t.id, seq: t.seq, kind: t.kind, fundId: t.fundId, counterFundId: t.counterFundId, amountFen: t.amount, memo: t.memo, reversesId: t.reversesId, occurredAt: t.occurredAt.toISOString() };
}

export function toMilestone(m: MilestoneRow): PaymentMilestone {
  return { id: m.id, contractRef: m.contractRef, fundId: m.fundId, seq: m.seq, milestone: m.milestone, payeeName: m.payeeName, amountFen: m.amount, dueOn: m.dueOn, status: m.status, disbursementId: m.disbursementId };
}
