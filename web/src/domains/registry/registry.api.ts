import type {
  RegistryAssignee, RegistryBulkTaskInput, RegistryBulkTaskReport, RegistryEntity, RegistryEntityDetail, RegistryEntityPatch, RegistryImportInput,
  RegistryImportPreview, RegistryImportReport, RegistryListQuery, RegistryReviewItem, RegistrySettings, RegistrySettingsInput, RegistryTask,
  RegistryTaskInput, RegistryTaskResult,
} from '@wushe/common';
import { api, type PageOf } from '../../platform/api';

export const registryKeys = {
  all: ['registry'] as const,
  list: (q: RegistryListQuery) => ['registry', 'list', q] as const,
  one: (id: string) => ['registry', 'one', id] as const,
  review: (page: number) => ['registry', 'review', page] as const,
  tasks: ['registry', 'tasks'] as const,
  assignees: (regionCode?: string) => ['registry', 'assignees', regionCode ?? ''] as const,
  settings: (cityCode: string) => ['registry', 'settings', cityCode] as const,
};

export const listEntities = (query: RegistryListQuery) => api<PageOf<RegistryEntity>>('/registry/entities', { query });
export const getEntity = (id: string) => api<RegistryEntityDetail>(`/registry/entities/${encodeURIComponent(id)}`);
export const listReview = (page: number) => api<PageOf<RegistryReviewItem>>('/registry/review', { query: { page, pageSize: 20 } });
export const decideReview = (id: string, decision: 'confirm' | 'reject') =>
  api<{ entityId: string; reviewQueue: number }>(`/registry/review/${encodeURIComponent(id)}`, { method: 'POST', body: { decision } });
export const previewImport = (input: RegistryImportInput) => api<RegistryImportPreview>('/registry/imports/preview', { method: 'POST', body: input });
export const commitImport = (input: RegistryImportInput) => api<RegistryImportReport>('/registry/imports', { method: 'POST', body: input });
export const myTasks = () => api<RegistryTask[]>('/registry/tasks', { query: { mine: true } });
export const recordTask = (id: string, result: RegistryTaskResult) =>
  api<RegistryTask>(`/registry/tasks/${encodeURIComponent(id)}/result`, { method: 'POST', body: result });

export const patchEntity = (id: string, body: RegistryEntityPatch) =>
  api<RegistryEntityDetail>(`/registry/entities/${encodeURIComponent(id)}`, { method: 'PATCH', body });
export const splitEntity = (id: string, sourceRowIds: string[], version: number) =>
  api<{ entityId: string; newEntityId: string }>(`/registry/entities/${encodeURIComponent(id)}/split`, { method: 'POST', body: { sourceRowIds, version } });
export const createTask = (input: RegistryTaskInput) => api<RegistryTask>('/registry/tasks', { method: 'POST', body: input });
export const createTasks = (input: RegistryBulkTaskInput) => api<RegistryBulkTaskReport>('/registry/tasks/bulk', { method: 'POST', body: input });
export const listAssignees = (regionCode?: string) => api<RegistryAssignee[]>('/registry/assignees', { query: regionCode ? { regionCode } : {} });
export const getSettings = (cityCode: string) => api<RegistrySettings>(`/registry/settings/${encodeURIComponent(cityCode)}`);
export const saveSettings = (cityCode: string, input: RegistrySettingsInput) =>
  api<RegistrySettings>(`/registry/settings/${encodeURIComponent(cityCode)}`, { method: 'PUT', body: input });

/** A file as base64 (the API takes department files as JSON so the mapping can travel with them). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
