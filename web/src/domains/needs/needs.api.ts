import type { Assessment, AssessmentInput, DecisionInput, Need, NeedDetail, NeedInput, NeedListQuery, NeedPage, NeedStatusCounts, SimilarNeed } from '@wushe/common';
import { api, downloadFile } from '../../platform/api';

export type NeedFilters = Omit<NeedListQuery, 'after' | 'pageSize'>;
const id = (s: string) => encodeURIComponent(s);

export const needKeys = {
  all: ['needs'] as const,
  list: (f: NeedFilters) => ['needs', 'list', f] as const,
  counts: (f: NeedFilters) => ['needs', 'counts', f] as const,
  one: (needId: string) => ['needs', 'one', needId] as const,
};

export const listNeeds = (query: NeedListQuery) => api<NeedPage>('/needs', { query: { ...query } });
export const needCounts = (f: NeedFilters) => api<NeedStatusCounts>('/needs/status-counts', { query: { regionCode: f.regionCode, category: f.category, source: f.source } });
export const getNeed = (needId: string) => api<NeedDetail>(`/needs/${id(needId)}`);
export const similarNeeds = (needId: string) => api<SimilarNeed[]>(`/needs/${id(needId)}/similar`);
export const createNeed = (input: NeedInput) => api<{ need: Need; similar: SimilarNeed[] }>('/needs', { method: 'POST', body: input });
/** Sends the file as the raw body; the server checks its real type from the first bytes. */
export const uploadAttachment = (needId: string, file: File) =>
  api<Need>(`/needs/${id(needId)}/attachments`, { method: 'POST', query: { name: file.name }, rawBody: file, contentType: 'application/octet-stream' });
export const attachmentUrl = (needId: string, attachmentId: string) => `/api/needs/${id(needId)}/attachments/${id(attachmentId)}`;
export const mergeNeed = (needId: string, intoId: string, version: number) => api<Need>(`/needs/${id(needId)}/merge`, { method: 'POST', body: { intoId, version } });
export const listAssessors = () => api<{ id: string; displayName: string; role: string }[]>('/needs/assessors');
export const assignAssessors = (needId: string, assessorIds: string[], version: number) => api<NeedDetail>(`/needs/${id(needId)}/assign`, { method: 'POST', body: { assessorIds, version } });
export const myAssessments = () => api<Assessment[]>('/needs/my-assessments');
export const submitAssessment = (needId: string, input: AssessmentInput) => api<NeedDetail>(`/needs/${id(needId)}/assessment`, { method: 'POST', body: input });
export const decideNeed = (needId: string, input: DecisionInput) => api<NeedDetail>(`/needs/${id(needId)}/decision`, { method: 'POST', body: input });
export const exportNeeds = (f: NeedFilters, fileName: string) => downloadFile('/needs/export.xlsx', fileName, { ...f });
