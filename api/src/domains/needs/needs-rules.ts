import type { NeedStatus } from '@wushe/common';

/**
 * The need lifecycle. The calls and projects domains move accepted needs on (markNeedsInCall, …);
 * everything else here is 评榜: assign (submitted → assessing) and the official's decision.
 */
export const NEED_ACTIONS = ['assign', 'accept', 'reject', 'answer', 'merge', 'call', 'release', 'project', 'close'] as const;
export type NeedAction = (typeof NEED_ACTIONS)[number];

const TRANSITIONS: Record<NeedAction, { from: readonly NeedStatus[]; to: NeedStatus | null }> = {
  // Assigning more assessors to a need already under assessment keeps it there (to = null: unchanged).
  assign: { from: ['submitted', 'assessing'], to: null },
  accept: { from: ['submitted', 'assessing'], to: 'accepted' },
  reject: { from: ['submitted', 'assessing'], to: 'rejected' },
  answer: { from: ['submitted', 'assessing'], to: 'answered' },
  merge: { from: ['submitted', 'assessing'], to: 'merged' },
  call: { from: ['accepted'], to: 'in_call' },
  // A published call is cancelled: its needs go back to the accepted list for another call.
  release: { from: ['in_call'], to: 'accepted' },
  project: { from: ['in_call'], to: 'in_project' },
  close: { from: ['in_project'], to: 'closed' },
};

/** The status after `action`, or null when the action is not allowed from `from`. */
export function nextNeedStatus(from: NeedStatus, action: NeedAction): NeedStatus | null {
  const t = TRANSITIONS[action];
  if (!t.from.includes(from)) return null;
  if (t.to) return t.to;
  return from === 'submitted' ? 'assessing' : from;
}

/** A need may absorb merged duplicates while it is still open to be acted on. */
export function canReceiveMerge(status: NeedStatus): boolean {
  return status === 'submitted' || status === 'assessing' || status === 'accepted';
}

export const ASSESSMENT_ACTIONS = ['submit'] as const;
export type AssessmentStatus = 'assigned' | 'submitted';

/** An assessor scores once; a submitted assessment is final (the official decides on it). */
export function nextAssessmentStatus(from: AssessmentStatus, action: 'submit'): AssessmentStatus | null {
  return from === 'assigned' && action === 'submit' ? 'submitted' : null;
}

export interface Scores { importance: number; urgency: number; feasibility: number }

/**
 * The priority the scores suggest (1 highest … 4): importance and urgency weigh 40% each, feasibility 20%.
 * Composite ≥ 4 → 1, ≥ 3 → 2, ≥ 2 → 3, else 4. Null without any submitted score.
 */
export function suggestPriority(scores: readonly Scores[]): (Scores & { priority: number; count: number }) | null {
  if (scores.length === 0) return null;
  const mean = (k: keyof Scores) => Math.round((scores.reduce((s, x) => s + x[k], 0) / scores.length) * 100) / 100;
  const m = { importance: mean('importance'), urgency: mean('urgency'), feasibility: mean('feasibility') };
  const composite = 0.4 * m.importance + 0.4 * m.urgency + 0.2 * m.feasibility;
  const priority = composite >= 4 ? 1 : composite >= 3 ? 2 : composite >= 2 ? 3 : 4;
  return { ...m, priority, count: scores.length };
}

/** Field problems of a decision: a rejection and a direct answer carry the text the requester will read. */
export function checkDecision(d: { decision: string; reason?: string; mergeIntoId?: string; priority?: number }): { path: string; message: string }[] {
  const errs: { path: string; message: string }[] = [];
  if ((d.decision === 'reject' || d.decision === 'answer') && !(d.reason && d.reason.trim().length >= 2)) {
    errs.push({ path: 'reason', message: d.decision === 'reject' ? '不采纳须填写理由（reason），将告知提出需求的居民' : '直接答复须填写答复内容（reason）' });
  }
  if (d.decision === 'merge' && !d.mergeIntoId) errs.push({ path: 'mergeIntoId', message: '合并须选择合并到的需求（mergeIntoId）' });
  if (d.decision === 'accept' && d.priority === undefined) errs.push({ path: 'priority', message: '采纳须确定优先级（priority，1–4）' });
  return errs;
}
