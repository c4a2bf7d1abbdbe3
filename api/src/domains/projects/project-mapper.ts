import type { ProjectDetail, ProjectSummary } from '@wushe/common';
import { isMilestoneOverdue, isRectificationOverdue, type MilestoneStatus, type RectificationStatus } from './project-rules.js';
import type { LoadedProject } from './project-context.js';
import type * as repo from './projects.repository.js';

/** Row → wire shapes; totals are stored in hundredths so they are exact. */
export function toSummary(r: LoadedProject): ProjectSummary {
  const p = r.project;
  return {
    id: p.id, number: p.number, title: p.title, callId: p.callId, organisationId: p.organisationId, organisationName: r.organisationName,
    regionCode: p.regionCode, regionName: r.regionName, budgetFen: p.budgetFen, fundingSource: p.fundingSource, status: p.status,
    overdueCount: Number(r.overdueCount), grade: p.grade, total: p.totalHundredths === null ? null : p.totalHundredths / 100, createdAt: p.createdAt.toISOString(),
  };
}

export function toMilestone(m: repo.MilestoneRow, today: string): ProjectDetail['milestones'][number] {
  return {
    id: m.id, seq: m.seq, title: m.title, dueOn: m.dueOn, deliverables: m.deliverables, paymentFen: m.paymentFen, status: m.status,
    evidence: m.evidence, photoIds: m.photoIds, reviewComment: m.reviewComment, overdue: isMilestoneOverdue({ status: m.status as MilestoneStatus, dueOn: m.dueOn }, today),
  };
}

export function toRectification(r: repo.RectificationRow, today: string): ProjectDetail['rectifications'][number] {
  return {
    id: r.id, requirement: r.requirement, deadline: r.deadline, status: r.status, answer: r.answer, reviewComment: r.reviewComment,
    overdue: isRectificationOverdue({ status: r.status as RectificationStatus, deadline: r.deadline }, today), createdAt: r.createdAt.toISOString(),
  };
}

/** The project number shown on paper: XM + date + serial of the day. */
export function projectNumber(day: string, serial: number): string {
  return `XM${day.replaceAll('-', '')}-${String(serial).padStart(4, '0')}`;
}
