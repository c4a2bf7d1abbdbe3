import { randomBytes } from 'node:crypto';
import { AppError, formatFen, newId, type ProjectDetail, type ProjectInput, type ProjectListQuery } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import { canUseRegionPath, type Actor, type RequestContext } from '../../platform/scope.js';
import { findRegion } from '../regions/index.js';
import { assertProvider, loadProject, recordStep, today } from './project-context.js';
import { projectNumber, toMilestone, toRectification, toSummary } from './project-mapper.js';
import { checkContract, nextState, PROJECT_MOVES, PROVIDER_PROJECT_ACTIONS, type ProjectAction, type ProjectStatus } from './project-rules.js';
import type { ProjectHooks } from './project-hooks.js';
import * as repo from './projects.repository.js';

/** What an award (or a direct commission) brings to a new project. */
export interface NewProjectInput {
  callId: string | null;
  title: string;
  organisationId: string;
  regionCode: string;
  budgetFen: number;
  fundingSource: string;
  needIds: string[];
  milestones: { title: string; dueOn: string; deliverables: string; paymentFen: number }[];
}

/**
 * Creates a project with its contract (milestones, deliverables, payment schedule) inside the caller's transaction.
 * The calls domain calls this when an award is finalised; POST /api/projects calls it for direct commissions.
 */
export async function createProjectFromAward(tx: Executor, ctx: RequestContext, input: NewProjectInput, deps: Pick<AppDeps, 'clock'>): Promise<string> {
  const errors = checkContract(input.budgetFen, input.milestones);
  if (errors.length) throw new AppError('CONTRACT_INVALID', errors);
  const region = await findRegion(tx, input.regionCode);
  if (!region || (ctx.actor && !canUseRegionPath(ctx.actor, region.path))) {
    throw new AppError('REGION_OUT_OF_SCOPE', [{ path: 'regionCode', message: '服务区域（regionCode）不存在或不在您的管辖范围内' }]);
  }
  const org = await repo.findOrganisationForProject(tx, input.organisationId);
  if (!org) throw new AppError('VALIDATION_FAILED', [{ path: 'organisationId', message: '承接组织（organisationId）不存在' }]);
  if (org.status !== 'active') throw new AppError('ORGANISATION_INACTIVE', [{ path: 'organisationId', message: '承接组织（organisationId）已注销' }]);
  const now = deps.clock.now();
  const day = today(deps);
  const prefix = projectNumber(day, 0).slice(0, -4);
  const id = newId(now.getTime());
  const number = projectNumber(day, (await repo.countProjectsNumbered(tx, prefix)) + 1);
  await repo.insertProject(tx, {
    id, number, callId: input.callId, title: input.title.trim(), organisationId: org.id, regionCode: region.code, regionPath: region.path,
    budgetFen: input.budgetFen, fundingSource: input.fundingSource, needIds: input.needIds, status: 'contracted',
    ratingToken: randomBytes(16).toString('base64url'), createdBy: ctx.actor?.userId ?? null, createdAt: now, updatedAt: now,
  });
  await repo.insertMilestones(tx, input.milestones.map((m, i) => ({ id: newId(now.getTime()), projectId: id, seq: i + 1, ...m })));
  await recordStep(tx, deps, ctx, { id, regionPath: region.path }, 'create',
    `签订项目合同：${input.title}（${number}），承接组织：${org.name}，预算${formatFen(input.budgetFen)}，${input.milestones.length}个里程碑`);
  return id;
}

export async function createProject(deps: AppDeps, ctx: RequestContext, input: ProjectInput): Promise<ProjectDetail> {
  const id = await deps.db.transaction((tx) => createProjectFromAward(tx, ctx, { ...input, callId: null }, deps));
  return getProject(deps, ctx.actor!, id);
}

export async function listProjects(deps: AppDeps, actor: Actor, q: ProjectListQuery) {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  const { items, total } = await repo.listProjects(deps.db, actor, { status: q.status, titleLike: q.q?.trim() || undefined, overdueOnly: q.overdue }, today(deps), pageSize, (page - 1) * pageSize);
  return { items: items.map(toSummary), total, page, pageSize };
}

