import { api } from '../../platform/api';

export interface PublicFundRow {
  id: string; code: string; name: string; kind: 'parent' | 'special' | 'community' | 'government'; parentId: string | null; regionCode: string; regionName: string; purpose: string;
  balance: number; available: number; held: number; raised: number; disbursed: number;
}
export interface PublicFundPage {
  fund: { id: string; code: string; name: string; kind: string; purpose: string; restriction: string; regionName: string; parentName: string | null; committee: { name: string; title: string }[]; supervisor: string | null };
  asOf: string; periodFrom: string;
  figures: { openingBalance: number; raised: number; appropriated: number; donations: number; donors: number; allocatedIn: number; allocatedOut: number; disbursed: number; held: number; balance: number; available: number };
  donations: { receiptNo: string; donor: string; amountFen: number; channel: string; receivedAt: string; message: string | null; refunded: boolean }[];
  expenditures: { id: string; amount: number; purpose: string; payeeName: string; status: string; approvedAt: string; paidAt: string; projectTitle: string | null; decisionNo: string | null }[];
  projects: { id: string; title: string; status: string; category: string; beneficiaries: number; budgetFen: number; decisionNo: string | null; raisedFen: number }[];
  campaigns: { id: string; title: string; targetFen: number; raisedFen: number; donations: number; deadline: string; status: string }[];
}
export interface Dashboard {
  asOf: string;
  byFund: { fundId: string; fundName: string; month: string; raised: number; used: number }[];
  byRegion: { region: string; regionName: string; month: string; raised: number; used: number }[];
  byCategory: { category: string; used: number }[];
}

export const fundKeys = { list: ['funds', 'public'] as const, one: (id: string) => ['funds', 'public', id] as const, dashboard: ['funds', 'dashboard'] as const };
export const listPublicFunds = () => api<{ asOf: string; items: PublicFundRow[] }>('/public/funds');
export const getPublicFund = (id: string) => api<PublicFundPage>(`/public/funds/${encodeURIComponent(id)}`);
export const getDashboard = () => api<Dashboard>('/public/funds/dashboard');
/** Plain links: the browser downloads these itself, no session needed. */
export const publicFileUrl = (id: string, file: string) => `/api/public/funds/${encodeURIComponent(id)}/${file}`;
