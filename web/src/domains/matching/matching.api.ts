import type { CandidateList, Fair, FairConfirmInput, FairInput, FairResult, Invitation, InvitationResponse, RankingWeights } from '@wushe/common';
import { api } from '../../platform/api';

export type FairSummary = { id: string; title: string; createdAt: string; needs: number; matched: number; organisations: number };
/** The accepted needs a fair may take (from the needs list); only the fields the fair page shows. */
export type FairNeed = { id: string; title: string; category: string; regionName?: string | null };
export type FairOrganisation = { id: string; name: string; serviceDomains: string[]; operatingRegionName?: string | null; grade?: string | null };

export const matchingKeys = {
  candidates: (needId: string) => ['matching', 'candidates', needId] as const,
  weights: (city: string) => ['matching', 'weights', city] as const,
  fairs: ['matching', 'fairs'] as const,
  invitations: ['matching', 'invitations'] as const,
};

export const getCandidates = (needId: string) => api<CandidateList>(`/matching/needs/${encodeURIComponent(needId)}/candidates`);
export const getWeights = (cityCode: string) => api<RankingWeights>(`/matching/weights/${cityCode}`);
export const saveWeights = (cityCode: string, w: RankingWeights) => api<RankingWeights>(`/matching/weights/${cityCode}`, { method: 'PUT', body: w });
export const previewFair = (input: FairInput) => api<FairResult>('/matching/fairs/preview', { method: 'POST', body: input });
export const confirmFair = (input: FairConfirmInput) => api<Fair>('/matching/fairs', { method: 'POST', body: input });
export const listFairs = () => api<FairSummary[]>('/matching/fairs');
export const getFair = (id: string) => api<Fair>(`/matching/fairs/${encodeURIComponent(id)}`);

export const listInvitations = () => api<Invitation[]>('/matching/invitations');
export const respondToInvitation = (id: string, action: 'accept' | 'decline', body: InvitationResponse) =>
  api<Invitation>(`/matching/invitations/${encodeURIComponent(id)}/${action}`, { method: 'POST', body });

/** Accepted needs in scope, newest first (the needs list's own endpoint). */
export const listAcceptedNeeds = () => api<{ items: FairNeed[] }>('/needs', { query: { status: 'accepted', pageSize: 200 } }).then((p) => p.items);
/** Active organisations in scope working in a domain (the register's endpoint). */
export const listDomainOrganisations = (domain: string | undefined) =>
  api<{ items: FairOrganisation[] }>('/organisations', { query: { status: 'active', domain, pageSize: 200 } }).then((p) => p.items);