export async function getProject(deps: AppDeps, actor: Actor, id: string): Promise<ProjectDetail> {
  const p = await loadProject(deps.db, deps, actor, id);
  const day = today(deps);
  const [milestones, activities, spendings, rectifications, events] = await Promise.all([
    repo.listMilestones(deps.db, id), repo.listActivities(deps.db, id), repo.listSpendings(deps.db, id), repo.listRectifications(deps.db, id), repo.listEvents(deps.db, id),
  ]);
  const paidFen = milestones.filter((m) => m.status === 'approved').reduce((a, m) => a + m.paymentFen, 0);
  const spentFen = spendings.reduce((a, s) => a + s.amountFen, 0);
  // The rating token is what the printed QR code carries; only those who run or score the project need it.
  const seesToken = actor.permissions.has('projects:project:manage') || actor.role === 'community_worker' || actor.organisationId === p.project.organisationId;
  return {
    ...toSummary(p), needIds: p.project.needIds, ratingToken: seesToken ? p.project.ratingToken : null, version: p.project.version,
    money: { budgetFen: p.project.budgetFen, paidFen, spentFen },
    milestones: milestones.map((m) => toMilestone(m, day)),
    activities: activities.map((a) => ({ id: a.id, heldOn: a.heldOn, place: a.place, content: a.content, participants: a.participants, beneficiaries: a.beneficiaries, photoIds: a.photoIds })),
    spendings: spendings.map((s) => ({ id: s.id, spentOn: s.spentOn, item: s.item, amountFen: s.amountFen })),
    rectifications: rectifications.map((r) => toRectification(r, day)),
    timeline: events.map((e) => ({ action: e.action, summary: e.summary, actorName: e.actorName, at: e.at.toISOString() })),
  };
}

const ACTION_ZH: Record<ProjectAction, string> = { start: '项目进场实施', deliver: '全部里程碑通过验收，项目交付', open_evaluation: '启动考榜评价', finalise: '出具考榜结果', close: '项目结项', terminate: '终止项目' };

/** Moves the project one step in its state machine; checks the move, the actor's side, and records it. */
export async function moveProject(tx: Executor, deps: AppDeps, ctx: RequestContext, p: { id: string; regionPath: string; status: string }, action: ProjectAction, extra: Partial<Parameters<typeof repo.moveProject>[3]> = {}, note?: string): Promise<ProjectStatus> {
  const to = nextState(PROJECT_MOVES, p.status as ProjectStatus, action);
  if (!to) throw new AppError('PROJECT_ILLEGAL_TRANSITION', [{ path: 'action', message: `项目当前状态（${p.status}）不能执行“${ACTION_ZH[action]}”` }]);
  if (!(await repo.moveProject(tx, p.id, p.status, { ...extra, status: to, updatedAt: deps.clock.now() }))) throw new AppError('CONFLICT');
  await recordStep(tx, deps, ctx, p, action, note ? `${ACTION_ZH[action]}：${note}` : ACTION_ZH[action], { before: { status: p.status }, after: { status: to } });
  return to;
}

/** The explicit transitions (start, open_evaluation, close, terminate); finalise goes through the evaluation service. */
export async function transitionProject(
  deps: AppDeps, ctx: RequestContext, actor: Actor, id: string, action: 'start' | 'open_evaluation' | 'close' | 'terminate', reason?: string, hooks: ProjectHooks = {},
) {
  await deps.db.transaction(async (tx) => {
    const p = await loadProject(tx, deps, actor, id);
    if (!actor.permissions.has('projects:project:manage')) {
      if (!PROVIDER_PROJECT_ACTIONS.includes(action) || !actor.permissions.has('projects:delivery:record')) throw new AppError('FORBIDDEN');
      assertProvider(actor, p);
    }
    if (action === 'terminate' && !reason) throw new AppError('VALIDATION_FAILED', [{ path: 'reason', message: '终止项目须填写原因（reason）' }]);
    await moveProject(tx, deps, ctx, p.project, action, {}, reason);
    const { id: projectId, number, title, needIds } = p.project;
    if (action === 'close' && needIds.length) await hooks.onProjectClosed?.(tx, { id: projectId, number, title, needIds }, ctx);
  });
  return getProject(deps, actor, id);
}
