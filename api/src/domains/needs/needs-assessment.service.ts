import { AppError, newId, type Assessment, type AssessmentInput, type DecisionInput, type Need, type NeedDetail } from '@wushe/common';
import { systemClock, type Clock } from '../../platform/clock.js';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { toAssessment, toNeed, toTimeline } from './needs-mapper.js';
import { checkDecision, nextAssessmentStatus, suggestPriority } from './needs-rules.js';
import { mergeNeed } from './needs.service.js';
import { transitionNeed } from './needs-transition.js';
import * as repo from './needs.repository.js';
import * as support from './needs-support.repository.js';

/** A need with its 评榜 record, the priority the scores suggest and its timeline (过程留痕). */
export async function getNeedDetail(deps: AppDeps, actor: Actor, id: string): Promise<NeedDetail> {
  const row = await repo.findNeed(deps.db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const all = (await support.listAssessmentsOfNeed(deps.db, id)).map(toAssessment);
  // Assessors score independently: each sees only their own assessment, officials see all.
  const assessments = repo.isAssessorActor(actor) ? all.filter((a) => a.assessorId === actor.userId) : all;
  const submitted = all.filter((a) => a.status === 'submitted').map((a) => ({ importance: a.importance!, urgency: a.urgency!, feasibility: a.feasibility! }));
  return {
    need: toNeed(row), assessments, timeline: (await support.listEvents(deps.db, id)).map(toTimeline),
    suggestion: repo.isAssessorActor(actor) ? null : suggestPriority(submitted),
  };
}

export async function listAssessors(deps: AppDeps) {
  return repo.listAssessors(deps.db);
}

/** 评榜 step 1: an official assigns a need in scope to experts or third-party evaluators. */
export async function assignAssessors(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, assessorIds: string[], version: number): Promise<NeedDetail> {
  await deps.db.transaction(async (tx) => {
    const row = await repo.lockNeed(tx, actor, id);
    if (!row) throw new AppError('NOT_FOUND');
    const assessors = await repo.listAssessors(tx, assessorIds);
    const missing = assessorIds.findIndex((a) => !assessors.some((x) => x.id === a));
    if (missing >= 0) throw new AppError('NEED_ASSESSOR_INVALID', [{ path: `assessorIds[${missing}]`, message: '评估人（assessorIds）须为专家或第三方评估机构人员' }]);
    const now = deps.clock.now();
    await transitionNeed(tx, { ctx, clock: deps.clock, actor }, row, 'assign', {}, `评估人：${assessors.map((a) => a.displayName).join('、')}`, version);
    await support.insertAssessments(tx, assessors.map((a) => ({ id: newId(now.getTime()), needId: id, assessorId: a.id, assignedBy: actor.userId, assignedAt: now })));
  });
  return getNeedDetail(deps, actor, id);
}

/** The assessor's worklist (我的评估任务). */
export async function myAssessments(deps: AppDeps, actor: Actor, status?: string): Promise<Assessment[]> {
  return (await support.listAssessmentsOf(deps.db, actor.userId, status)).map(toAssessment);
}

/** 评榜 step 2: the assigned assessor scores importance, urgency and feasibility with a comment. */
export async function submitAssessment(deps: AppDeps, ctx: RequestContext, actor: Actor, needId: string, input: AssessmentInput): Promise<NeedDetail> {
  await deps.db.transaction(async (tx) => {
    const row = await repo.lockNeed(tx, actor, needId);
    const a = row ? await support.lockAssessment(tx, needId, actor.userId) : null;
    if (!row || !a) throw new AppError('NOT_FOUND');
    if (!nextAssessmentStatus(a.status as 'assigned', 'submit') || row.status !== 'assessing') {
      throw new AppError('ASSESSMENT_TRANSITION_INVALID', [{ path: 'status', message: a.status === 'submitted' ? '您已提交过对该需求的评估' : '该需求已有决定，不再接受评估' }]);
    }
    const now = deps.clock.now();
    await support.updateAssessment(tx, a.id, { ...input, comment: input.comment.trim(), status: 'submitted', submittedAt: now });
    await support.insertEvents(tx, [{ id: newId(now.getTime()), needId, at: now, action: 'score', actorId: actor.userId, actorName: actor.displayName, fromStatus: null, toStatus: null, note: `重要性${input.importance} 紧迫性${input.urgency} 可行性${input.feasibility}` }]);
    await recordAudit(tx, ctx, deps.clock, { action: 'needs.assess', entityType: 'need', entityId: needId, regionPath: row.regionPath, summary: `提交需求评估：${row.number}`, diff: { after: input } });
  });
  return getNeedDetail(deps, actor, needId);
}

/** 评榜 step 3: the official decides — accept (with priority), reject or answer (text shown to the requester), or merge. */
export async function decideNeed(deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, d: DecisionInput): Promise<NeedDetail> {
  const errs = checkDecision(d);
  if (errs.length) throw new AppError('VALIDATION_FAILED', errs);
  if (d.decision === 'merge') {
    await mergeNeed(deps, ctx, actor, id, d.mergeIntoId!, d.version);
    return getNeedDetail(deps, actor, id);
  }
  await deps.db.transaction(async (tx) => {
    const row = await repo.lockNeed(tx, actor, id);
    if (!row) throw new AppError('NOT_FOUND');
    const reason = d.reason?.trim() || null;
    const patch = d.decision === 'accept' ? { priority: d.priority!, decisionReason: reason } : { decisionReason: reason };
    await transitionNeed(tx, { ctx, clock: deps.clock, actor }, row, d.decision as 'accept' | 'reject' | 'answer', patch, d.decision === 'accept' ? `优先级${d.priority}${reason ? `：${reason}` : ''}` : reason, d.version);
  });
  return getNeedDetail(deps, actor, id);
}

/**
 * For the calls domain (发榜): the accepted needs with these ids in the actor's scope.
 * 404 when one is missing or out of scope, 409 NEED_NOT_ACCEPTED naming the index when one is not accepted.
 */
export async function findAcceptedNeeds(tx: Executor, actor: Actor, ids: string[]): Promise<Need[]> {
  const rows = await repo.lockNeeds(tx, actor, [...new Set(ids)]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  ids.forEach((id, i) => {
    const r = byId.get(id);
    if (!r) throw new AppError('NOT_FOUND', [{ path: `needIds[${i}]`, message: '需求不存在或不在您的数据权限范围内' }]);
    if (r.status !== 'accepted') throw new AppError('NEED_NOT_ACCEPTED', [{ path: `needIds[${i}]`, message: `需求${r.number}尚未采纳，不能纳入发榜` }]);
  });
  return ids.map((id) => toNeed({ need: byId.get(id)!, regionName: null, createdByName: null }));
}

type By = { ctx: RequestContext; clock: Clock; actor?: Actor | null; note?: string };

/** Moves needs on in the caller's transaction (unscoped: the caller has already authorised them). */
async function moveNeeds(tx: Executor, ids: string[], action: 'call' | 'release' | 'project' | 'close', by?: By): Promise<void> {
  const rows = await repo.lockNeeds(tx, SYSTEM_ACTOR, [...new Set(ids)].sort());
  if (rows.length !== new Set(ids).size) throw new AppError('NOT_FOUND', [{ path: 'needIds', message: '需求不存在' }]);
  for (const r of rows) {
    if (action === 'call' && r.status !== 'accepted') throw new AppError('NEED_NOT_ACCEPTED', [{ path: 'needIds', message: `需求${r.number}尚未采纳，不能纳入发榜` }]);
    await transitionNeed(tx, { ctx: by?.ctx ?? SYSTEM_CTX, clock: by?.clock ?? systemClock, actor: by?.actor ?? by?.ctx.actor ?? null }, r, action, {}, by?.note ?? null);
  }
}

/** accepted → in_call (发榜). 409 NEED_NOT_ACCEPTED otherwise. Pass `by` so the audit and timeline name the actor. */
export const markNeedsInCall = (tx: Executor, needIds: string[], by?: By) => moveNeeds(tx, needIds, 'call', by);
/** in_call → accepted (a published call is cancelled). */
export const releaseNeedsFromCall = (tx: Executor, needIds: string[], by?: By) => moveNeeds(tx, needIds, 'release', by);
/** in_call → in_project (承榜 awarded). */
export const markNeedsInProject = (tx: Executor, needIds: string[], by?: By) => moveNeeds(tx, needIds, 'project', by);
/**
 * in_project → closed (考榜 done). Needs the project carries that are not in_project — a directly commissioned
 * project's needs that never went through a call, or needs already closed — are left as they are.
 */
export async function markNeedsClosed(tx: Executor, needIds: string[], by?: By): Promise<number> {
  const rows = await repo.lockNeeds(tx, SYSTEM_ACTOR, [...new Set(needIds)].sort());
  const open = rows.filter((r) => r.status === 'in_project');
  if (open.length) await moveNeeds(tx, open.map((r) => r.id), 'close', by);
  return open.length;
}

const SYSTEM_CTX: RequestContext = { actor: null, ip: '', requestId: 'needs' };
const SYSTEM_ACTOR: Actor = {
  userId: '00000000-0000-0000-0000-000000000000', username: 'system', displayName: '系统', role: 'platform_admin', dataScope: 'all',
  permissions: new Set(), regionCode: null, regionPath: null, customRegionPaths: [], organisationId: null,
};
