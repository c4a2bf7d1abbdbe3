import { AppError, newId, type CampaignInput, type Fund, type FundProject, type FundProjectInput, type VoteInput } from '@wushe/common';
import type { AppDeps } from '../../platform/deps.js';
import type { Executor } from '../../platform/db/client.js';
import type { Actor, RequestContext } from '../../platform/scope.js';
import { recordAudit } from '../audit/index.js';
import { canMoveCampaign, canMoveProject, decideVote, MIN_COMMITTEE, type FundKind, type ProjectStatus } from './fund-rules.js';
import { toCampaign, toFund, toProject } from './funds-mapper.js';
import * as repo from './funds.repository.js';
import { balancesOf, openAccounts } from './ledger.repository.js';

const transitionError = (what: string, from: string, to: string) =>
  new AppError('FUND_TRANSITION_INVALID', [{ path: 'status', message: `${what}当前状态为「${from}」，不能变为「${to}」` }]);

/** Funds in the actor's scope with balances read in the same snapshot. */
export async function listFunds(deps: AppDeps, actor: Actor): Promise<Fund[]> {
  return deps.db.transaction(async (tx) => {
    const rows = await repo.listFunds(tx, actor);
    const b = await balancesOf(tx, rows.map((r) => r.id));
    return rows.map((r) => toFund(r, b.get(r.id)));
  }, { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

export async function getFund(deps: AppDeps, actor: Actor, id: string): Promise<Fund> {
  const f = await repo.findFund(deps.db, actor, id);
  if (!f) throw new AppError('NOT_FOUND');
  return toFund(f, (await balancesOf(deps.db, [id])).get(id));
}

export interface NewFund {
  id?: string; code: string; name: string; kind: FundKind; parentId: string | null; purpose: string; restriction: string;
  regionCode: string; regionPath: string; committee: { name: string; title: string }[]; supervisor: string | null; createdAt: Date;
}

/** Creates a fund with its four ledger accounts; a community sub-fund needs a committee of ≥ 5 and a supervisor. */
export async function createFundTx(tx: Executor, f: NewFund): Promise<string> {
  if (f.kind === 'community' && (f.committee.length < MIN_COMMITTEE || !f.supervisor)) {
    throw new AppError('VALIDATION_FAILED', [{ path: 'committee', message: `社区基金管委会（committee）至少${MIN_COMMITTEE}人，并须有监督人（supervisor）` }]);
  }
  const id = f.id ?? newId(f.createdAt.getTime());
  await repo.insertFund(tx, { ...f, id, receiptSeq: 0 });
  await openAccounts(tx, id);
  return id;
}

/** 居民点单 → a project proposal for the fund's committee. */
export async function proposeProject(deps: AppDeps, ctx: RequestContext, actor: Actor, fundId: string, input: FundProjectInput): Promise<FundProject> {
  const id = await deps.db.transaction(async (tx) => {
    const fund = await repo.findFund(tx, actor, fundId);
    if (!fund) throw new AppError('NOT_FOUND');
    const row = {
      id: newId(deps.clock.now().getTime()), fundId, needId: input.needId ?? null, projectId: input.projectId ?? null, title: input.title, description: input.description,
      category: input.category, beneficiaries: input.beneficiaries, budget: input.budgetFen, status: 'proposed', vote: null, regionPath: fund.regionPath, createdBy: actor.userId, createdAt: deps.clock.now(),
    };
    await repo.insertProject(tx, row);
    await recordAudit(tx, ctx, deps.clock, { action: 'funds.project.propose', entityType: 'fund_project', entityId: row.id, regionPath: fund.regionPath, summary: `提交基金项目：${input.title}` });
    return row.id;
  });
  return getProject(deps, actor, id);
}

export async function getProject(deps: AppDeps, actor: Actor, id: string): Promise<FundProject> {
  const p = await repo.findProject(deps.db, actor, id);
  if (!p) throw new AppError('NOT_FOUND');
  return toProject(p);
}

export async function listProjects(deps: AppDeps, actor: Actor, fundId: string): Promise<FundProject[]> {
  if (!(await repo.findFund(deps.db, actor, fundId))) throw new AppError('NOT_FOUND');
  return (await repo.listProjects(deps.db, actor, fundId)).map(toProject);
}

/** 管委会立项: records the committee's vote; the project is approved or rejected by it. An invalid vote is refused whole. */
export async function recordVote(deps: AppDeps, ctx: RequestContext, actor: Actor, projectId: string, v: VoteInput): Promise<FundProject> {
  await deps.db.transaction(async (tx) => {
    const p = await repo.findProject(tx, actor, projectId);
    if (!p) throw new AppError('NOT_FOUND');
    if (p.status !== 'proposed') throw transitionError('项目', p.status, 'approved');
    const fund = (await repo.findFund(tx, null, p.fundId))!;
    const outcome = decideVote({ committee: fund.committee.map((m) => m.name), present: v.present, for: v.for, against: v.against, abstain: v.abstain });
    if (outcome.errors.length) throw new AppError('FUND_QUORUM_NOT_MET', outcome.errors);
    const status: ProjectStatus = outcome.passed ? 'approved' : 'rejected';
    const vote = { ...v, quorum: outcome.quorum, passed: outcome.passed };
    if (!(await repo.updateProject(tx, p.id, p.version, { status, vote }))) throw new AppError('CONFLICT');
    await recordAudit(tx, ctx, deps.clock, {
      action: 'funds.project.vote', entityType: 'fund_project', entityId: p.id, regionPath: p.regionPath,
      summary: `管委会表决「${p.title}」：赞成${v.for}、反对${v.against}、弃权${v.abstain}，${outcome.passed ? '通过立项' : '未通过'}（${v.decisionNo}）`, diff: { after: vote },
    });
  });
  return getProject(deps, actor, projectId);
}

/** Moves a project along its lifecycle (start, complete, cancel). */
export async function moveProject(deps: AppDeps, ctx: RequestContext, actor: Actor, projectId: string, to: ProjectStatus): Promise<FundProject> {
  await deps.db.transaction(async (tx) => {
    const p = await repo.findProject(tx, actor, projectId);
    if (!p) throw new AppError('NOT_FOUND');
    if (!canMoveProject(p.status as ProjectStatus, to)) throw transitionError('项目', p.status, to);
    if (!(await repo.updateProject(tx, p.id, p.version, { status: to }))) throw new AppError('CONFLICT');
    await recordAudit(tx, ctx, deps.clock, { action: 'funds.project.status', entityType: 'fund_project', entityId: p.id, regionPath: p.regionPath, summary: `基金项目「${p.title}」：${p.status} → ${to}`, diff: { before: { status: p.status }, after: { status: to } } });
  });
  return getProject(deps, actor, projectId);
}

/** 社会筹款: an approved project opens a campaign with a target and a deadline. */
export async function openCampaign(deps: AppDeps, ctx: RequestContext, actor: Actor, projectId: string, input: CampaignInput) {
  const id = await deps.db.transaction(async (tx) => {
    const p = await repo.findProject(tx, actor, projectId);
    if (!p) throw new AppError('NOT_FOUND');
    if (!canMoveProject(p.status as ProjectStatus, 'fundraising')) throw transitionError('项目', p.status, 'fundraising');
    if (input.deadline <= deps.clock.now().toISOString().slice(0, 10)) throw new AppError('VALIDATION_FAILED', [{ path: 'deadline', message: '截止日期（deadline）须晚于今天' }]);
    const row = { id: newId(deps.clock.now().getTime()), projectId, fundId: p.fundId, title: input.title, target: input.targetFen, deadline: input.deadline, status: 'open', createdAt: deps.clock.now() };
    await repo.insertCampaign(tx, row);
    if (!(await repo.updateProject(tx, p.id, p.version, { status: 'fundraising' }))) throw new AppError('CONFLICT');
    await recordAudit(tx, ctx, deps.clock, { action: 'funds.campaign.open', entityType: 'fund_campaign', entityId: row.id, regionPath: p.regionPath, summary: `发起募捐：${input.title}` });
    return row.id;
  });
  const c = (await repo.listCampaigns(deps.db, (await repo.findCampaign(deps.db, id))!.fundId)).find((x) => x.id === id)!;
  return toCampaign(c);
}

export async function closeCampaign(deps: AppDeps, ctx: RequestContext, actor: Actor, campaignId: string) {
  const c = await repo.findCampaign(deps.db, campaignId);
  if (!c || !(await repo.findFund(deps.db, actor, c.fundId))) throw new AppError('NOT_FOUND');
  if (!canMoveCampaign(c.status as 'open', 'closed')) throw transitionError('募捐活动', c.status, 'closed');
  await deps.db.transaction(async (tx) => {
    await repo.updateCampaignStatus(tx, campaignId, 'closed');
    await recordAudit(tx, ctx, deps.clock, { action: 'funds.campaign.close', entityType: 'fund_campaign', entityId: campaignId, summary: `结束募捐：${c.title}` });
  });
  return toCampaign((await repo.listCampaigns(deps.db, c.fundId)).find((x) => x.id === campaignId)!);
}

export async function listCampaigns(deps: AppDeps, actor: Actor, fundId: string) {
  if (!(await repo.findFund(deps.db, actor, fundId))) throw new AppError('NOT_FOUND');
  return (await repo.listCampaigns(deps.db, fundId)).map(toCampaign);
}
