import type { Complaint, ProjectDetail, ProjectInput, ProjectListQuery, ProjectSummary } from '@wushe/common';
import { api, downloadFile, type PageOf } from '../../platform/api';

export interface EvaluationView {
  status: string; total: number; grade: string; missing: string[]; finalised: boolean; myParty: string | null; myScore: number | null; ratingUrl: string;
  parties: { party: string; count: number; mean: number | null; weight: number }[];
}
export interface PublicEvaluation { projectNumber: string; title: string; organisationName: string; regionName: string; total: number; grade: string; evaluatedOn: string; parties: EvaluationView['parties'] }
export interface PublicStanding { organisationName: string; list: 'red' | 'black'; reasonKind: string; reason: string; listedOn: string; validUntil: string }
export interface RatingInfo { title: string; organisationName: string; regionName: string; open: boolean }

export const projectKeys = {
  all: ['projects'] as const,
  list: (q: ProjectListQuery) => ['projects', 'list', q] as const,
  one: (id: string) => ['projects', 'one', id] as const,
  evaluation: (id: string) => ['projects', 'evaluation', id] as const,
  complaints: (id: string) => ['projects', 'complaints', id] as const,
};

const P = (id: string) => `/projects/${encodeURIComponent(id)}`;
export const listProjects = (query: ProjectListQuery) => api<PageOf<ProjectSummary>>('/projects', { query: query as Record<string, string | number | boolean | undefined> });
export const getProject = (id: string) => api<ProjectDetail>(P(id));
export const createProject = (input: ProjectInput) => api<ProjectDetail>('/projects', { method: 'POST', body: input });
export const transition = (id: string, action: string, reason?: string) => api<ProjectDetail>(`${P(id)}/transition`, { method: 'POST', body: reason ? { action, reason } : { action } });
export const uploadPhoto = (id: string, mime: string, dataBase64: string) => api<{ id: string }>(`${P(id)}/photos`, { method: 'POST', body: { mime, dataBase64 } });
export const photoUrl = (id: string, photoId: string) => `/api${P(id)}/photos/${photoId}`;
export const recordActivity = (id: string, body: object) => api(`${P(id)}/activities`, { method: 'POST', body });
export const recordSpending = (id: string, body: object) => api(`${P(id)}/spendings`, { method: 'POST', body });
export const submitMilestone = (id: string, mid: string, body: object) => api(`${P(id)}/milestones/${mid}/submit`, { method: 'POST', body });
export const reviewMilestone = (id: string, mid: string, body: object) => api(`${P(id)}/milestones/${mid}/review`, { method: 'POST', body });
export const createRectification = (id: string, body: object) => api(`${P(id)}/rectifications`, { method: 'POST', body });
export const answerRectification = (id: string, rid: string, answer: string) => api(`${P(id)}/rectifications/${rid}/answer`, { method: 'POST', body: { answer } });
export const reviewRectification = (id: string, rid: string, body: object) => api(`${P(id)}/rectifications/${rid}/review`, { method: 'POST', body });
export const listProjectComplaints = (id: string) => api<PageOf<Complaint>>(`${P(id)}/complaints`);
export const actOnComplaint = (cid: string, body: object) => api<Complaint>(`/projects/complaints/${cid}/act`, { method: 'POST', body });
export const getEvaluation = (id: string) => api<EvaluationView>(`${P(id)}/evaluation`);
export const scoreProject = (id: string, body: object) => api(`${P(id)}/evaluation/scores`, { method: 'POST', body });
export const qrSvgUrl = (id: string) => `/api${P(id)}/rating-qr.svg`;
export const qrPngUrl = (id: string) => `/api${P(id)}/rating-qr.png`;
export const downloadReport = (id: string, name: string) => downloadFile(`${P(id)}/report.pdf`, name);

export const ratingInfo = (token: string) => api<RatingInfo>(`/public/rating/${encodeURIComponent(token)}`);
export const requestCode = (token: string, phone: string) => api(`/public/rating/${encodeURIComponent(token)}/code`, { method: 'POST', body: { phone } });
export const submitRating = (token: string, body: object) => api(`/public/rating/${encodeURIComponent(token)}`, { method: 'POST', body });
export const fileComplaint = (token: string, content: string) => api<Complaint>(`/projects/rating/${encodeURIComponent(token)}/complaints`, { method: 'POST', body: { content } });
export const publicEvaluations = (page: number) => api<PageOf<PublicEvaluation>>('/public/evaluations', { query: { page, pageSize: 20 } });
export const publicStandings = (list: string | undefined, page: number) => api<PageOf<PublicStanding>>('/public/standings', { query: { list, page, pageSize: 20 } });

/** Reads a picked file as base64 (without the data: prefix) for the JSON upload. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).split(',')[1] ?? '');
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}
