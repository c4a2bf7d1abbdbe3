import type { Campaign, CampaignInput, Disbursement, DisbursementInput, Donation, DonationInput, Fund, FundProject, FundProjectInput, LedgerCheckResult, LedgerTxn, LedgerTxnPage, NeedPage, PaymentMilestone, VoteInput } from '@wushe/common';
import { api, downloadFile } from '../../platform/api';

// The staff side of the funds: every list is already cut to the actor's data scope by the server.
const id = encodeURIComponent;
/** Every money command carries the key its user action was given, so a retry of that action cannot post twice. */
const money = <T>(path: string, key: string, body?: unknown) => api<T>(path, { method: 'POST', body: body ?? {}, headers: { 'Idempotency-Key': key } });

export const staffKeys = {
  list: ['funds', 'staff'] as const,
  one: (fundId: string) => ['funds', 'staff', fundId] as const,
  part: (fundId: string, part: string) => ['funds', 'staff', fundId, part] as const,
};
export const listFunds = () => api<Fund[]>('/funds');
export const getFund = (fundId: string) => api<Fund>(`/funds/${id(fundId)}`);
export const listProjects = (fundId: string) => api<FundProject[]>(`/funds/${id(fundId)}/projects`);
export const listCampaigns = (fundId: string) => api<Campaign[]>(`/funds/${id(fundId)}/campaigns`);
export const listDonations = (fundId: string) => api<Donation[]>(`/funds/${id(fundId)}/donations`);
export const listDisbursements = (fundId: string) => api<Disbursement[]>(`/funds/${id(fundId)}/disbursements`);
/** Needs in the actor's scope to turn into a fund project (居民点单). */
export const searchNeeds = (q: string) => api<NeedPage>('/needs', { query: { q, pageSize: 20 } });

export const proposeProject = (fundId: string, input: FundProjectInput) => api<FundProject>(`/funds/${id(fundId)}/projects`, { method: 'POST', body: input });
export const recordVote = (projectId: string, input: VoteInput) => api<FundProject>(`/funds/projects/${id(projectId)}/vote`, { method: 'POST', body: input });
export const openCampaign = (projectId: string, input: CampaignInput) => api<Campaign>(`/funds/projects/${id(projectId)}/campaigns`, { method: 'POST', body: input });

export const recordDonation = (key: string, input: DonationInput) => money<Donation>('/funds/donations', key, input);
export const downloadReceipt = (donationId: string) => downloadFile(`/funds/donations/${id(donationId)}/receipt.pdf`, 'receipt.pdf');
export const requestDisbursement = (key: string, input: DisbursementInput) => money<Disbursement>('/funds/disbursements', key, input);
export type DisbursementStep = 'approve' | 'reject' | 'pay' | 'cancel';
export const moveDisbursement = (key: string, disbursementId: string, step: DisbursementStep) => money<Disbursement>(`/funds/disbursements/${id(disbursementId)}/${step}`, key);
export const allocate = (key: string, input: { fromFundId: string; toFundId: string; amountFen: number; memo: string }) => money<LedgerTxn>('/funds/allocations', key, input);
export const reverseTxn = (key: string, txnId: string, reason: string) => money<LedgerTxn>(`/funds/transactions/${id(txnId)}/reverse`, key, { reason });

export const listTransactions = (fundId: string, page: number, pageSize: number) => api<LedgerTxnPage>(`/funds/${id(fundId)}/transactions`, { query: { page, pageSize } });
export const checkLedger = () => api<LedgerCheckResult>('/funds/ledger/check');
export const closeCampaign = (campaignId: string) => api<Campaign>(`/funds/campaigns/${id(campaignId)}/close`, { method: 'POST', body: {} });
export const moveProject = (projectId: string, status: 'in_progress' | 'completed' | 'cancelled') => api<FundProject>(`/funds/projects/${id(projectId)}/status`, { method: 'POST', body: { status } });
export const listSchedule = (fundId: string) => api<PaymentMilestone[]>(`/funds/${id(fundId)}/schedule`);
export const requestMilestone = (key: string, milestoneId: string) => money<Disbursement>(`/funds/milestones/${id(milestoneId)}/request`, key);
