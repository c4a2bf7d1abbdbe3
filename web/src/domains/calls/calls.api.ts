import type { Bid, BidInput, Call, CallDetail, CallInput, CallListQuery } from '@wushe/common';
import { api, type PageOf } from '../../platform/api';

export const callKeys = {
  all: ['calls'] as const,
  list: (q: CallListQuery) => ['calls', 'list', q] as const,
  one: (id: string) => ['calls', 'one', id] as const,
  bids: (id: string) => ['calls', 'bids', id] as const,
  scores: (id: string) => ['calls', 'scores', id] as const,
  pub: (q: unknown) => ['public-calls', q] as const,
};

const c = (id: string) => `/calls/${encodeURIComponent(id)}`;
export interface ScoreRow { bidId: string; organisationName: string; status: string; panellists: number; conflicts: number; weightedMean: number | null; zMean: number | null; rankWeighted: number | null; rankZ: number | null }
export interface ScoreBoard { criteria: { key: string; name: string; weight: number }[]; bids: ScoreRow[]; reviewsMissing: number }
export interface NeedCandidate { id: string; number: string; title: string; category: string; regionCode: string; requestCount: number }
export interface PanelCandidate { username: string; displayName: string; role: string }

export const listCalls = (q: CallListQuery) => api<PageOf<Call>>('/calls', { query: { ...q } });
export const getCall = (id: string) => api<CallDetail>(c(id));
export const createCall = (input: CallInput) => api<CallDetail>('/calls', { method: 'POST', body: input });
export const moveCall = (id: string, action: 'publish' | 'close' | 'start-evaluation' | 'finalise') => api<CallDetail>(`${c(id)}/${action}`, { method: 'POST' });
export const cancelCall = (id: string, reason: string) => api<CallDetail>(`${c(id)}/cancel`, { method: 'POST', body: { reason } });
export const needCandidates = () => api<NeedCandidate[]>('/calls/need-candidates');
export const panelCandidates = () => api<PanelCandidate[]>('/calls/panel-candidates');
export const setPanel = (id: string, members: { username: string; kind: string }[]) => api<CallDetail>(`${c(id)}/panel`, { method: 'POST', body: { members } });
export const recordRoadshow = (id: string, body: { heldAt: string; place: string; notes: string }) => api<CallDetail>(`${c(id)}/roadshow`, { method: 'POST', body });
export const awardBid = (id: string, bidId: string, reason: string) => api<CallDetail>(`${c(id)}/award`, { method: 'POST', body: { bidId, reason } });
export const answerObjection = (id: string, objectionId: string, upheld: boolean, answer: string) =>
  api<CallDetail>(`${c(id)}/objections/${encodeURIComponent(objectionId)}/answer`, { method: 'POST', body: { upheld, answer } });
export const getScores = (id: string) => api<ScoreBoard>(`${c(id)}/scores`);

export const listBids = (id: string) => api<Bid[]>(`${c(id)}/bids`);
export const createBid = (id: string, input: BidInput) => api<Bid>(`${c(id)}/bids`, { method: 'POST', body: input });
export const updateBid = (id: string, bidId: string, input: BidInput & { version: number }) => api<Bid>(`${c(id)}/bids/${encodeURIComponent(bidId)}`, { method: 'PATCH', body: input });
export const bidAction = (id: string, bidId: string, action: 'submit' | 'withdraw' | 'confirm') => api<Bid>(`${c(id)}/bids/${encodeURIComponent(bidId)}/${action}`, { method: 'POST' });
export const reviewBid = (id: string, bidId: string, body: { conflict: boolean; conflictReason?: string; scores?: Record<string, number>; comment?: string }) =>
  api<{ ok: true }>(`${c(id)}/bids/${encodeURIComponent(bidId)}/review`, { method: 'POST', body });

export interface PublicCall { id: string; number: string; title: string; serviceContent: string; regionName: string | null; budgetFen: number; fundingSource: string; deadline: string; status: string; publishedAt: string | null; criteria: { key: string; name: string; weight: number }[]; eligibility: CallInput['eligibility']; maxConcurrentAwards: number; noticeDays: number; documents: { name: string; url: string }[] }
export interface PublicCallDetail extends PublicCall {
  events: { at: string; kind: string; summary: string }[];
  awards: { id: string; organisationName: string; status: string; amountFen: number; noticeEndsAt: string; objectionsOpen: boolean }[];
  scores: { organisationName: string; weightedMean: number | null; zMean: number | null }[];
  objections: { filedAt: string; text: string; status: string; answer: string | null }[];
}
export const listPublicCalls = (page: number) => api<PageOf<PublicCall>>('/public/calls', { query: { page, pageSize: 20 } });
export const getPublicCall = (id: string) => api<PublicCallDetail>(`/public/calls/${encodeURIComponent(id)}`);
export const fileObjection = (id: string, body: { awardId: string; text: string; contact?: string }) => api<{ ok: true }>(`/public/calls/${encodeURIComponent(id)}/objections`, { method: 'POST', body });
