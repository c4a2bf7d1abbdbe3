import type { ImportResult, Organisation, OrganisationInput, OrganisationListQuery, OrganisationPatch } from '@wushe/common';
import { api, downloadFile, type PageOf } from '../../platform/api';

export type OrgFilters = Omit<OrganisationListQuery, 'page' | 'pageSize'>;
export type ImportMode = 'preview' | 'all' | 'validOnly';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const orgKeys = {
  all: ['organisations'] as const,
  list: (query: OrganisationListQuery) => ['organisations', 'list', query] as const,
  one: (id: string) => ['organisations', 'one', id] as const,
};

export const listOrganisations = (query: OrganisationListQuery) => api<PageOf<Organisation>>('/organisations', { query });
export const getOrganisation = (id: string) => api<Organisation>(`/organisations/${encodeURIComponent(id)}`);
/** The unmasked phone; the server checks pii:view and writes an audit entry for every call. */
export const revealPhone = (id: string) => api<{ value: string | null }>(`/organisations/${encodeURIComponent(id)}/pii/phone`);
export const createOrganisation = (input: OrganisationInput) => api<Organisation>('/organisations', { method: 'POST', body: input });
/** `version` is the one the user started editing from; a newer one on the server answers 409 CONFLICT. */
export const updateOrganisation = (id: string, patch: OrganisationPatch & { version: number }) =>
  api<Organisation>(`/organisations/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
export const deactivateOrganisation = (id: string) =>
  api<Organisation>(`/organisations/${encodeURIComponent(id)}/deactivate`, { method: 'POST' });

/** Downloads the list with the filters on screen (no paging: the server exports everything in scope). */
export const exportOrganisations = (filters: OrgFilters, fileName: string) =>
  downloadFile('/organisations/export.xlsx', fileName, { ...filters });
export const downloadImportTemplate = (fileName: string) => downloadFile('/organisations/import/template.xlsx', fileName);

/** Sends the workbook as the raw body; `preview` checks every row and writes nothing. */
export const importOrganisations = (file: Blob, mode: ImportMode, updateExisting: boolean) =>
  api<ImportResult>('/organisations/import', { method: 'POST', query: { mode, updateExisting }, rawBody: file, contentType: XLSX });
