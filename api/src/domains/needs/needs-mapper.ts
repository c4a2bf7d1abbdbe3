import type { Assessment, Need, NeedSource, NeedStatus, NeedUrgency, NeedTimelineEvent } from '@wushe/common';
import type { NeedWithNames } from './needs.repository.js';
import type { listAssessmentsOfNeed, listEvents } from './needs-support.repository.js';

/** Row → API shape. The contact phone is always the masked copy. */
export function toNeed({ need: n, regionName, createdByName }: NeedWithNames): Need {
  return {
    id: n.id, number: n.number, title: n.title, description: n.description, category: n.category,
    regionCode: n.regionCode, regionName: regionName ?? n.regionCode, source: n.source as NeedSource, urgency: n.urgency as NeedUrgency,
    peopleAffected: n.peopleAffected, requestCount: n.requestCount, status: n.status as NeedStatus, priority: n.priority,
    decisionReason: n.decisionReason, mergedIntoId: n.mergedIntoId, contactName: n.contactName, contactPhone: n.contactPhoneMasked,
    attachments: n.attachments, createdByName, version: n.version, createdAt: n.createdAt.toISOString(), updatedAt: n.updatedAt.toISOString(),
  };
}

export function toAssessment(r: Awaited<ReturnType<typeof listAssessmentsOfNeed>>[number]): Assessment {
  const a = r.a;
  return {
    id: a.id, needId: a.needId, needNumber: r.needNumber, needTitle: r.needTitle, assessorId: a.assessorId, assessorName: r.assessorName ?? '',
    status: a.status as Assessment['status'], importance: a.importance, urgency: a.urgency, feasibility: a.feasibility, comment: a.comment,
    assignedAt: a.assignedAt.toISOString(), submittedAt: a.submittedAt?.toISOString() ?? null,
  };
}

export function toTimeline(e: Awaited<ReturnType<typeof listEvents>>[number]): NeedTimelineEvent {
  return { at: e.at.toISOString(), action: e.action, actorName: e.actorName, fromStatus: e.fromStatus, toStatus: e.toStatus, note: e.note };
}

/** The community (level 5) path of a region path; grids and micro-grids belong to their community. */
export function communityPathOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return `/${parts.slice(0, 5).join('/')}/`;
}

/** Next number of the day: XQ20261123-0001, -0002, … */
export function nextNeedNumber(prefix: string, last: string | null): string {
  const n = last ? Number(last.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(n).padStart(4, '0')}`;
}

/** What an audit entry may show of a need: no phone, no search text. */
export function needAuditView(n: Record<string, unknown>): Record<string, unknown> {
  const { contactPhoneEnc: _e, contactPhoneHash: _h, textSearch: _t, attachments: _a, ...rest } = n;
  return rest;
}
