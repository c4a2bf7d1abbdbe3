import type { AuditEntry, AuditListQuery } from '@wushe/common';
import { api, type PageOf } from '../../platform/api';

/** The two journals: operations (who changed what) and logins (who signed in from where). */
export type AuditKind = 'operations' | 'logins';

export const auditKeys = {
  list: (kind: AuditKind, query: AuditListQuery) => ['audit', kind, query] as const,
};

export const listAudit = (kind: AuditKind, query: AuditListQuery) => api<PageOf<AuditEntry>>(`/audit/${kind}`, { query });
